import WorkshopModel

/// Everything the participants' page says, in Dutch and in English.
struct PageWords: Sendable {
    let joinTitle: String
    let joinLead: String
    let joinCodeLabel: String
    let joinButton: String
    let wrongCode: String
    let waitTitle: String
    let waitLead: String
    let endedTitle: String
    let endedLead: String
    let pollClosed: String
    let results: String
    let resultsHidden: String
    let voters: @Sendable (Int) -> String
    let send: String
    let changeVote: String
    let yourVote: String
    let voteReceived: String
    let answerReceived: String
    let answerLabel: String
    let answerHint: String
    let nameLegend: String
    let nameLabel: String
    let groupLabel: String
    let anonymousNote: String
    let anonymousVote: String
    let multiHint: @Sendable (Int?) -> String
    let rankingHint: String
    let rankNone: String
    let rankPlace: @Sendable (Int) -> String
    let light: @Sendable (TrafficLight) -> String
    let mean: String
    let points: String
    let privacy: String
    let movedOn: String
    let newQuestion: String
    let offline: String
    let skipToContent: String
    // Problems, each saying what went wrong and what to do.
    let notJoined: String
    let noDevice: String
    let tooLarge: String
    let tooFast: String
    let busy: String
    let malformed: String
    let unsupportedType: String
    let pollNotOpen: String
    let choiceDoesNotFit: String
    let roundNotOpen: String
    let emptyText: String
    let fieldTooLong: String
    let foreignOrigin: String
    let notFound: String
    let stopped: String

    static func of(_ language: Language) -> PageWords { language == .en ? .english : .dutch }

    static let dutch = PageWords(
        joinTitle: "Meedoen",
        joinLead: "Typ de code die op het scherm in de zaal staat.",
        joinCodeLabel: "Code",
        joinButton: "Meedoen",
        wrongCode: "Die code klopt niet. Kijk nog eens naar het scherm in de zaal en probeer opnieuw.",
        waitTitle: "Even wachten",
        waitLead: "Er staat nu geen vraag open. Deze pagina toont de volgende vraag vanzelf zodra de moderator ze opent.",
        endedTitle: "De workshop is afgelopen",
        endedLead: "Bedankt om mee te doen.",
        pollClosed: "De stemming is gesloten.",
        results: "Resultaat",
        resultsHidden: "De moderator toont het resultaat straks op het scherm.",
        voters: { $0 == 1 ? "1 stem" : "\($0) stemmen" },
        send: "Versturen",
        changeVote: "Stem wijzigen",
        yourVote: "Je stem is ontvangen. Je kunt ze wijzigen zolang de stemming openstaat.",
        voteReceived: "Bedankt, je stem is ontvangen.",
        answerReceived: "Bedankt, je antwoord is ontvangen. Je mag er nog een sturen.",
        answerLabel: "Je antwoord",
        answerHint: "Hoogstens 4000 tekens.",
        nameLegend: "Je naam (niet verplicht)",
        nameLabel: "Naam",
        groupLabel: "Fractie of groep",
        anonymousNote: "Laat je deze velden leeg, dan blijft je antwoord anoniem.",
        anonymousVote: "Stemmen is anoniem.",
        multiHint: { max in max.map { "Kies er hoogstens \($0)." } ?? "Kies er zoveel je wilt." },
        rankingHint: "Geef elke keuze een plaats: 1 is je voorkeur. Wat je geen plaats geeft, telt niet mee.",
        rankNone: "geen plaats",
        rankPlace: { "plaats \($0)" },
        light: { switch $0 { case .red: "Rood"; case .amber: "Oranje"; case .green: "Groen" } },
        mean: "Gemiddelde",
        points: "punten",
        privacy: "Je antwoorden gaan alleen naar de laptop van de moderator in deze zaal, niet naar internet.",
        movedOn: "De moderator is verdergegaan. Verstuur je tekst of laad de pagina opnieuw.",
        newQuestion: "Nieuwe vraag",
        offline: "Geen verbinding met de laptop van de moderator. Blijf op het wifi van de zaal; de pagina probeert het opnieuw.",
        skipToContent: "Naar de vraag",
        notJoined: "Je bent nog niet aangemeld. Open de link van de QR-code of typ de code van het scherm.",
        noDevice: "Je telefoon heeft geen sleutel voor deze workshop. Meld je opnieuw aan met de code.",
        tooLarge: "Dat is te lang: een antwoord mag hoogstens 4 KiB zijn. Maak het korter en verstuur opnieuw.",
        tooFast: "Te veel berichten na elkaar. Wacht een paar seconden en probeer opnieuw.",
        busy: "De laptop van de moderator heeft het even te druk. Probeer het over enkele seconden opnieuw.",
        malformed: "Het formulier kwam onvolledig of verminkt aan; er is niets bewaard. Laad de pagina opnieuw en probeer nog eens.",
        unsupportedType: "Dit soort bericht wordt niet aanvaard; gebruik het formulier op de pagina.",
        pollNotOpen: "Deze stemming is niet (meer) open; je stem is niet bewaard.",
        choiceDoesNotFit: "Die keuze past niet bij deze vraag; er is niets bewaard. Kies opnieuw.",
        roundNotOpen: "Deze vraag staat niet (meer) open; je antwoord is niet bewaard.",
        emptyText: "Je antwoord is leeg. Typ iets en verstuur opnieuw.",
        fieldTooLong: "Je naam of groep is te lang (hoogstens 100 tekens).",
        foreignOrigin: "Dit verzoek kwam niet van deze pagina en is geweigerd.",
        notFound: "Deze pagina bestaat niet.",
        stopped: "De moderator heeft de verbinding gesloten."
    )

    static let english = PageWords(
        joinTitle: "Join",
        joinLead: "Type the code shown on the screen in the room.",
        joinCodeLabel: "Code",
        joinButton: "Join",
        wrongCode: "That code is not right. Look at the screen in the room again and retry.",
        waitTitle: "Please wait",
        waitLead: "No question is open right now. This page shows the next one by itself as soon as the moderator opens it.",
        endedTitle: "The workshop has ended",
        endedLead: "Thank you for taking part.",
        pollClosed: "The poll is closed.",
        results: "Result",
        resultsHidden: "The moderator will show the result on the screen.",
        voters: { $0 == 1 ? "1 vote" : "\($0) votes" },
        send: "Send",
        changeVote: "Change vote",
        yourVote: "Your vote was received. You can change it while the poll is open.",
        voteReceived: "Thank you, your vote was received.",
        answerReceived: "Thank you, your answer was received. You may send another.",
        answerLabel: "Your answer",
        answerHint: "At most 4000 characters.",
        nameLegend: "Your name (optional)",
        nameLabel: "Name",
        groupLabel: "Party or group",
        anonymousNote: "Leave these empty and your answer stays anonymous.",
        anonymousVote: "Voting is anonymous.",
        multiHint: { max in max.map { "Choose at most \($0)." } ?? "Choose as many as you like." },
        rankingHint: "Give each choice a place: 1 is your favourite. Choices without a place do not count.",
        rankNone: "no place",
        rankPlace: { "place \($0)" },
        light: { switch $0 { case .red: "Red"; case .amber: "Amber"; case .green: "Green" } },
        mean: "Mean",
        points: "points",
        privacy: "Your answers go only to the moderator's laptop in this room, not to the internet.",
        movedOn: "The moderator has moved on. Send your text or reload the page.",
        newQuestion: "New question",
        offline: "No connection to the moderator's laptop. Stay on the room's wifi; the page keeps trying.",
        skipToContent: "Skip to the question",
        notJoined: "You have not joined yet. Open the link from the QR code or type the code from the screen.",
        noDevice: "Your phone has no key for this workshop. Join again with the code.",
        tooLarge: "That is too long: an answer may be at most 4 KiB. Shorten it and send again.",
        tooFast: "Too many messages in a row. Wait a few seconds and try again.",
        busy: "The moderator's laptop is busy. Try again in a few seconds.",
        malformed: "The form arrived incomplete or garbled; nothing was saved. Reload the page and try again.",
        unsupportedType: "This kind of message is not accepted; use the form on the page.",
        pollNotOpen: "This poll is not open (any more); your vote was not saved.",
        choiceDoesNotFit: "That choice does not fit this question; nothing was saved. Choose again.",
        roundNotOpen: "This question is not open (any more); your answer was not saved.",
        emptyText: "Your answer is empty. Type something and send again.",
        fieldTooLong: "Your name or group is too long (at most 100 characters).",
        foreignOrigin: "This request did not come from this page and was refused.",
        notFound: "This page does not exist.",
        stopped: "The moderator has closed the connection."
    )
}
