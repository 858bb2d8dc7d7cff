/// A poll's result: counts and percentages, a scale's mean and median, a ranking's Borda points, the
/// texts of an open poll and their most frequent words.
///
/// - Scale: one row per value from min to max; counts include raised hands; mean and median over all
///   votes (the median of an even number of votes is the mean of the two middle ones).
/// - Single and traffic light: one row per option or colour; raised hands count as voters.
/// - Multi: one row per option; the percentage is of the voters, so rows add up to more than 100. A show
///   of hands cannot tell how many people raised a hand, so it adds to the voters only its largest count.
/// - Ranking: Borda points — with n options, first place n−1 points, last 0, unranked 0; rows sorted by
///   points (highest first, ties in option order); `count` is how many ranked the option first.
/// - Open: no rows; `texts` in voting order and their most frequent words.
public struct Tally: Sendable, Codable, Equatable {
    /// How many words an open poll's word list holds at most.
    public static let wordLimit = 30

    /// The poll tallied.
    public var poll: Poll
    /// How many voted: ballots plus raised hands (for multi, see the type's notes).
    public var voters: Int
    /// One row per option, scale value or colour (none for an open poll).
    public var rows: [TallyRow]
    /// The mean of a scale poll; nil for other kinds or without votes.
    public var mean: Double?
    /// The median of a scale poll; nil for other kinds or without votes.
    public var median: Double?
    /// The answers of an open poll, in the order the voters first voted.
    public var texts: [String]
    /// The most frequent words of an open poll's answers (stop words left out).
    public var words: [WordCount]

    /// The distribution of a scale poll: every value from min to max with its count; empty for other kinds.
    public var distribution: [TallyRow] { poll.kind == .scale ? rows : [] }

    /// Tallies `state`'s ballots and raised hands for `poll`. Choices that do not fit the poll are skipped.
    public init(poll: Poll, state: PollState) {
        self.poll = poll
        mean = nil
        median = nil
        texts = []
        words = []
        let hands = state.hands.filter { $0.value > 0 }
        switch poll.kind {
        case .scale:
            let values = Array(poll.scaleValues)
            var counts = values.map { hands[$0] ?? 0 }
            for choice in state.ballots.values {
                if case .scale(let v) = choice, poll.scaleValues.contains(v) { counts[v - poll.min] += 1 }
            }
            voters = counts.reduce(0, +)
            rows = Tally.rows(values.map { String($0) }, values: values, counts: counts, voters: voters)
            (mean, median) = Tally.meanAndMedian(values: values, counts: counts)
        case .single, .multi:
            var counts = poll.options.indices.map { hands[$0] ?? 0 }
            var ballots = 0
            for choice in state.ballots.values {
                switch choice {
                case .option(let i) where counts.indices.contains(i):
                    counts[i] += 1
                    ballots += 1
                case .options(let list) where poll.kind == .multi:
                    for i in Set(list) where counts.indices.contains(i) { counts[i] += 1 }
                    ballots += 1
                default: break
                }
            }
            let raised = poll.kind == .single ? hands.values.reduce(0, +) : (hands.values.max() ?? 0)
            voters = ballots + raised
            rows = Tally.rows(poll.options, values: Array(poll.options.indices), counts: counts, voters: voters)
        case .ranking:
            let n = poll.options.count
            var points = Array(repeating: 0, count: n)
            var firsts = Array(repeating: 0, count: n)
            var ballots = 0
            var counted = Array(repeating: -1, count: n)  // the ballot that last counted each option
            for case .ranking(let order) in state.ballots.values {
                for (place, i) in order.enumerated() where 0 <= i && i < n && counted[i] != ballots {
                    counted[i] = ballots
                    points[i] += max(0, n - 1 - place)
                    if place == 0 { firsts[i] += 1 }
                }
                ballots += 1
            }
            voters = ballots
            let order = poll.options.indices.sorted { points[$0] != points[$1] ? points[$0] > points[$1] : $0 < $1 }
            rows = order.map { i in
                TallyRow(label: poll.options[i], value: i, count: firsts[i],
                         percent: Tally.percent(firsts[i], of: ballots), points: points[i])
            }
        case .trafficLight:
            let lights = TrafficLight.allCases
            var counts = lights.map { hands[$0.rawValue] ?? 0 }
            for case .light(let light) in state.ballots.values { counts[light.rawValue] += 1 }
            voters = counts.reduce(0, +)
            rows = Tally.rows(lights.map { "\($0)" }, values: lights.map(\.rawValue), counts: counts, voters: voters)
        case .open:
            texts = state.voterOrder.compactMap { voter in
                if case .text(let text) = state.ballots[voter] { return text }
                return nil
            }
            voters = texts.count
            rows = []
            words = WordFrequency.top(texts, limit: Tally.wordLimit)
        }
    }

    private static func rows(_ labels: [String], values: [Int], counts: [Int], voters: Int) -> [TallyRow] {
        labels.indices.map { i in
            TallyRow(label: labels[i], value: values[i], count: counts[i], percent: percent(counts[i], of: voters))
        }
    }

    private static func percent(_ count: Int, of voters: Int) -> Double {
        voters > 0 ? Double(count) * 100 / Double(voters) : 0
    }

    /// Mean and median straight from the counts per value, without listing every vote.
    private static func meanAndMedian(values: [Int], counts: [Int]) -> (Double?, Double?) {
        let total = counts.reduce(0, +)
        guard total > 0 else { return (nil, nil) }
        let sum = zip(values, counts).reduce(0) { $0 + $1.0 * $1.1 }
        func value(at position: Int) -> Int {
            var seen = 0
            for (value, count) in zip(values, counts) {
                seen += count
                if position < seen { return value }
            }
            return values[values.count - 1]
        }
        let median = total % 2 == 1
            ? Double(value(at: total / 2))
            : Double(value(at: total / 2 - 1) + value(at: total / 2)) / 2
        return (Double(sum) / Double(total), median)
    }
}
