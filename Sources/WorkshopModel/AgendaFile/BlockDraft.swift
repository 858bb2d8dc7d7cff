import Yams

/// A block as written in the file, before its times are resolved against the blocks around it.
struct BlockDraft {
    /// Where the block's mapping starts.
    var mark: Mark?
    /// How messages name the block: "block `debat-1`", or "block 4" when it has no id.
    var label: String
    var id: Located<String>?
    var kind: BlockKind?
    var title: String?
    var start: Located<ClockTime>?
    var end: Located<ClockTime>?
    var minutes: Located<Int>?
    var minimumMinutes: Located<Int>?
    var lead: Located<String>?
    var notes: String?
    var question: String?
    var phases: [Phase] = []
    /// Where `phases:` is written, to report phases that do not fit.
    var phasesMark: Mark?
    var polls: [Poll] = []
    var prompts: [String] = []
    /// A time was written but could not be read; already reported, so no follow-up errors about it.
    var hasTimeProblem = false

    /// Resolved from `start`, `end`, `minutes` and the block before; nil when that was impossible.
    var plannedStart: ClockTime?
    var plannedMinutes: Int?

    init(mark: Mark?, label: String) {
        self.mark = mark
        self.label = label
    }

    /// The planned end, once start and length are resolved.
    var plannedEnd: ClockTime? {
        guard let plannedStart, let plannedMinutes else { return nil }
        return plannedStart + plannedMinutes
    }

    /// The finished block, when everything it needs was read.
    var block: Block? {
        guard let id, let kind, let title, let plannedStart, let plannedMinutes else { return nil }
        return Block(
            id: id.value, kind: kind, title: title, plannedStart: plannedStart, plannedMinutes: plannedMinutes,
            lead: lead?.value, notes: notes, question: question, phases: phases, polls: polls, prompts: prompts,
            minimumMinutes: minimumMinutes?.value)
    }
}
