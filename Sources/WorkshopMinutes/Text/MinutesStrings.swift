import WorkshopModel

/// Every word the minutes print, in Dutch and English; the session's language picks one.
struct MinutesStrings: Sendable {
    let language: Language

    /// The strings of `language`.
    static func `for`(_ language: Language) -> MinutesStrings { MinutesStrings(language: language) }

    fileprivate func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // Names the builder gives.
    var participant: String { t("Deelnemer", "Participant") }
    var phone: String { t("Telefoon", "Phone") }
    var handsRaised: String { t("Handopsteking", "Show of hands") }
    func light(_ light: TrafficLight) -> String {
        switch light {
        case .red: return t("rood", "red")
        case .amber: return t("oranje", "amber")
        case .green: return t("groen", "green")
        }
    }

    // The title block.
    var minutes: String { t("Verslag", "Minutes") }
    var date: String { t("Datum", "Date") }
    var place: String { t("Plaats", "Place") }
    var time: String { t("Tijd", "Time") }
    var planned: String { t("gepland", "planned") }
    var actual: String { t("werkelijk", "actual") }
    func provisional(_ asOf: String) -> String {
        t("Voorlopig verslag: de sessie liep nog; stand van \(asOf).",
          "Provisional minutes: the session was still running; as of \(asOf).")
    }
    var anonymousNote: String {
        t("Dit verslag is geanonimiseerd: deelnemers staan vermeld met hun fractie of organisatie, of als ‘Deelnemer 1’, ‘Deelnemer 2’ …",
          "These minutes are anonymised: participants appear as their party or organisation, or as ‘Participant 1’, ‘Participant 2’ …")
    }
    var madeBy: String {
        t("Opgemaakt met workshop uit het sessiebestand.", "Drawn up by workshop from the session file.")
    }

    /// "woensdag 8 november 2023" / "Wednesday 8 November 2023".
    func longDate(_ date: CivilDate) -> String {
        let weekdays = language == .nl
            ? ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
            : ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = language == .nl
            ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
        return "\(weekdays[date.weekday]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    // 1. Attendance.
    var attendance: String { t("Aanwezigen", "Attendance") }
    var moderator: String { t("Moderator", "Moderator") }
    func presenters(_ count: Int) -> String { count == 1 ? t("Presentator", "Presenter") : t("Presentatoren", "Presenters") }
    func noteTakers(_ count: Int) -> String { count == 1 ? t("Notulist", "Note-taker") : t("Notulisten", "Note-takers") }
    func moderators(_ count: Int) -> String { count == 1 ? moderator : t("Moderatoren", "Moderators") }
    var participants: String { t("Deelnemers", "Participants") }
    var noGroup: String { t("Zonder fractie of organisatie", "No party or organisation") }
    var noParticipants: String { t("Er staan geen deelnemers op de lijst.", "No participants are on the list.") }
    func people(_ count: Int) -> String { count == 1 ? t("1 persoon", "1 person") : t("\(count) personen", "\(count) people") }

    // 2. Agenda.
    var agenda: String { t("Agenda en verloop", "Agenda as planned and as it ran") }
    var block: String { t("Onderdeel", "Block") }
    var plannedColumn: String { t("Gepland", "Planned") }
    var actualColumn: String { t("Werkelijk", "Actual") }
    var plannedLength: String { t("Duur gepland", "Planned length") }
    var actualLength: String { t("Duur werkelijk", "Actual length") }
    var difference: String { t("Verschil", "Difference") }
    var total: String { t("Totaal", "Total") }
    var minuteUnit: String { "min" }
    func state(_ state: BlockState) -> String {
        switch state {
        case .pending: return t("nog niet begonnen", "not started")
        case .running: return t("loopt", "running")
        case .paused: return t("gepauzeerd", "paused")
        case .done: return t("afgerond", "done")
        case .skipped: return t("overgeslagen", "skipped")
        }
    }
    func started(_ minutes: Int, actual: String, planned: String) -> String {
        minutes > 0
            ? t("De workshop begon \(minutes) min later dan gepland (\(actual) in plaats van \(planned)).",
                "The workshop started \(minutes) min later than planned (\(actual) instead of \(planned)).")
            : t("De workshop begon \(-minutes) min vroeger dan gepland (\(actual) in plaats van \(planned)).",
                "The workshop started \(-minutes) min earlier than planned (\(actual) instead of \(planned)).")
    }
    func endedLate(_ minutes: Int, actual: String, planned: String) -> String {
        t("Het einde viel \(minutes) min later dan gepland (\(actual) in plaats van \(planned)).",
          "It ended \(minutes) min later than planned (\(actual) instead of \(planned)).")
    }
    func endedEarly(_ minutes: Int, actual: String, planned: String) -> String {
        t("Het einde viel \(minutes) min vroeger dan gepland (\(actual) in plaats van \(planned)).",
          "It ended \(minutes) min earlier than planned (\(actual) instead of \(planned)).")
    }
    func endedOnTime(_ actual: String) -> String {
        t("De workshop eindigde op tijd (\(actual)).", "The workshop ended on time (\(actual)).")
    }
    func runningDrift(_ minutes: Int) -> String {
        minutes > 0
            ? t("Bij dit tempo loopt de workshop \(minutes) min uit.", "At this pace the workshop runs \(minutes) min late.")
            : minutes < 0
            ? t("Bij dit tempo eindigt de workshop \(-minutes) min vroeger.", "At this pace the workshop ends \(-minutes) min early.")
            : t("Bij dit tempo eindigt de workshop op tijd.", "At this pace the workshop ends on time.")
    }
    var notStarted: String { t("De workshop is nog niet begonnen.", "The workshop has not started yet.") }
    func planShifted(_ minutes: Int) -> String {
        t("Het plan werd tijdens de sessie \(minutes > 0 ? "+" : "−")\(abs(minutes)) min verschoven; de geplande tijden hierboven houden daar rekening mee.",
          "The plan was moved by \(minutes > 0 ? "+" : "−")\(abs(minutes)) min during the session; the planned times above include that.")
    }
    var lengthNote: String {
        t("De werkelijke duur telt enkel de tijd dat de klok van het onderdeel liep (pauzes niet meegerekend).",
          "The actual length counts only the time a block's clock ran (pauses left out).")
    }

    // 3. Participation.
    var participation: String { t("Participatie", "Participation") }
    func target(_ target: String, reached: String, met: Bool) -> String {
        t("Doel: \(target) van de spreektijd voor de deelnemers. Over de hele avond: \(reached) — \(met ? "doel gehaald" : "doel niet gehaald").",
          "Target: \(target) of the talk time for the participants. Over the whole evening: \(reached) — \(met ? "target met" : "target not met").")
    }
    func targetMark(_ target: String) -> String {
        t("De rode streep op elke balk is het doel van \(target).", "The red line on each bar is the \(target) target.")
    }
    var noTalk: String { t("Er werd geen spreektijd geregistreerd.", "No talk time was recorded.") }
    var presenter: String { t("Presentator", "Presenter") }
    var share: String { t("Aandeel", "Share") }
    var participantsShare: String { t("Aandeel deelnemers", "Participants' share") }
    var wholeEvening: String { t("Hele avond", "Whole evening") }
    var talkPerGroup: String { t("Spreektijd per fractie of organisatie", "Talk time per party or organisation") }
    var talkPerPerson: String { t("Spreektijd per persoon", "Talk time per person") }
    var group: String { t("Fractie / organisatie", "Party / organisation") }
    var name: String { t("Naam", "Name") }
    var talkTime: String { t("Spreektijd", "Talk time") }
    var talkNote: String {
        t("Spreektijd in minuten:seconden, zoals de notulist ze registreerde; enkel tijd waarin een onderdeel liep telt mee. Het aandeel per fractie of persoon is dat van alle geregistreerde spreektijd.",
          "Talk time in minutes:seconds as the note-taker recorded it; only time in which a block ran counts. The share per party or person is of all recorded talk.")
    }

    // 4. Polls.
    var polls: String { t("Peilingen", "Polls") }
    var noPolls: String { t("Er stonden geen peilingen op de agenda.", "There were no polls on the agenda.") }
    func kind(_ kind: PollKind) -> String {
        switch kind {
        case .scale: return t("schaal", "scale")
        case .single: return t("één keuze", "single choice")
        case .multi: return t("meerkeuze", "multiple choice")
        case .ranking: return t("rangschikking", "ranking")
        case .open: return t("open vraag", "open question")
        case .trafficLight: return t("verkeerslicht", "traffic light")
        }
    }
    func votes(_ count: Int) -> String { count == 1 ? t("1 stem", "1 vote") : t("\(count) stemmen", "\(count) votes") }
    func byHands(_ count: Int) -> String { t("waarvan \(count) met handopsteking", "\(count) of them by show of hands") }
    func atMost(_ count: Int) -> String { t("maximaal \(count) keuzes", "at most \(count) choices") }
    var stillOpen: String { t("nog open", "still open") }
    var notHeld: String { t("Deze peiling werd niet gehouden.", "This poll was not held.") }
    var noVotes: String { t("Er werden geen stemmen uitgebracht.", "No votes were cast.") }
    var answer: String { t("Antwoord", "Answer") }
    var value: String { t("Waarde", "Value") }
    var votesColumn: String { t("Stemmen", "Votes") }
    var rank: String { t("Plaats", "Rank") }
    var points: String { t("Punten", "Points") }
    var firstChoice: String { t("Eerste keuze", "First choice") }
    func meanAndMedian(_ mean: String, _ median: String) -> String {
        t("Gemiddelde \(mean), mediaan \(median).", "Mean \(mean), median \(median).")
    }
    func borda(_ options: Int) -> String {
        t("Borda-punten: bij \(options) opties krijgt een eerste plaats \(max(0, options - 1)) punten, een tweede \(max(0, options - 2)) … en de laatste 0. ‘Eerste keuze’ telt wie de optie bovenaan zette.",
          "Borda points: with \(options) options a first place earns \(max(0, options - 1)) points, a second \(max(0, options - 2)) … and the last 0. ‘First choice’ counts who put the option on top.")
    }
    var multiNote: String {
        t("Meerdere keuzes per stem: de percentages tellen samen meer dan 100%.",
          "Several choices per vote: the percentages add up to more than 100%.")
    }
    var openAnswers: String { t("Antwoorden", "Answers") }
    var mostFrequentWords: String { t("Meest genoemde woorden", "Most frequent words") }

    // 5. Debates.
    var debates: String { t("Debatten en rondes", "Debates and rounds") }
    var noDebates: String { t("Er werden geen antwoorden genoteerd.", "No answers were recorded.") }
    var question: String { t("Vraag", "Question") }
    var promptsLabel: String { t("Vragen aan de zaal", "Questions to the room") }
    var noAnswers: String { t("Geen antwoorden genoteerd.", "No answers were recorded.") }
    func answers(_ count: Int) -> String { count == 1 ? t("1 antwoord", "1 answer") : t("\(count) antwoorden", "\(count) answers") }
    var hidden: String { t("verborgen", "hidden") }
    var hiddenNote: String {
        t("Antwoorden gemarkeerd als ‘verborgen’ hield de moderator tijdens de sessie van het scherm; ze tellen niet mee in de woordenlijst.",
          "Answers marked ‘hidden’ were kept off the screen by the moderator during the session; they are left out of the word list.")
    }
    var untagged: String { t("Zonder thema", "Without a theme") }
    var via: String { t("via", "via") }

    // 6. Close.
    var close: String { t("Afsluit: acties, afspraken en feedback", "Close: actions, agreements and feedback") }
    var actions: String { t("Acties", "Actions") }
    var noActions: String { t("Er werden geen acties genoteerd.", "No actions were recorded.") }
    var what: String { t("Wat", "What") }
    var who: String { t("Wie", "Who") }
    var due: String { t("Tegen wanneer", "By when") }
    var agreements: String { t("Afspraken en antwoorden bij de afsluit", "Agreements and answers at the close") }
    var feedback: String { t("Feedback", "Feedback") }
    var noFeedback: String { t("Er werd geen feedback genoteerd.", "No feedback was recorded.") }
    var notes: String { t("Notities", "Notes") }
    var noNotes: String { t("Er werden geen vrije notities genoteerd.", "No free notes were recorded.") }
    var yes: String { t("ja", "yes") }
    var no: String { t("nee", "no") }
}

// The CSV files' column names and values.
extension MinutesStrings {
    var csvAnswers: [String] {
        language == .nl
            ? ["Nr", "Onderdeel-id", "Onderdeel", "Persoon", "Fractie of organisatie", "Antwoord", "Tags", "Verborgen",
               "Herkomst", "Opgenomen", "Bewerkt"]
            : ["No.", "Block id", "Block", "Person", "Party or organisation", "Answer", "Tags", "Hidden", "Source",
               "Recorded", "Edited"]
    }
    var csvVotes: [String] {
        language == .nl
            ? ["Peiling-id", "Vraag", "Soort", "Kiezer", "Fractie of organisatie", "Keuze", "Waarden", "Aantal"]
            : ["Poll id", "Question", "Kind", "Voter", "Party or organisation", "Choice", "Values", "Count"]
    }
    var csvResults: [String] {
        language == .nl
            ? ["Peiling-id", "Vraag", "Soort", "Status", "Plaats", "Antwoord", "Stemmen", "Procent", "Punten"]
            : ["Poll id", "Question", "Kind", "Status", "Rank", "Answer", "Votes", "Percent", "Points"]
    }
    var csvActions: [String] {
        language == .nl ? ["Nr", "Wat", "Wie", "Tegen wanneer", "Opgenomen"] : ["No.", "What", "Who", "By when", "Recorded"]
    }
    var csvNotes: [String] {
        language == .nl ? ["Soort", "Nr", "Tekst", "Onderdeel", "Opgenomen"] : ["Kind", "No.", "Text", "Block", "Recorded"]
    }
    var csvTimings: [String] {
        language == .nl
            ? ["Nr", "Onderdeel-id", "Onderdeel", "Soort", "Status", "Gepland begin", "Gepland einde", "Geplande minuten",
               "Werkelijk begin", "Werkelijk einde", "Werkelijke minuten", "Verschil (min)", "Spreektijd deelnemers (s)",
               "Spreektijd moderator (s)", "Spreektijd presentator (s)", "Aandeel deelnemers (%)"]
            : ["No.", "Block id", "Block", "Kind", "State", "Planned start", "Planned end", "Planned minutes",
               "Actual start", "Actual end", "Actual minutes", "Difference (min)", "Participants' talk (s)",
               "Moderator's talk (s)", "Presenters' talk (s)", "Participants' share (%)"]
    }
    var noteTakerSource: String { t("notulist", "note-taker") }
    var feedbackKind: String { t("feedback", "feedback") }
    var noteKind: String { t("notitie", "note") }
    func status(_ status: PollState.Status) -> String {
        switch status {
        case .notOpened: return t("niet gehouden", "not held")
        case .open: return t("open", "open")
        case .closed: return t("gesloten", "closed")
        }
    }
}
