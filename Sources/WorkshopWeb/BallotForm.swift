import WorkshopModel

/// Turns posted fields into a vote or an answer, checked against what the room shows now.
enum BallotForm {
    /// Longest name or group a participant may give.
    static let nameLimit = 100
    /// Longest answer, in UTF-8 bytes (the request as a whole is limited too).
    static let textLimit = 4_000

    /// The vote in `fields` on the poll that takes votes in `snapshot`.
    static func vote(_ fields: FormFields, snapshot: RoomSnapshot) throws(WebProblem) -> Submission.Content {
        guard let pollID = try fields.single("poll") else { throw .malformed }
        guard let poll = snapshot.pollTakingVotes, poll.id == pollID else { throw .pollNotOpen }
        let choice = try choice(fields, for: poll)
        guard choice.fits(poll) else { throw .choiceDoesNotFit }
        return .vote(poll: poll.id, choice: choice)
    }

    /// The answer in `fields` to the round that takes answers in `snapshot`.
    static func answer(_ fields: FormFields, snapshot: RoomSnapshot) throws(WebProblem) -> Submission.Content {
        guard let block = try fields.single("block"), let text = try fields.single("text") else { throw .malformed }
        guard snapshot.roundTakingAnswers == block else { throw .roundNotOpen }
        guard let cleaned = Submission.cleaned(text) else { throw .emptyText }
        guard cleaned.utf8.count <= textLimit else { throw .tooLarge }
        let name = try fields.single("name").flatMap(Submission.cleaned)
        let group = try fields.single("group").flatMap(Submission.cleaned)
        guard (name?.count ?? 0) <= nameLimit, (group?.count ?? 0) <= nameLimit else { throw .fieldTooLong }
        return .answer(block: block, text: cleaned, name: name, group: name == nil ? nil : group)
    }

    private static func choice(_ fields: FormFields, for poll: Poll) throws(WebProblem) -> Choice {
        switch poll.kind {
        case .scale:
            return .scale(try number(fields.single("choice")))
        case .single:
            return .option(try number(fields.single("choice")))
        case .multi:
            let ticked = fields.values("choice")
            guard !ticked.isEmpty else { throw .choiceDoesNotFit }
            var indices: [Int] = []
            for value in ticked { indices.append(try number(value)) }
            return .options(indices)
        case .ranking:
            return .ranking(try ranking(fields, optionCount: poll.options.count))
        case .trafficLight:
            guard let value = try fields.single("choice") else { throw .choiceDoesNotFit }
            let light = TrafficLight.allCases.first { "\($0)" == value } ?? Int(value).flatMap(TrafficLight.init(rawValue:))
            guard let light else { throw .choiceDoesNotFit }
            return .light(light)
        case .open:
            guard let text = try fields.single("text") else { throw .malformed }
            guard let cleaned = Submission.cleaned(text) else { throw .emptyText }
            guard cleaned.utf8.count <= textLimit else { throw .tooLarge }
            return .text(cleaned)
        }
    }

    /// A ranking as a list (`ranking=2&ranking=0`) or as a place per option (`rank-0=2&rank-2=1`).
    private static func ranking(_ fields: FormFields, optionCount: Int) throws(WebProblem) -> [Int] {
        let listed = fields.values("ranking")
        if !listed.isEmpty {
            var order: [Int] = []
            for value in listed { order.append(try number(value)) }
            return order
        }
        var places: [(place: Int, option: Int)] = []
        for option in 0..<optionCount {
            guard let value = try fields.single("rank-\(option)"), !value.isEmpty else { continue }
            places.append((try number(value), option))
        }
        guard !places.isEmpty, Set(places.map(\.place)).count == places.count else { throw .choiceDoesNotFit }
        return places.sorted { $0.place < $1.place }.map(\.option)
    }

    private static func number(_ text: String?) throws(WebProblem) -> Int {
        guard let text, let value = Int(text) else { throw .choiceDoesNotFit }
        return value
    }
}
