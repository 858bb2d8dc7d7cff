import Foundation
import Hummingbird
import WorkshopModel

// The routes: joining, the room page, following the moderator, and the two ways to send something.
// Nothing here can change the agenda, read the roster or the session file, or show hidden answers: the
// pages are built from the published snapshot and the phone's own memory only.
extension RoomServer {
    /// Cookie that proves the phone joined: holds the join code, compared in constant time.
    static let joinCookie = "workshop-join"
    /// Cookie with the phone's random device token, which stands for it as a voter.
    static let deviceCookie = "workshop-device"
    /// How long the cookies last: one long evening.
    static let cookieSeconds = 12 * 3600

    func makeRouter() -> Router<RoomContext> {
        let router = Router(context: RoomContext.self)
        router.add(middleware: RoomGuard(server: self))
        router.get("/") { request, _ in self.home(request) }
        router.get("/j/:code") { request, context in
            self.join(request, context: context, typed: context.parameters.get("code") ?? "")
        }
        router.post("/join") { request, context in
            var request = request
            let body = try? await request.collectBody(upTo: 256)
            let fields = body.flatMap { FormFields(urlEncoded: Array(buffer: $0)) }
            let typed = (try? fields?.single("code")) ?? nil
            return self.join(request, context: context, typed: typed ?? "")
        }
        router.get("/room") { request, _ in self.room(request) }
        router.get("/room/content") { request, _ in self.roomContent(request) }
        router.get("/state.json") { request, _ in self.state(request) }
        router.get("/events") { request, _ in self.events(request) }
        router.post("/vote") { request, _ in await self.submit(request, kind: .vote) }
        router.post("/answer") { request, _ in await self.submit(request, kind: .answer) }
        router.get("/style.css") { _, _ in Self.asset(Assets.styleSheet, type: "text/css; charset=utf-8") }
        router.get("/app.js") { _, _ in Self.asset(Assets.script, type: "text/javascript; charset=utf-8") }
        return router
    }

    // MARK: Pages

    private func home(_ request: Request) -> Response {
        if joined(request) { return Self.redirect("/room") }
        return html(.ok, page.join(problem: nil))
    }

    private func join(_ request: Request, context: RoomContext, typed: String) -> Response {
        guard joinLimiter.allow(context.peer) else {
            return html(.tooManyRequests, page.join(problem: page.words.tooFast, typed: typed))
        }
        guard joinCode.matches(typed) else {
            return html(.forbidden, page.join(problem: page.words.wrongCode, typed: typed))
        }
        var response = Self.redirect("/room")
        response.setCookie(Self.cookie(Self.joinCookie, joinCode.value))
        if deviceToken(request) == nil { response.setCookie(Self.cookie(Self.deviceCookie, Self.newDeviceToken())) }
        return response
    }

    private func room(_ request: Request) -> Response {
        guard joined(request) else { return Self.redirect("/") }
        let device = deviceToken(request)
        var response = html(.ok, page.room(device: memory(of: device), flash: flash(request), problem: nil))
        if device == nil { response.setCookie(Self.cookie(Self.deviceCookie, Self.newDeviceToken())) }
        return response
    }

    /// The inside of the room page as JSON, for the script to swap in.
    private func roomContent(_ request: Request) -> Response {
        guard joined(request) else { return problemJSON(.notJoined) }
        let page = self.page
        let body = ContentReply(
            version: page.snapshot.version,
            title: page.title + " · " + page.snapshot.workshopTitle,
            heading: page.title,
            html: page.content(device: memory(of: deviceToken(request)), flash: flash(request), problem: nil)
        )
        return json(.ok, body)
    }

    private func state(_ request: Request) -> Response {
        guard joined(request) else { return problemJSON(.notJoined) }
        return json(.ok, StateReply(version: snapshot.version))
    }

    /// Server-sent events: the snapshot's version whenever it changes, and a keep-alive comment.
    private func events(_ request: Request) -> Response {
        guard joined(request) else { return problemJSON(.notJoined) }
        guard let (_, versions) = broadcaster.follow(current: snapshot.version) else { return problemJSON(.busy) }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
            for await version in versions {
                try await writer.write(ByteBuffer(string: version < 0 ? ": keep-alive\n\n" : "data: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }

    // MARK: Submissions

    enum SubmissionKind { case vote, answer }

    private func submit(_ request: Request, kind: SubmissionKind) async -> Response {
        let wantsJSON = Self.wantsJSON(request)
        do {
            guard !isStopped else { throw WebProblem.stopped }
            if let origin = request.headers[.origin], !Self.sameOrigin(origin, host: request.head.authority) {
                throw WebProblem.foreignOrigin
            }
            guard joined(request) else { throw WebProblem.notJoined }
            guard let device = deviceToken(request) else { throw WebProblem.noDevice }
            guard deviceLimiter.allow(device) else { throw WebProblem.tooFast }
            let fields = try await readFields(request)
            let snapshot = self.snapshot
            let content = kind == .vote
                ? try BallotForm.vote(fields, snapshot: snapshot)
                : try BallotForm.answer(fields, snapshot: snapshot)
            guard inbox.post(Submission(device: device, content: content)) else { throw WebProblem.busy }
            remember(content, of: device)
            let message = kind == .vote ? page.words.voteReceived : page.words.answerReceived
            if wantsJSON { return json(.accepted, Reply(ok: true, message: message)) }
            return Self.redirect(kind == .vote ? "/room?sent=vote" : "/room?sent=answer")
        } catch let problem as WebProblem {
            if wantsJSON { return problemJSON(problem) }
            let device = deviceToken(request)
            let words = page.words
            if problem == .notJoined || problem == .noDevice {
                return html(problem.status, page.join(problem: problem.message(in: words)))
            }
            return html(problem.status, page.room(device: memory(of: device), flash: nil, problem: problem.message(in: words)))
        } catch {
            return wantsJSON ? problemJSON(.malformed) : html(.badRequest, page.join(problem: page.words.malformed))
        }
    }

    /// The posted fields: a form or a JSON object of at most `bodyLimit` bytes, read whole or not at all.
    private func readFields(_ request: Request) async throws(WebProblem) -> FormFields {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.bodyLimit { throw .tooLarge }
        let type = (request.headers[.contentType] ?? "").lowercased()
        let isForm = type.hasPrefix("application/x-www-form-urlencoded")
        let isJSON = type.hasPrefix("application/json")
        guard isForm || isJSON else { throw .unsupportedType }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.bodyLimit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw .tooLarge
        } catch {
            throw .malformed
        }
        let bytes = Array(buffer: buffer)
        guard let fields = isJSON ? FormFields(json: bytes) : FormFields(urlEncoded: bytes) else { throw .malformed }
        return fields
    }

    /// Notes what a phone sent, so its page shows it as its own (done as the submission is accepted).
    public func remember(_ content: Submission.Content, of device: String) {
        shared.withLock { shared in
            guard shared.devices[device] != nil || shared.devices.count < Self.deviceMemoryLimit else { return }
            switch content {
            case .vote(let poll, let choice):
                shared.devices[device, default: DeviceMemory()].votes[poll] = choice
            case .answer(_, _, let name, let group):
                shared.devices[device, default: DeviceMemory()].name = name
                shared.devices[device, default: DeviceMemory()].group = group
            }
        }
    }

    /// Sets the vote a phone's page shows as its own on `poll` to what the session now holds for it, after
    /// the console changed it (an undo, a retracted vote); nil forgets it.
    public func settleVote(poll: String, device: String, choice: Choice?) {
        guard let choice else {
            shared.withLock { $0.devices[device]?.votes[poll] = nil }
            return
        }
        remember(.vote(poll: poll, choice: choice), of: device)
    }

    /// The vote the phone with this device token is shown as its own on `poll`.
    public func vote(of device: String, poll: String) -> Choice? {
        shared.withLock { $0.devices[device]?.votes[poll] }
    }

    // MARK: Helpers

    private var page: ParticipantPage { ParticipantPage(snapshot: snapshot) }

    private func memory(of device: String?) -> DeviceMemory {
        guard let device else { return DeviceMemory() }
        return shared.withLock { $0.devices[device] } ?? DeviceMemory()
    }

    private func flash(_ request: Request) -> String? {
        // After a vote the form itself says it was received; only an answer needs a word of thanks.
        request.uri.queryParameters.get("sent") == "answer" ? page.words.answerReceived : nil
    }

    func joined(_ request: Request) -> Bool {
        guard let presented = request.cookies[Self.joinCookie]?.value else { return false }
        return joinCode.matchesExactly(presented)
    }

    /// The device token from the cookie, if it has the shape of one (32 lowercase hex digits).
    func deviceToken(_ request: Request) -> String? {
        guard let token = request.cookies[Self.deviceCookie]?.value, token.utf8.count == 32,
              token.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
        else { return nil }
        return token
    }

    static func newDeviceToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private static func cookie(_ name: String, _ value: String) -> Cookie {
        Cookie(name: name, value: value, maxAge: cookieSeconds, path: "/", httpOnly: true, sameSite: .strict)
    }

    private static func wantsJSON(_ request: Request) -> Bool {
        (request.headers[.accept] ?? "").contains("application/json")
            || (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json")
    }

    /// Whether an Origin header names this very server (a form on another site cannot post here).
    private static func sameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    private func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    func problemJSON(_ problem: WebProblem) -> Response {
        var response = json(problem.status, Reply(ok: false, message: problem.message(in: page.words)))
        if problem == .tooFast { response.headers[.retryAfter] = "2" }
        return response
    }

    private static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    private static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "max-age=3600"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// What a vote or answer request gets back as JSON.
struct Reply: Codable, Equatable {
    var ok: Bool
    var message: String
}

/// What `/state.json` says: only the version, so polling pages know when to reload.
struct StateReply: Codable, Equatable {
    var version: Int
}

/// The room page's inside, for the script.
struct ContentReply: Codable, Equatable {
    var version: Int
    var title: String
    var heading: String
    var html: String
}
