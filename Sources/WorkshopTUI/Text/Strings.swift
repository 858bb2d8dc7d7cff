import WorkshopModel

/// Every word the console shows, in Dutch and in English.
///
/// Screens never spell out a word themselves: they ask this table, so switching the language switches
/// everything at once and a missing translation is a compile error rather than a stray English word.
struct Strings: Sendable, Equatable {
    /// The language these words are in.
    let language: Language

    /// The words for `language`.
    init(_ language: Language) {
        self.language = language
    }

    /// The Dutch or the English words, whichever this table speaks.
    func t(_ nl: String, _ en: String) -> String {
        language == .nl ? nl : en
    }

    // MARK: Screens

    /// The tab label of a screen (short, so five fit on a narrow header).
    func tab(_ screen: ScreenKind) -> String {
        switch screen {
        case .console: t("Regie", "Console")
        case .notes: t("Notities", "Notes")
        case .poll: t("Stemming", "Poll")
        case .review: t("Antwoorden", "Answers")
        case .help: t("Hulp", "Help")
        }
    }

    /// The heading of a screen.
    func heading(_ screen: ScreenKind) -> String {
        switch screen {
        case .console: t("Regie", "Console")
        case .notes: t("Notities", "Notes")
        case .poll: t("Stemming", "Poll")
        case .review: t("Blik op de antwoorden", "A look at the answers")
        case .help: t("Hulp", "Help")
        }
    }

    /// The status line's reminder of the screen's main keys (at most 78 columns, so it fits at 80).
    func hints(_ screen: ScreenKind) -> String {
        switch screen {
        case .console:
            t("spatie start/pauze · n p blok · f fase · m s d x spreker · u ongedaan · ? hulp",
              "space start/pause · n p block · f phase · m s d x speaker · u undo · ? help")
        case .notes:
            t("a antwoord · + deelnemer · t actie · f feedback · n notitie · e x h · ? hulp",
              "a answer · + person · t action · f feedback · n note · e x h · u undo · ? help")
        case .poll:
            t("cijfer/letter stemt · ↑↓ stemmer · h handen · o open · r toon · ←→ · ? hulp",
              "digit/letter votes · ↑↓ voter · h hands · o open · r reveal · ←→ · ? help")
        case .review:
            t("←→ ronde · g per tag/fractie · ↑↓ scrollen · a antwoord · ? hulp",
              "←→ round · g by tag/group · ↑↓ scroll · a answer · ? help")
        case .help:
            helpBack
        }
    }

    // MARK: Time and schedule

    var onTime: String { t("op schema", "on time") }
    /// "+4 min" behind, "−3 min" ahead.
    func drift(minutes: Int) -> String {
        minutes == 0 ? onTime : (minutes > 0 ? "+\(minutes) min" : "−\(-minutes) min")
    }
    /// The projected end against the planned one.
    func projectedEnd(_ projected: String, planned: String) -> String {
        t("einde ~\(projected) (plan \(planned))", "ends ~\(projected) (plan \(planned))")
    }
    var ended: String { t("afgelopen", "ended") }
    /// The overrun of a block or phase: "+3:12 te lang".
    func over(_ duration: String) -> String { t("+\(duration) te lang", "+\(duration) over") }
    /// The time left: "nog 3:12".
    func left(_ duration: String) -> String { t("nog \(duration)", "\(duration) left") }
    /// The planned length beside the countdown: "van 30 min".
    func ofMinutes(_ n: Int) -> String { t("van \(n) min", "of \(n) min") }
    /// Said beside an amber countdown, so the warning does not rest on colour.
    var nearlyTime: String { t("bijna tijd", "nearly time") }
    var notStarted: String { t("nog niet gestart", "not started") }
    var running: String { t("loopt", "running") }
    var paused: String { t("gepauzeerd", "paused") }
    var done: String { t("klaar", "done") }
    var skipped: String { t("overgeslagen", "skipped") }
    var upcoming: String { t("gepland", "planned") }
    var workshopOver: String { t("De workshop is afgelopen.", "The workshop is over.") }
    var noBlocks: String { t("Deze agenda heeft geen blokken.", "This agenda has no blocks.") }
    /// "blok 2/7".
    func blockNumber(_ n: Int, of total: Int) -> String { t("blok \(n)/\(total)", "block \(n)/\(total)") }
    /// "fase 1/2".
    func phaseNumber(_ n: Int, of total: Int) -> String { t("fase \(n)/\(total)", "phase \(n)/\(total)") }
    /// "(30 min)".
    func minutes(_ n: Int) -> String { "\(n) min" }
    var agenda: String { t("Agenda", "Agenda") }
    var planned: String { t("gepland", "planned") }
    var actual: String { t("werkelijk", "actual") }
    var pressSpaceToStart: String { t("spatie: blok starten", "space: start the block") }
    var pressSpaceToResume: String { t("spatie: verder", "space: resume") }

    /// The block kind as a word, for lists that have room.
    func kind(_ kind: BlockKind) -> String {
        switch kind {
        case .intro: t("intro", "intro")
        case .presentation: t("presentatie", "presentation")
        case .debate: t("debat", "debate")
        case .break: t("pauze", "break")
        case .close: t("afsluit", "close")
        case .other: t("ander", "other")
        }
    }

    // MARK: Re-plan

    /// "Achter op schema: 8 min".
    func behind(_ minutes: Int) -> String { t("\(minutes) min achter op schema", "\(minutes) min behind schedule") }
    var suggestion: String { t("Voorstel", "Suggestion") }
    /// One shortened block: "Pauze 10→5".
    func shorten(_ title: String, from: Int, to: Int) -> String { "\(title) \(from)→\(to) min" }
    /// What the plan cannot absorb.
    func uncovered(_ minutes: Int) -> String {
        t("\(minutes) min niet op te vangen", "\(minutes) min cannot be absorbed")
    }

    // MARK: Participation

    var participation: String { t("Participatie", "Participation") }
    var speaking: String { t("Aan het woord", "Speaking") }
    var nobody: String { t("niemand", "nobody") }
    var moderator: String { t("moderator", "moderator") }
    var presenter: String { t("spreker", "presenter") }
    var participant: String { t("deelnemer", "participant") }
    var noteTaker: String { t("notulist", "note-taker") }
    var thisBlock: String { t("dit blok", "this block") }
    var overall: String { t("totaal", "overall") }
    var target: String { t("doel", "target") }
    /// "deelnemers 62%".
    var participants: String { t("deelnemers", "participants") }
    var participantsShare: String { t("aandeel deelnemers", "participants' share") }

    /// A role as a word.
    func role(_ role: Role) -> String {
        switch role {
        case .moderator: moderator
        case .presenter: presenter
        case .noteTaker: noteTaker
        case .participant: participant
        }
    }

    // MARK: Questions and polls

    var question: String { t("Vraag", "Question") }
    var polls: String { t("Stemmingen", "Polls") }
    var noPolls: String { t("Dit blok heeft geen stemming.", "This block has no poll.") }
    var pollNotOpened: String { t("nog niet geopend", "not opened") }
    var pollOpen: String { t("open", "open") }
    var pollClosed: String { t("gesloten", "closed") }
    var hidden: String { t("verborgen", "hidden") }
    var revealed: String { t("getoond", "revealed") }
    /// "7 stemmen".
    func votes(_ n: Int) -> String { n == 1 ? t("1 stem", "1 vote") : t("\(n) stemmen", "\(n) votes") }
    /// "results hidden — r shows them".
    var resultsHidden: String { t("Resultaat verborgen — r toont het", "Results hidden — r reveals them") }
    /// A number with one decimal, with the language's decimal mark: "3,4" or "3.4".
    func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10)\(language == .nl ? "," : ".")\(abs(tenths % 10))"
        return tenths < 0 && tenths > -10 ? "-" + text : text
    }
    var result: String { t("Resultaat", "Result") }
    var choices: String { t("Keuzes", "Choices") }
    /// How votes are taken for a poll kind, under the question.
    func howToVote(_ kind: PollKind, hands: Bool) -> String {
        switch kind {
        case .scale:
            hands ? t("Een cijfer telt een opgestoken hand.", "A digit counts a raised hand.")
                : t("Een cijfer stemt voor de gekozen deelnemer; daarna is de volgende aan de beurt.",
                    "A digit votes for the chosen participant, then the next one is up.")
        case .single:
            hands ? t("Een letter telt een opgestoken hand.", "A letter counts a raised hand.")
                : t("Een letter stemt voor de gekozen deelnemer.", "A letter votes for the chosen participant.")
        case .multi:
            hands ? t("Een letter telt een opgestoken hand.", "A letter counts a raised hand.")
                : t("Letters aan/uit, Enter bevestigt.", "Letters tick, Enter casts.")
        case .ranking: t("Letters in volgorde van voorkeur, Enter bevestigt.", "Letters in order of preference, Enter casts.")
        case .trafficLight: lightKeys
        case .open: t("Enter: het antwoord typen.", "Enter: type the answer.")
        }
    }
    var mean: String { t("gemiddelde", "mean") }
    var median: String { t("mediaan", "median") }
    /// How many ranked an option first.
    func firstPlaces(_ n: Int) -> String { t("\(n)× eerst", "\(n)× first") }
    var points: String { t("punten", "points") }
    var perPerson: String { t("per deelnemer", "per person") }
    var showOfHands: String { t("handen tellen", "show of hands") }
    var voters: String { t("Stemmers", "Voters") }
    var noParticipants: String {
        t("Nog geen deelnemers: voeg ze toe met + (Notities) of tel handen met h.",
          "No participants yet: add them with + (Notes) or count hands with h.")
    }
    var anonymous: String { t("anoniem", "anonymous") }
    var hands: String { t("handen", "hands") }
    var openAnswers: String { t("Open antwoorden", "Open answers") }
    var pendingChoice: String { t("keuze", "choice") }
    var enterCasts: String { t("Enter bevestigt", "Enter casts") }
    var poll: String { t("Stemming", "Poll") }

    /// A poll's kind as a word.
    func pollKind(_ kind: PollKind) -> String {
        switch kind {
        case .scale: t("schaal", "scale")
        case .single: t("één keuze", "one choice")
        case .multi: t("meerkeuze", "several choices")
        case .ranking: t("rangschikking", "ranking")
        case .open: t("open vraag", "open question")
        case .trafficLight: t("verkeerslicht", "traffic light")
        }
    }

    /// A traffic light colour as a word (never colour alone).
    func light(_ light: TrafficLight) -> String {
        switch light {
        case .red: t("rood", "red")
        case .amber: t("oranje", "amber")
        case .green: t("groen", "green")
        }
    }

    // MARK: Notes

    var roster: String { t("Deelnemers", "People") }
    var answers: String { t("Antwoorden", "Answers") }
    var noAnswers: String { t("Nog geen antwoorden in deze ronde.", "No answers in this round yet.") }
    var actions: String { t("Acties", "Actions") }
    var feedback: String { t("Feedback", "Feedback") }
    var notes: String { t("Notities", "Notes") }
    var nothingYet: String { t("—", "—") }
    var who: String { t("Wie", "Who") }
    var whoQuestion: String { t("Wie? typ een deel van de naam", "Who? type part of the name") }
    var answer: String { t("Antwoord", "Answer") }
    var name: String { t("Naam", "Name") }
    var group: String { t("Fractie/groep", "Group") }
    var what: String { t("Wat", "What") }
    var byWhen: String { t("Tegen wanneer", "By when") }
    var newPerson: String { t("Nieuwe deelnemer", "New participant") }
    var renamePerson: String { t("Naam of groep verbeteren", "Correct a name or group") }
    var renameWho: String { t("Wiens naam of groep verbeteren?", "Whose name or group to correct?") }
    var removeWho: String { t("Wie van de lijst halen?", "Whom to take off the roster?") }
    var newAction: String { t("Nieuwe actie", "New action") }
    var newFeedback: String { t("Feedback", "Feedback") }
    var newNote: String { t("Notitie", "Note") }
    var editAnswer: String { t("Antwoord bewerken", "Edit answer") }
    var noMatch: String { t("niemand gevonden", "no one found") }
    var editorHelp: String {
        t("Enter bewaart · Alt-Enter nieuwe regel · #tag · Esc annuleert",
          "Enter saves · Alt-Enter new line · #tag · Esc cancels")
    }
    var pickerHelp: String {
        t("Enter kiest · ↑↓ · cijfer kiest uit de lijst · Esc annuleert",
          "Enter picks · ↑↓ · a digit picks from the list · Esc cancels")
    }
    var formHelp: String {
        t("Tab volgend veld · Enter bewaart · Esc annuleert", "Tab next field · Enter saves · Esc cancels")
    }
    var addPeopleHint: String {
        t("Nog niemand op de lijst: typ een naam en Enter voegt toe, of + op Notities.",
          "Nobody on the roster yet: type a name and Enter adds them, or + on Notes.")
    }
    /// "… en 4 meer".
    func more(_ n: Int) -> String { t("… en \(n) meer", "… and \(n) more") }
    /// Enter adds a name nobody matched.
    func enterAdds(_ name: String) -> String { t("Enter voegt „\(name)” toe als deelnemer", "Enter adds “\(name)” as a participant") }
    var openAnswer: String { t("Antwoord op de open vraag", "Answer to the open question") }
    var action: String { t("Actie", "Action") }
    var note: String { t("Notitie", "Note") }
    var recordsHint: String {
        t("t actie · f feedback · n notitie", "t action · f feedback · n note")
    }
    var hiddenMark: String { t("verborgen", "hidden") }
    var escAgainToDiscard: String {
        t("Esc nogmaals om de tekst te schrappen", "Esc again to discard the text")
    }
    var draftDiscarded: String { t("Tekst geschrapt.", "Text discarded.") }
    var emptyText: String { t("Lege tekst: niets bewaard.", "Empty text: nothing saved.") }
    var nameRequired: String { t("Een naam is nodig.", "A name is needed.") }
    var noRound: String { t("Geen ronde gekozen.", "No round chosen.") }

    // MARK: Review

    var byTag: String { t("per tag", "by tag") }
    var byGroup: String { t("per fractie/groep", "by group") }
    var untagged: String { t("zonder tag", "untagged") }
    var noGroup: String { t("zonder groep", "no group") }
    var frequentWords: String { t("Meest gebruikte woorden", "Most frequent words") }
    var round: String { t("Ronde", "Round") }
    /// "12 antwoorden".
    func answerCount(_ n: Int) -> String { n == 1 ? t("1 antwoord", "1 answer") : t("\(n) antwoorden", "\(n) answers") }

    // MARK: Prompts and status

    var confirmQuit: String {
        t("Er loopt nog een blok. Toch afsluiten? j/n", "A block is still running. Quit anyway? y/n")
    }
    var confirmQuitText: String {
        t("Er staat nog getypte tekst open die niet bewaard is. Toch afsluiten? j/n",
          "Typed text is not saved yet. Quit anyway? y/n")
    }
    /// No block with that number.
    func noSuchBlock(_ typed: String) -> String { t("Geen blok nummer \(typed).", "No block number \(typed).") }
    var noPhases: String { t("Dit blok heeft geen fasen.", "This block has no phases.") }
    var lastPhase: String { t("Dit is al de laatste fase.", "This is the last phase already.") }
    var firstPhase: String { t("Dit is al de eerste fase.", "This is the first phase already.") }
    /// A scale vote out of range.
    func outOfScale(_ min: Int, _ max: Int) -> String {
        t("Kies een waarde van \(min) tot \(max).", "Choose a value from \(min) to \(max).")
    }
    var lightKeys: String { t("Verkeerslicht: 1 rood, 2 oranje, 3 groen.", "Traffic light: 1 red, 2 amber, 3 green.") }
    var useLetters: String { t("Kies een optie met haar letter.", "Choose an option by its letter.") }
    var noSuchOption: String { t("Die letter hoort bij geen optie.", "That letter belongs to no option.") }
    /// Letters typed on a poll that takes digits or text.
    func useDigits(_ kind: PollKind) -> String {
        switch kind {
        case .open: t("Open vraag: Enter om het antwoord te typen.", "Open question: Enter to type the answer.")
        case .trafficLight: lightKeys
        default: t("Stem met een cijfer.", "Vote with a digit.")
        }
    }
    var rankingNeedsVoter: String {
        t("Een rangschikking kan niet met handen: kies een deelnemer (h).",
          "A ranking cannot be counted by hands: choose a participant (h).")
    }
    var handsOnly: String { t("+ en − tellen handen: eerst h.", "+ and − count hands: press h first.") }
    var pollIsClosed: String { t("De stemming is gesloten: o opent ze weer.", "The poll is closed: o opens it again.") }
    var everyoneVoted: String { t("Iedereen heeft gestemd.", "Everyone has voted.") }
    var quitCancelled: String { t("Niet afgesloten.", "Not quit.") }
    var goToBlockPrompt: String { t("Naar blok nummer… (Esc annuleert)", "Go to block number… (Esc cancels)") }
    var chooseSpeaker: String { t("Welke deelnemer spreekt?", "Which participant speaks?") }
    var nothingToUndo: String { t("Niets om ongedaan te maken.", "Nothing to undo.") }
    /// "u: ongedaan maken (stem van Els)".
    func undoHint(_ what: String) -> String { t("u maakt ongedaan: \(what)", "u undoes: \(what)") }
    /// "Ongedaan: stem van Els".
    func undone(_ what: String) -> String { t("Ongedaan gemaakt: \(what)", "Undone: \(what)") }
    var moreKeys: String { t("? alle toetsen", "? all keys") }
    var keys: String { t("Toetsen", "Keys") }
    var everywhere: String { t("Overal", "Everywhere") }
    var whileTyping: String { t("Tijdens het typen", "While typing") }
    var helpBack: String { t("Esc of ? keert terug", "Esc or ? goes back") }
    var blockMarks: String {
        t("Tekens in de agenda: ✓ klaar · ▶ loopt · ‖ gepauzeerd · › huidig, nog niet gestart",
          "Agenda marks: ✓ done · ▶ running · ‖ paused · › current, not started")
    }
}
