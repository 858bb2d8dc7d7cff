import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Keys as the moderator and note-taker press them: what each records, and how few are needed.
@Suite("Console keys")
struct AppKeyTests {
    /// A rehearsal with the first block running and two participants on the roster.
    private func running() -> AppRehearsal {
        var r = AppRehearsal(at: "20:00:00")
        r.press(.char(" "), .function(2))
        for (name, group) in [("Els Peeters", "CD&V"), ("Bart Wouters", "Groen")] {
            r.press(.char("+"))
            r.type(name)
            r.press(.tab)
            r.type(group)
            r.press(.enter)
        }
        return r
    }

    @Test("The end-to-end key sequence of E2E-KEYS.md shows what it promises")
    func endToEndSequence() {
        var r = AppRehearsal(at: "20:00:00")
        #expect(r.screen(width: 100, height: 30).text().contains("Workshop: Mechelse warmtestrategie en Mechelse warmtecoalitie"))
        r.press(.char(" "))
        #expect(r.screen(width: 100, height: 30).text().contains("▶ loopt"))
        r.at("20:01:00")
        r.press(.char("n"), .char("n"))
        #expect(r.screen(width: 100, height: 30).text().contains("3/7  Debat 1 – Beleidsrol Warmte Mechelen"))
        r.press(.function(2), .char("+"))
        r.type("Els Peeters")
        r.press(.tab)
        r.type("CD&V")
        r.press(.enter)
        var screen = r.screen(width: 100, height: 30).text()
        #expect(screen.contains("Els Peeters · CD&V"))
        #expect(screen.contains("✓ Els Peeters toegevoegd"))
        r.press(.char("a"))
        r.type("el")
        r.press(.enter)
        r.type("Geïntegreerde aanpak – Mechelaar")
        r.press(.enter)
        screen = r.screen(width: 100, height: 30).text()
        #expect(screen.contains("Els Peeters (CD&V): Geïntegreerde aanpak – Mechelaar"))
        #expect(screen.contains("✓ antwoord van Els Peeters"))
        r.press(.function(3), .char("c"), .char("a"), .enter)
        screen = r.screen(width: 100, height: 30).text()
        #expect(screen.contains("c>a"))
        #expect(screen.contains("open · verborgen · 1 stem"))
        #expect(!screen.contains("3 punten"))
        r.press(.char("r"))
        screen = r.screen(width: 100, height: 30).text()
        #expect(screen.contains("c Governance creëren"))
        #expect(screen.contains("3 punten · 1× eerst"))
        r.press(.left, .left, .left, .char("h"), .char("4"), .char("4"), .char("5"), .char("r"))
        screen = r.screen(width: 100, height: 30).text()
        #expect(screen.contains("Hoe goed ken ik het thema Warmte?"))
        #expect(screen.contains("3 stemmen"))
        #expect(screen.contains("gemiddelde 4,3 · mediaan 4,0"))
        #expect(r.press(.char("q")).command == AppCommand.none)
        #expect(r.screen(width: 100, height: 30).text().contains("! Er loopt nog een blok. Toch afsluiten? j/n"))
        #expect(r.press(.char("j")).command == .quit)
    }

    @Test("One key records a scale vote for the chosen participant and moves to the next")
    func oneKeyScaleVote() {
        var r = running()
        r.press(.function(3))
        #expect(r.app.shownPoll?.poll.id == "kennis-warmte")
        let reply = r.press(.char("4"))
        #expect(reply.events.map(\.action) == [
            .openPoll(id: "kennis-warmte"),
            .castVote(poll: "kennis-warmte", voter: .person(3), choice: .scale(4)),
        ])
        #expect(r.app.poll.voter == 1)
        // The next vote is one key and one event: the poll is open now.
        #expect(r.press(.char("2")).events.map(\.action) == [.castVote(poll: "kennis-warmte", voter: .person(4), choice: .scale(2))])
        #expect(r.app.session.tally(poll: "kennis-warmte")?.mean == 3)
    }

    @Test("A show of hands: one key per hand, − takes one back, results hidden until r")
    func handsCount() {
        var r = running()
        r.press(.function(3), .char("h"), .char("5"), .char("5"), .char("3"), .char("-"))
        #expect(r.app.session.pollState(id: "kennis-warmte").hands == [5: 2])
        #expect(!r.screen(width: 80, height: 24).text().contains("gemiddelde"))
        r.press(.char("r"))
        #expect(r.screen(width: 80, height: 24).text().contains("gemiddelde 5,0 · mediaan 5,0"))
    }

    @Test("A roster member's answer starts in at most three keys, from the console or the notes")
    func threeKeysToAnAnswer() {
        for start in [Key.function(1), .function(2)] {
            var r = running()
            r.press(start)
            r.press(.char("a"), .char("b"), .enter)
            guard let composer = r.app.notes.composer else {
                Issue.record("no answer box")
                continue
            }
            #expect(composer.stage == .writing)
            #expect(composer.person == 4)
            #expect(r.app.isTyping)
            r.type("Meer overleg met de buurt #buurt")
            let reply = r.press(.enter)
            #expect(reply.events.map(\.action) == [.addAnswer(block: "intro", person: 4, text: "Meer overleg met de buurt",
                                                               tags: ["buurt"], origin: .console)])
            #expect(r.app.notes.composer == nil)
        }
    }

    @Test("A digit picks from the filtered list, 0 answers anonymously, an unknown name is added")
    func pickerShortcuts() {
        var r = running()
        r.press(.function(2), .char("a"), .char("2"))
        #expect(r.app.notes.composer?.person == 4)
        r.press(.escape)
        r.press(.char("a"), .char("0"))
        #expect(r.app.notes.composer?.stage == .writing)
        #expect(r.app.notes.composer?.person == nil)
        r.press(.escape, .char("a"))
        r.type("Lotte")
        let reply = r.press(.enter)
        #expect(reply.events.map(\.action) == [.addPerson(name: "Lotte", group: nil, role: .participant)])
        #expect(r.app.notes.composer?.person == 5)
        #expect(r.app.notes.composer?.stage == .writing)
    }

    @Test("Esc keeps typed text once and discards it on the second press")
    func escapeTwiceDiscards() {
        var r = running()
        r.press(.function(2), .char("a"), .char("e"), .enter)
        r.type("Half gezegd")
        r.press(.escape)
        #expect(r.app.notes.composer?.editor.text == "Half gezegd")
        #expect(r.app.message?.isWarning == true)
        r.press(.escape)
        #expect(r.app.notes.composer == nil)
    }

    @Test("Switching screens while typing keeps the draft; `a` brings it back")
    func draftSurvivesScreens() {
        var r = running()
        r.press(.function(2), .char("a"), .char("e"), .enter)
        r.type("Nog bezig")
        r.press(.function(1))
        #expect(!r.app.isTyping)
        r.press(.char("a"))
        #expect(r.app.screen == .notes)
        #expect(r.app.notes.composer?.editor.text == "Nog bezig")
    }

    @Test("Every recorded thing is undone with one key")
    func undoOneKey() {
        var r = running()
        let people = r.app.session.people.count
        r.press(.function(1), .char("d"))
        #expect(r.app.session.currentSpeaker == .participant(nil))
        r.press(.char("u"))
        #expect(r.app.session.currentSpeaker == .nobody)
        r.press(.function(3), .char("3"))
        #expect(r.app.session.pollState(id: "kennis-warmte").ballots.count == 1)
        r.press(.char("u"))
        #expect(r.app.session.pollState(id: "kennis-warmte").ballots.isEmpty)
        #expect(r.app.message?.text.hasPrefix("Ongedaan gemaakt: stem van Els Peeters") == true)
        r.press(.function(2), .char("u"), .char("u"))
        #expect(r.app.session.people.count == people - 1)
    }

    @Test("Quitting asks first while a block runs; y or j quits, anything else stays")
    func quitConfirmation() {
        var idle = AppRehearsal(at: "19:50:00")
        #expect(idle.press(.char("q")).command == .quit)

        var r = running()
        #expect(r.press(.char("q")).command == AppCommand.none)
        #expect(r.app.prompt == .confirmQuit)
        #expect(r.press(.char("n")).command == AppCommand.none)
        #expect(r.app.prompt == nil)
        #expect(r.press(.ctrl("c")).command == AppCommand.none)
        #expect(r.press(.ctrl("c")).command == .quit)
        r.press(.char("q"))
        #expect(r.press(.char("y")).command == .quit)
    }

    @Test("Space starts, pauses and resumes; n and p move between blocks; g jumps by number")
    func blockClock() {
        var r = AppRehearsal(at: "20:00:00")
        #expect(r.press(.char(" ")).events.map(\.action) == [.startBlock])
        #expect(r.press(.char(" ")).events.map(\.action) == [.pauseBlock])
        #expect(r.press(.char(" ")).events.map(\.action) == [.resumeBlock])
        r.press(.char("n"))
        #expect(r.app.session.currentBlock == 1)
        r.press(.char("g"), .char("6"))
        #expect(r.app.session.currentBlock == 5)
        r.press(.char("p"))
        #expect(r.app.session.currentBlock == 4)
        #expect(r.app.needsSecondTicks)
    }

    @Test("Speaker keys are one key each; s gives the floor to the block's presenter")
    func speakers() {
        var r = AppRehearsal(at: "20:00:00")
        r.press(.char(" "), .char("n"))
        #expect(r.press(.char("s")).events.map(\.action) == [.speaking(.presenter(2))])
        #expect(r.press(.char("m")).events.map(\.action) == [.speaking(.moderator)])
        #expect(r.press(.char("d")).events.map(\.action) == [.speaking(.participant(nil))])
        #expect(r.press(.char("x")).events.map(\.action) == [.speaking(.nobody)])
    }

    @Test("A ranking takes letters in order and Enter; a multi-choice letter toggles")
    func rankingEntry() {
        var r = running()
        r.at("20:30:00")
        r.press(.function(1), .char("g"), .char("3"), .function(3))
        #expect(r.app.shownPoll?.poll.id == "beleidsrollen")
        r.press(.char("d"), .char("b"), .char("d"), .char("a"))
        #expect(r.app.poll.pending == [1, 0])
        let reply = r.press(.enter)
        #expect(reply.events.last?.action == .castVote(poll: "beleidsrollen", voter: .person(3), choice: .ranking([1, 0])))
        #expect(r.app.poll.pending.isEmpty)
    }

    @Test("The console speaks the agenda's language unless told otherwise")
    func language() {
        #expect(AppRehearsal().app.language == .nl)
        let english = AppRehearsal(language: .en)
        #expect(english.app.language == .en)
        #expect(english.screen(width: 80, height: 24).text().contains("space: start the block"))
    }

    @Test("Tags typed as #words leave the text and become the answer's tags")
    func tags() {
        #expect(Tags.split("Geïntegreerde aanpak #governance, en #Visie #governance").text == "Geïntegreerde aanpak en")
        #expect(Tags.split("Geïntegreerde aanpak #governance, en #Visie #governance").tags == ["governance", "Visie"])
        #expect(Tags.split("nr #1 en # en #") == ("nr en # en #", ["1"]))
        #expect(Tags.join(text: "Tekst", tags: ["a", "b"]) == "Tekst #a #b")
    }

    @Test("Every key the help lists reaches a request on its screen")
    func helpMatchesKeys() {
        for screen in ScreenKind.allCases {
            for binding in KeyMap.bindings(screen) {
                for key in binding.keys {
                    #expect(KeyMap.request(for: key, on: screen) == binding.request, "\(key) on \(screen)")
                }
            }
        }
        // Option letters never shadow the poll screen's own keys.
        for command in ["h", "o", "r", "q", "u"] {
            #expect(!KeyMap.optionLetters.contains(Character(command)))
        }
    }

    @Test("The chosen answer is edited, hidden and deleted with one key each, and each is undone")
    func editHideDelete() {
        var r = running()
        r.press(.char("a"), .char("e"), .enter)
        r.type("Eerste #een")
        r.press(.enter, .char("a"), .char("b"), .enter)
        r.type("Tweede")
        r.press(.enter)
        #expect(r.app.roundAnswers.map(\.text) == ["Eerste", "Tweede"])
        r.press(.up, .char("e"))
        #expect(r.app.notes.composer?.editor.text == "Eerste #een")
        r.press(.backspace, .backspace, .backspace, .backspace)
        r.type("#twee")
        r.press(.enter)
        #expect(r.app.roundAnswers.first?.tags == ["twee"])
        r.press(.up, .char("h"))
        #expect(r.app.roundAnswers.first?.hidden == true)
        r.press(.char("x"))
        #expect(r.app.roundAnswers.map(\.text) == ["Tweede"])
        r.press(.char("u"))
        #expect(r.app.roundAnswers.map(\.text) == ["Eerste", "Tweede"])
        r.press(.char("u"), .char("u"))
        #expect(r.app.roundAnswers.first?.hidden == false)
        #expect(r.app.roundAnswers.first?.tags == ["een"])
    }

    @Test("Actions, feedback and notes are one form each")
    func closeRecords() {
        var r = running()
        r.press(.char("t"))
        r.type("Charter voorbereiden")
        r.press(.tab)
        r.type("Ighor")
        r.press(.tab)
        r.type("Q1 2024")
        #expect(r.press(.enter).events.map(\.action) == [.addActionItem(what: "Charter voorbereiden", who: "Ighor", due: "Q1 2024")])
        r.press(.char("f"))
        r.type("Goed getimed")
        #expect(r.press(.enter).events.map(\.action) == [.addFeedback(text: "Goed getimed")])
        r.press(.char("n"))
        #expect(r.press(.enter).events.isEmpty)
        #expect(r.app.message?.isWarning == true)
        r.type("Zaal te warm")
        #expect(r.press(.enter).events.map(\.action) == [.addNote(text: "Zaal te warm")])
        #expect(r.app.notes.form == nil)
        #expect(r.screen(width: 80, height: 24).text().contains("Notitie: Zaal te warm"))
    }

    @Test("The moderator opens, closes and reveals a poll; a closed poll takes no votes")
    func pollOpenCloseReveal() {
        var r = running()
        r.press(.function(3))
        #expect(r.press(.char("o")).events.map(\.action) == [.openPoll(id: "kennis-warmte")])
        #expect(r.press(.char("o")).events.map(\.action) == [.closePoll(id: "kennis-warmte")])
        #expect(r.press(.char("3")).events.isEmpty)
        #expect(r.app.message?.isWarning == true)
        #expect(r.press(.char("r")).events.map(\.action) == [.revealPoll(id: "kennis-warmte", revealed: true)])
        #expect(r.press(.char("r")).events.map(\.action) == [.revealPoll(id: "kennis-warmte", revealed: false)])
    }

    @Test("An open question's answer is typed after Enter, for the chosen participant")
    func openPollText() {
        var r = running()
        r.press(.function(3), .right, .right)
        #expect(r.app.shownPoll?.poll.kind == .open)
        r.press(.enter)
        #expect(r.app.isTyping)
        r.type("Wat kost het?")
        let reply = r.press(.enter)
        #expect(reply.events.map(\.action) == [.openPoll(id: "vragen-warmte"),
                                               .castVote(poll: "vragen-warmte", voter: .person(3), choice: .text("Wat kost het?"))])
        #expect(r.app.poll.form == nil)
        #expect(r.app.poll.voter == 1)
    }

    @Test("D picks the participant who speaks by part of the name")
    func pickSpeaker() {
        var r = running()
        r.press(.function(1), .char("D"))
        #expect(r.app.isTyping)
        r.type("ba")
        #expect(r.press(.enter).events.map(\.action) == [.speaking(.participant(4))])
        #expect(r.app.prompt == nil)
    }

    @Test("r corrects a name or group picked from the roster; u takes the correction back")
    func renamePerson() {
        var r = running()
        r.press(.char("r"))
        r.type("ba")
        r.press(.enter)
        #expect(r.app.notes.form?.fields.map(\.text) == ["Bart Wouters", "Groen"])
        r.press(.tab, .ctrl("u"))
        r.type("Groen (fractievoorzitter)")
        #expect(r.press(.enter).events.map(\.action) == [.renamePerson(id: 4, name: "Bart Wouters", group: "Groen (fractievoorzitter)")])
        #expect(r.app.notes.form == nil)
        #expect(r.app.session.person(4)?.group == "Groen (fractievoorzitter)")
        r.press(.char("u"))
        #expect(r.app.session.person(4)?.group == "Groen")
        // The next + adds someone again rather than correcting.
        r.press(.char("+"))
        r.type("Jef Maes")
        #expect(r.press(.enter).events.map(\.action) == [.addPerson(name: "Jef Maes", group: nil, role: .participant)])
    }

    @Test("- takes someone picked from the roster off it; their answer stays; u puts them back")
    func removePerson() {
        var r = running()
        r.press(.char("a"))
        r.type("ba")
        r.press(.enter)
        r.type("Eerst isoleren")
        r.press(.enter)
        r.press(.char("-"))
        #expect(r.screen(width: 100, height: 30).text().contains("Wie van de lijst halen?"))
        r.type("ba")
        #expect(r.press(.enter).events.map(\.action) == [.removePerson(id: 4)])
        #expect(r.app.notes.renamePicker == nil)
        #expect(!r.app.session.activePeople.contains { $0.id == 4 })
        let screen = r.screen(width: 100, height: 30).text()
        #expect(!screen.contains("Bart Wouters · Groen"))
        #expect(screen.contains("Eerst isoleren"))
        r.press(.char("u"))
        #expect(r.app.session.activePeople.contains { $0.id == 4 })
        // Esc leaves the roster as it was.
        r.press(.char("-"), .escape)
        #expect(r.app.notes.renamePicker == nil)
        #expect(r.app.session.activePeople.count == 2 + BundledAgenda.mechelen().people.count)
    }

    @Test("Quitting with typed text not yet saved asks first, even when no block runs")
    func quitWithOpenText() {
        var r = AppRehearsal(at: "19:50:00")
        r.press(.function(2), .char("n"))
        r.type("Nog te bewaren")
        #expect(r.press(.ctrl("c")).command == AppCommand.none)
        #expect(r.app.message?.text == r.app.strings.confirmQuitText)
        #expect(r.press(.char("j")).command == .quit)
    }
}
