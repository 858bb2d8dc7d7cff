// The help screen's words: key names and what each request does.
extension Strings {
    /// How a key is written in the help: "spatie", "Shift-Tab", "F1", "Ctrl-C", "↑".
    func keyName(_ key: Key) -> String {
        switch key {
        case .char(" "): t("spatie", "Space")
        case .char(let c): String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .function(let n): "F\(n)"
        case .paste: t("plakken", "paste")
        case .resize, .wake: ""
        }
    }

    /// The keys of a binding as the help writes them: "n ]".
    func keys(_ binding: KeyBinding) -> String {
        binding.label ?? binding.keys.map(keyName).joined(separator: " ")
    }

    /// What a request does, in a few words.
    func describe(_ request: Request) -> String {
        switch request {
        case .show(let screen): t("naar \(heading(screen))", "go to \(heading(screen))")
        case .nextScreen: t("volgend scherm", "next screen")
        case .previousScreen: t("vorig scherm", "previous screen")
        case .help: t("deze hulp (alle toetsen van het scherm)", "this help (every key of the screen)")
        case .undo: t("het laatst bewaarde ongedaan maken (telkens één stap)", "undo the last recorded thing (one step each)")
        case .quit: t("afsluiten (vraagt bevestiging als een blok loopt)", "quit (asks first while a block runs)")
        case .suspend: t("pauzeren naar de shell (fg keert terug)", "suspend to the shell (fg returns)")
        case .back: t("terug", "back")
        case .startPause: t("blok starten / pauzeren / hervatten", "start / pause / resume the block")
        case .nextBlock: t("volgend blok (de klok loopt mee door)", "next block (a running clock carries on)")
        case .previousBlock: t("vorig blok", "previous block")
        case .nextPhase: t("volgende fase van het debat", "next phase of the debate")
        case .previousPhase: t("vorige fase", "previous phase")
        case .goToBlock: t("naar blok nummer… (dan het cijfer)", "go to block number… (then the digit)")
        case .shiftPlan(let minutes):
            minutes > 0 ? t("hele plan \(minutes) min later", "move the whole plan \(minutes) min later")
                : t("hele plan \(-minutes) min vroeger", "move the whole plan \(-minutes) min earlier")
        case .endWorkshop: t("workshop beëindigen", "end the workshop")
        case .speakerModerator: t("moderator aan het woord", "moderator speaks")
        case .speakerPresenter: t("spreker aan het woord (de lead van het blok)", "presenter speaks (the block's lead)")
        case .speakerParticipant: t("een deelnemer aan het woord", "a participant speaks")
        case .pickSpeaker: t("welke deelnemer: kies met een deel van de naam", "which participant: pick by part of the name")
        case .speakerNobody: t("niemand aan het woord (stilte, invultijd)", "nobody speaks (silence, writing time)")
        case .roomPanel: t("adres, code en QR voor telefoons", "address, code and QR for phones")
        case .closeRoom: t("telefoonserver sluiten (vraagt eerst)", "close the phones' server (asks first)")
        case .newAnswer: t("antwoord noteren: letters van de naam, Enter, tekst, Enter", "record an answer: letters of the name, Enter, text, Enter")
        case .addPerson: t("deelnemer toevoegen (naam, Tab, fractie/groep)", "add a participant (name, Tab, group)")
        case .renamePerson: t("naam of fractie/groep van iemand verbeteren", "correct someone's name or group")
        case .removePerson: t("iemand van de lijst halen (wat die zei blijft; u zet terug)", "take someone off the roster (what they said stays; u puts them back)")
        case .newAction: t("actie: wat, Tab, wie, Tab, tegen wanneer", "action: what, Tab, who, Tab, by when")
        case .newFeedback: t("feedback op de workshop", "feedback on the workshop")
        case .newNote: t("vrije notitie", "free note")
        case .selectPrevious: t("vorige regel", "previous line")
        case .selectNext: t("volgende regel", "next line")
        case .selectFirst: t("eerste", "first")
        case .selectLast: t("laatste", "last")
        case .pageUp: t("pagina omhoog", "page up")
        case .pageDown: t("pagina omlaag", "page down")
        case .edit: t("gekozen antwoord bewerken", "edit the chosen answer")
        case .delete: t("gekozen antwoord wissen", "delete the chosen answer")
        case .toggleHidden: t("gekozen antwoord verbergen / tonen", "hide / show the chosen answer")
        case .previousPoll: t("vorige stemming", "previous poll")
        case .nextPoll: t("volgende stemming", "next poll")
        case .toggleOpen: t("stemming openen / sluiten", "open / close the poll")
        case .toggleReveal: t("resultaat tonen / verbergen", "reveal / hide the results")
        case .toggleHands: t("per deelnemer ↔ handen tellen", "per participant ↔ show of hands")
        case .handUp: t("handen: +1 voor de gekozen waarde", "hands: +1 for the chosen value")
        case .handDown: t("handen: −1 voor de gekozen waarde", "hands: −1 for the chosen value")
        case .retract: t("stem van de gekozen deelnemer wissen (handen: −1)", "withdraw the chosen participant's vote (hands: −1)")
        case .confirm: t("meerkeuze/rangschikking bevestigen; open vraag: antwoord typen", "cast a multi/ranking choice; open question: type the answer")
        case .digit: t("schaal: die waarde stemmen (0 = 10); verkeerslicht: 1 rood, 2 oranje, 3 groen", "scale: vote that value (0 = 10); traffic light: 1 red, 2 amber, 3 green")
        case .option: t("optie met die letter (meerkeuze: aan/uit, dan Enter)", "the option with that letter (multi: toggle, then Enter)")
        case .previousRound: t("vorige ronde", "previous round")
        case .nextRound: t("volgende ronde", "next round")
        case .toggleGrouping: t("groeperen per tag ↔ per fractie/groep", "group by tag ↔ by group")
        }
    }

    /// The keys of a text being typed, for the help.
    var typingKeys: [(keys: String, what: String)] {
        [
            ("Enter", t("bewaren", "save")),
            ("Alt-Enter Ctrl-J", t("nieuwe regel", "new line")),
            ("Tab Shift-Tab", t("volgend / vorig veld", "next / previous field")),
            ("Esc", t("annuleren (twee keer als er tekst staat)", "cancel (twice when text would be lost)")),
            ("← → Home End", t("cursor", "cursor")),
            ("Ctrl-← Ctrl-→", t("woord terug / verder", "word back / forward")),
            ("Ctrl-A Ctrl-E", t("begin / einde van de regel", "start / end of the line")),
            ("Ctrl-K Ctrl-U Ctrl-W", t("wissen tot einde / begin / woord", "cut to end / start / word")),
            ("Ctrl-Y", t("geknipte tekst terugzetten", "put cut text back")),
            (t("#woord", "#word"), t("wordt een tag van het antwoord", "becomes a tag of the answer")),
            ("F1–F5", t("ander scherm; de tekst blijft staan", "other screen; the text stays")),
        ]
    }
}
