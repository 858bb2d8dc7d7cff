import Foundation
import WorkshopModel

/// A scripted evening on the Mechelen agenda: fictitious council members of six parties, realistic Dutch
/// answers, votes on every kind of poll, a break that overran, actions, feedback and notes. Built from
/// events so the minutes see exactly what a real session file would give.
enum MechelenEvening {
    static let zone = "Europe/Brussels"

    /// 2023-11-08 20:00 in Brussels (UTC+1 in November).
    static let eightPM = Date(timeIntervalSince1970: 1_699_470_000)

    /// The instant at `hour:minute:second` of the evening; the monotonic clock reads 5000 s at 20:00.
    static func at(_ hour: Int, _ minute: Int, _ second: Double = 0) -> Instant {
        let offset = Double((hour - 20) * 3600 + minute * 60) + second
        return Instant(elapsed: 5000 + offset, wall: eightPM.addingTimeInterval(offset))
    }

    /// The bundled agenda with the polls the deck did by show of hands or on paper added, so every kind of
    /// poll is in the minutes.
    static func agenda(language: Language = .nl) -> Agenda {
        var agenda = BundledAgenda.mechelen()
        agenda.language = language
        func add(_ poll: Poll, to block: String) {
            agenda.blocks[agenda.blockIndex(id: block)!].polls.append(poll)
        }
        add(Poll(id: "vorm-opvolging", question: "Welke vorm van opvolging verkies je het meest?", kind: .single,
                 options: ["Halfjaarlijkse update in de commissie", "Werkbezoeken", "Digitale nieuwsbrief",
                           "Een klankbordgroep met raadsleden"]), to: "debat-2")
        add(Poll(id: "kanalen", question: "Via welke kanalen wil je het draagvlak in je fractie versterken?",
                 kind: .multi, options: ["Fractievergadering", "Partijbureau", "Lokale afdeling", "Sociale media"],
                 maxChoices: 2), to: "debat-3")
        add(Poll(id: "gevoel-afsluit", question: "Hoe kijk je terug op deze workshop?", kind: .trafficLight),
            to: "afsluit")
        var interest = agenda.blocks[0].polls[1]
        interest.labels = [1: "geen interesse", 5: "heel veel interesse"]
        agenda.blocks[0].polls[1] = interest
        return agenda
    }

    /// The participants, as the note-taker adds them at the door: name and party.
    static let members: [(name: String, group: String?)] = [
        ("An Peeters", "Groen"), ("Bram Wuyts", "Groen"), ("Els Janssens", "CD&V"), ("Koen Wouters", "N-VA"),
        ("Sofie Maes", "N-VA"), ("Tom Claes", "Vooruit"), ("Lien Goossens", "Open Vld"),
        ("Pieter Vermeulen", "Vlaams Belang"), ("Chris Jacobs", nil),
    ]
    /// Person numbers: Wouter 1, Ighor 2 from the agenda; the note-taker 3; members 4–12; a typo 13.
    static let dana = 3, an = 4, bram = 5, els = 6, koen = 7, sofie = 8, tom = 9, lien = 10, pieter = 11, chris = 12
    static let typo = 13
    static let everyName = ["An Peeters", "Bram Wuyts", "Els Janssens", "Koen Wouters", "Sofie Maes", "Tom Claes",
                            "Lien Goossens", "Pieter Vermeulen", "Chris Jacobs", "Jan Tikfout"]

    static func session(language: Language = .nl, ended: Bool = true) -> Session {
        Session(agenda: agenda(language: language), timeZoneID: zone, events: events(ended: ended))
    }

    static func events(ended: Bool = true) -> [Event] {
        var list: [Event] = []
        func e(_ h: Int, _ m: Int, _ s: Double = 0, _ action: Action) { list.append(Event(at: at(h, m, s), action)) }
        func say(_ h: Int, _ m: Int, _ s: Double = 0, _ person: PersonID?) {
            e(h, m, s, .speaking(person.map { .participant($0) } ?? .moderator))
        }
        func answer(_ h: Int, _ m: Int, _ block: String, _ person: PersonID?, _ text: String, _ tags: [String] = [],
                    origin: Origin = .console) {
            e(h, m, 30, .addAnswer(block: block, person: person, text: text, tags: tags, origin: origin))
        }
        func vote(_ h: Int, _ m: Int, _ poll: String, _ voter: PersonID, _ choice: Choice) {
            e(h, m, Double(voter), .castVote(poll: poll, voter: .person(voter), choice: choice))
        }

        e(19, 50, 0, .addPerson(name: "Dana Verbeeck", group: nil, role: .noteTaker))
        for (index, member) in members.enumerated() {
            e(19, 52, Double(index), .addPerson(name: member.name, group: member.group, role: .participant))
        }
        e(19, 53, 0, .addPerson(name: "Jan Tikfout", group: "Groen", role: .participant))
        e(19, 53, 20, .removePerson(id: typo))

        // Introductie, 20:02–20:29.
        e(20, 2, 0, .startBlock)
        say(20, 2, 0, nil)
        say(20, 9, 0, an)
        say(20, 11, 0, koen)
        say(20, 12, 30, nil)
        e(20, 13, 0, .openPoll(id: "kennis-warmte"))
        for (voter, value) in [(an, 4), (bram, 3), (els, 2), (koen, 3), (sofie, 2), (tom, 4), (lien, 3), (pieter, 1), (chris, 2)] {
            vote(20, 14, "kennis-warmte", voter, .scale(value))
        }
        vote(20, 15, "kennis-warmte", els, .scale(3))
        e(20, 16, 0, .closePoll(id: "kennis-warmte"))
        e(20, 16, 10, .revealPoll(id: "kennis-warmte", revealed: true))
        e(20, 16, 30, .openPoll(id: "interesse-warmte"))
        for (voter, value) in [(an, 5), (bram, 5), (els, 4), (koen, 4), (sofie, 3), (tom, 4)] {
            vote(20, 17, "interesse-warmte", voter, .scale(value))
        }
        e(20, 18, 0, .countHands(poll: "interesse-warmte", value: 3, delta: 2))
        e(20, 18, 5, .countHands(poll: "interesse-warmte", value: 2, delta: 1))
        e(20, 18, 30, .closePoll(id: "interesse-warmte"))
        e(20, 19, 0, .openPoll(id: "vragen-warmte"))
        e(20, 19, 40, .castVote(poll: "vragen-warmte", voter: .device("f3a9c2d4e5b6"),
                                choice: .text("Wat kost een warmtepomp voor een rijwoning uit de jaren '30?")))
        vote(20, 20, "vragen-warmte", tom, .text("Hoe snel komt het warmtenet in Mechelen-Noord er?"))
        e(20, 20, 30, .castVote(poll: "vragen-warmte", voter: .device("0b1c2d3e4f50"),
                                choice: .text("Wie betaalt de aansluiting op het warmtenet: de eigenaar of de huurder?")))
        vote(20, 21, "vragen-warmte", pieter, .text("Blijft aardgas betaalbaar voor wie niet kan overschakelen?"))
        vote(20, 21, "vragen-warmte", els, .text("Welke rol speelt de stad zelf als eigenaar van gebouwen?"))
        e(20, 22, 0, .closePoll(id: "vragen-warmte"))
        say(20, 22, 0, els)
        answer(20, 23, "intro", els, "Concreet zicht op de timing van de warmtestrategie.", ["verwachtingen"])
        answer(20, 24, "intro", lien, "Weten wat dit betekent voor de gewone Mechelaar, niet enkel voor de stad.",
               ["verwachtingen"])
        say(20, 25, 0, lien)
        say(20, 27, 0, nil)

        // Situatieschets, 20:29–20:54.
        e(20, 29, 0, .nextBlock)
        e(20, 29, 5, .speaking(.presenter(2)))
        say(20, 48, 0, sofie)
        answer(20, 49, "situatieschets", sofie, "Hoeveel woningen kunnen realistisch op een warmtenet worden aangesloten?")
        say(20, 50, 30, pieter)
        answer(20, 51, "situatieschets", pieter, "Wat als de energieprijzen opnieuw stijgen, wie draagt dan het risico?")
        e(20, 52, 0, .speaking(.presenter(2)))

        // Debat 1, 20:54–21:26: a ranking and the round's answers, tagged by policy role.
        e(20, 54, 0, .nextBlock)
        say(20, 54, 0, nil)
        e(20, 55, 0, .openPoll(id: "beleidsrollen"))
        let rankings: [(PersonID, [Int])] = [
            (an, [0, 2, 1, 3]), (bram, [2, 0, 1, 3]), (els, [0, 1, 3, 2]), (koen, [1, 0, 3, 2]), (sofie, [1, 3, 0, 2]),
            (tom, [2, 0, 3, 1]), (lien, [3, 1, 0, 2]), (pieter, [1, 3, 2, 0]), (chris, [0, 2]),
        ]
        for (voter, order) in rankings { vote(20, 57, "beleidsrollen", voter, .ranking(order)) }
        e(20, 59, 0, .closePoll(id: "beleidsrollen"))
        e(20, 59, 0, .enterPhase(index: 1))
        say(20, 59, 0, an)
        answer(20, 59, "debat-1", an, "De stad moet richting geven met een duidelijke langetermijnvisie.\nMet tussentijdse doelen per wijk: 2030; 2040; 2050.", ["richting"])
        say(21, 2, 0, koen)
        answer(21, 2, "debat-1", koen, "Eerst het oude afbouwen: geen nieuwe gasaansluitingen meer in nieuwbouwprojecten.", ["afbouwen"])
        say(21, 5, 0, bram)
        answer(21, 5, "debat-1", bram, "De \"warmtecoalitie\" moet meer zijn dan een praatbarak, zeker voor het middenveld.", ["governance"])
        say(21, 7, 30, nil)
        say(21, 8, 30, els)
        answer(21, 8, "debat-1", els, "Governance creëren kan pas als de stad zelf voldoende mensen heeft: capaciteit eerst.", ["capaciteit", "governance"])
        say(21, 11, 0, tom)
        answer(21, 11, "debat-1", tom, "Richting geven, maar samen met de buurten; anders geen draagvlak.", ["richting"])
        say(21, 13, 0, pieter)
        answer(21, 13, "debat-1", pieter, "Dit is allemaal veel te duur voor de Mechelaar.", ["afbouwen"])
        e(21, 13, 45, .hideAnswer(id: 10, hidden: true))
        say(21, 15, 0, sofie)
        answer(21, 15, "debat-1", sofie, "Interne capaciteit: een vaste warmteregisseur bij de stad, met financiële middelen.", ["capaciteit"])
        answer(21, 16, "debat-1", sofie, "per ongeluk dubbel ingevoerd", ["capaciteit"])
        e(21, 16, 40, .deleteAnswer(id: 12))
        say(21, 18, 0, lien)
        answer(21, 18, "debat-1", lien, "Governance met burgers, bedrijven en kennispartners, zoals in de transitiearena.", ["governance"])
        e(21, 19, 0, .editAnswer(id: 13, text: "Governance met burgers, bedrijven en kennispartners, zoals in de transitiearena van 2023.", tags: ["governance"]))
        say(21, 20, 0, chris)
        answer(21, 20, "debat-1", chris, "Het warmtenet moet een publiek karakter houden.")
        say(21, 23, 0, nil)

        // Pauze: planned 10 minutes, took 12.
        e(21, 26, 0, .nextBlock)
        e(21, 26, 0, .speaking(.nobody))

        // Debat 2, 21:38–22:04: a single-choice poll, phones and console, tagged by form.
        e(21, 38, 0, .nextBlock)
        say(21, 38, 0, nil)
        e(21, 39, 0, .openPoll(id: "vorm-opvolging"))
        for (voter, option) in [(an, 1), (bram, 3), (els, 0), (koen, 0), (sofie, 2), (tom, 1), (lien, 0), (pieter, 2)] {
            vote(21, 40, "vorm-opvolging", voter, .option(option))
        }
        e(21, 41, 0, .countHands(poll: "vorm-opvolging", value: 1, delta: 2))
        e(21, 41, 30, .closePoll(id: "vorm-opvolging"))
        e(21, 43, 0, .enterPhase(index: 1))
        say(21, 43, 0, els)
        answer(21, 43, "debat-2", els, "Twee keer per jaar een stand van zaken in de commissie, met cijfers per wijk.", ["commissie"])
        say(21, 46, 0, tom)
        answer(21, 46, "debat-2", tom, "Werkbezoek aan het warmtenet Keerdok, liefst nog dit voorjaar.", ["werkbezoek"])
        answer(21, 47, "debat-2", nil, "Een korte nieuwsbrief na elke mijlpaal, niet enkel een rapport op het einde.", ["nieuwsbrief"],
               origin: .device("f3a9c2d4e5b6"))
        say(21, 49, 0, bram)
        answer(21, 49, "debat-2", bram, "Een klankbordgroep waarin elke fractie zetelt, zodat niemand achteraf verrast is.", ["klankbord"])
        say(21, 52, 0, koen)
        answer(21, 52, "debat-2", koen, "Werkbezoeken ja, maar ook een plek waar Tom Claes en de andere raadsleden vragen kwijt kunnen.", ["werkbezoek"])
        say(21, 55, 0, pieter)
        answer(21, 55, "debat-2", pieter, "In de commissie, niet in aparte werkgroepen buiten de raad.", ["commissie"])
        say(21, 58, 0, nil)
        say(21, 59, 0, sofie)
        answer(21, 59, "debat-2", sofie, "Vooraf de documenten; dan kan de fractie zich voorbereiden.")
        say(22, 1, 0, nil)

        // Debat 3, 22:04–22:29: a multiple-choice poll; answers without tags, so grouped by party.
        e(22, 4, 0, .nextBlock)
        say(22, 4, 0, nil)
        e(22, 5, 0, .openPoll(id: "kanalen"))
        for (voter, options) in [(an, [0, 3]), (bram, [2]), (els, [0, 1]), (koen, [0, 2]), (sofie, [0]), (tom, [2, 3]),
                                 (lien, [1, 0]), (pieter, [3])] {
            vote(22, 6, "kanalen", voter, .options(options))
        }
        e(22, 7, 0, .closePoll(id: "kanalen"))
        e(22, 9, 0, .enterPhase(index: 1))
        say(22, 9, 0, koen)
        answer(22, 9, "debat-3", koen, "Een vast agendapunt op de fractievergadering, elk kwartaal.")
        say(22, 12, 0, an)
        answer(22, 12, "debat-3", an, "De lokale afdeling meenemen via een infoavond over warmtepompen en renovatie.")
        say(22, 15, 0, els)
        answer(22, 15, "debat-3", els, "Het charter breed laten tekenen, ook door de oppositie.")
        say(22, 18, 0, lien)
        answer(22, 18, "debat-3", lien, "Een gedeelde factsheet per wijk, die elke fractie kan gebruiken.")
        say(22, 21, 0, chris)
        answer(22, 21, "debat-3", chris, "Zorg dat het thema de verkiezingen overleeft: een akkoord over de grote lijnen.")
        say(22, 24, 0, nil)

        // Afsluit, 22:29–22:41.
        e(22, 29, 0, .nextBlock)
        e(22, 30, 0, .openPoll(id: "gevoel-afsluit"))
        for (voter, light) in [(an, TrafficLight.green), (bram, .green), (els, .green), (koen, .amber), (sofie, .green),
                               (tom, .green), (pieter, .red)] {
            vote(22, 30, "gevoel-afsluit", voter, .light(light))
        }
        e(22, 30, 50, .castVote(poll: "gevoel-afsluit", voter: .device("0b1c2d3e4f50"), choice: .light(.amber)))
        e(22, 31, 0, .countHands(poll: "gevoel-afsluit", value: 2, delta: 1))
        e(22, 31, 30, .closePoll(id: "gevoel-afsluit"))
        say(22, 32, 0, tom)
        answer(22, 32, "afsluit", tom, "Het verslag en de antwoorden gaan naar alle commissieleden.", ["afspraken"])
        answer(22, 33, "afsluit", els, "De warmtestrategie komt terug op de commissie van januari.", ["afspraken"])
        say(22, 34, 0, an)
        answer(22, 34, "afsluit", an, "Dat de stad het niet alleen kan: iedereen heeft een rol.", ["kleven"])
        answer(22, 35, "afsluit", koen, "Veertig tot vijftig procent van de warmte via warmtenetten.", ["kleven"])
        answer(22, 36, "afsluit", nil, "Meer van dit soort avonden.")
        say(22, 37, 0, nil)
        e(22, 38, 0, .addActionItem(what: "Verslag, antwoorden en slides bezorgen aan alle commissieleden",
                                    who: "Dana Verbeeck", due: "15 november 2023"))
        e(22, 38, 30, .addActionItem(what: "Warmtestrategie agenderen op de commissie van januari",
                                     who: "Ighor Van de Vyver", due: "januari 2024"))
        e(22, 39, 0, .addActionItem(what: "Werkbezoek aan het warmtenet Keerdok organiseren", who: "Tom Claes",
                                    due: "Q1 2024"))
        e(22, 39, 20, .addActionItem(what: "Factsheet per wijk opmaken", who: nil, due: nil))
        e(22, 40, 0, .addFeedback(text: "Goede mix van uitleg en debat; de situatieschets mocht korter."))
        e(22, 40, 10, .addFeedback(text: "Graag de slides een week vooraf."))
        e(22, 40, 20, .addNote(text: "Schepen kon niet aanwezig zijn; wordt gebriefd door Ighor."))
        e(22, 40, 30, .addNote(text: "Koen Wouters vraagt cijfers per wijk voor de volgende commissie."))
        e(22, 40, 40, .addActionItem(what: "dubbel", who: nil, due: nil))
        e(22, 40, 45, .undo)
        if ended { e(22, 41, 0, .endWorkshop) }
        return list
    }
}
