extension AgendaFileReader {
    /// Resolves each block's planned start and length, and reports times that contradict each other:
    /// an end before its start, overlaps, and (as warnings) gaps.
    ///
    /// A block starts at its own `start`, else where the block before ends (the first block: at the agenda's
    /// `start`). It lasts until its `end`, else for its `minutes`.
    mutating func resolveSchedule(_ drafts: inout [BlockDraft], agendaStart: Located<ClockTime>?) {
        var previous: BlockDraft?
        for index in drafts.indices {
            var draft = drafts[index]
            var start: ClockTime?
            if let explicit = draft.start {
                start = explicit.value
                if let previous, let previousEnd = previous.plannedEnd {
                    checkJoin(previous: previous, previousEnd: previousEnd, next: draft, start: explicit)
                }
            } else if index == 0 {
                start = agendaStart?.value
                if start == nil && !draft.hasTimeProblem {
                    log.error("the first block, \(draft.label), has no `start`; give it `start: \"20:00\"`, or put `start:` at the top of the agenda", at: draft.mark)
                }
            } else {
                start = previous?.plannedEnd
            }

            var minutes: Int?
            if let end = draft.end {
                if let start {
                    if end.value > start {
                        minutes = end.value - start
                    } else {
                        reportEndNotAfterStart(draft, start: start, end: end, next: index + 1 < drafts.count ? drafts[index + 1] : nil)
                    }
                }
                if let written = draft.minutes, let minutes, written.value != minutes {
                    log.error("`minutes: \(written.value)` of \(draft.label) does not match its times \(start.map(\.description) ?? "?")–\(end.value) (\(minutes) minutes); keep only one of `end` and `minutes`", at: written.mark)
                }
            } else if let written = draft.minutes {
                minutes = written.value
            } else if !draft.hasTimeProblem {
                log.error("\(draft.label) has no `end` or `minutes`; add how long it lasts, e.g. `minutes: 25` or `end: \"20:25\"`", at: draft.mark)
            }
            draft.plannedStart = start
            draft.plannedMinutes = minutes
            drafts[index] = draft
            previous = draft
        }
    }

    /// Reports an overlap (error) or a gap (warning) between two consecutive blocks.
    private mutating func checkJoin(previous: BlockDraft, previousEnd: ClockTime, next: BlockDraft, start: Located<ClockTime>) {
        if start.value < previousEnd {
            let overlap = previousEnd - start.value
            var message = "\(next.label) starts at \(start.value), but the block before it (\(previous.label)) ends at \(previousEnd): they overlap by \(overlap) minutes; move this `start`, or end the block before earlier"
            if overlap > 12 * 60 {
                message += " (for a time after midnight write e.g. `\"\(Self.afterMidnight(start.value))\"`)"
            }
            log.error(message, at: start.mark)
        } else if start.value > previousEnd {
            log.warning("a gap of \(start.value - previousEnd) minutes between \(previous.label) (ends \(previousEnd)) and \(next.label) (starts \(start.value)); add a break block, or adjust the times if the gap is not meant", at: start.mark)
        }
    }

    /// The deck's "21:55 -> 21:20": an end at or before the start, reported at the `end` value.
    private mutating func reportEndNotAfterStart(_ draft: BlockDraft, start: ClockTime, end: Located<ClockTime>, next: BlockDraft?) {
        var message = end.value == start
            ? "`end` \(end.value) of \(draft.label) is the same as its `start`; the block would last 0 minutes"
            : "`end` \(end.value) of \(draft.label) is before its `start` \(start); a block must end after it starts"
        if let nextStart = next?.start?.value, nextStart > start {
            message += " — did you mean `end: \"\(nextStart)\"`, when the next block starts?"
        } else if end.value.minutes + 24 * 60 - start.minutes <= 6 * 60 {
            message += " — if it runs past midnight, write `end: \"\(Self.afterMidnight(end.value))\"`"
        } else {
            message += "; fix `end` or `start`"
        }
        log.error(message, at: end.mark)
    }

    /// A time written the day after, as the format spells it: 00:30 becomes "24:30".
    static func afterMidnight(_ time: ClockTime) -> String {
        let minute = time.minutes % 60
        return "\(time.minutes / 60 + 24):\(minute < 10 ? "0" : "")\(minute)"
    }
}
