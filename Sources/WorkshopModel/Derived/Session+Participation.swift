// Talk time: turns intersected with the time blocks actually ran.
extension Session {
    /// Talk time at `now` (clamped to the last event): each turn counts only where it overlaps a running
    /// stretch of a block, and goes to that block.
    public func participation(at now: Instant) -> Participation {
        let now = clamped(now).elapsed
        var stretches: [(start: Double, end: Double, block: Int)] = []
        for (index, run) in runs.enumerated() {
            for span in run.segments {
                stretches.append((span.start, span.end ?? max(now, span.start), index))
            }
        }
        stretches.sort { $0.start < $1.start }

        var perBlock = agenda.blocks.map { TalkTime(blockID: $0.id) }
        var overall = TalkTime(blockID: nil)
        var perPerson = [PersonID: Double]()
        // Turns and stretches are each in time order and never overlap among themselves: one sweep.
        var first = 0
        for turn in turns where turn.speaker != .nobody {
            let end = turn.end ?? max(now, turn.start)
            while first < stretches.count, stretches[first].end <= turn.start { first += 1 }
            var next = first
            while next < stretches.count, stretches[next].start < end {
                let overlap = min(end, stretches[next].end) - max(turn.start, stretches[next].start)
                if overlap > 0 {
                    perBlock[stretches[next].block].add(overlap, by: turn.speaker)
                    overall.add(overlap, by: turn.speaker)
                    if let person = turn.speaker.person { perPerson[person, default: 0] += overlap }
                }
                next += 1
            }
        }

        var perGroup = [String: Double]()
        for (id, seconds) in perPerson.sorted(by: { $0.key < $1.key }) {  // a fixed order keeps sums exact
            if let group = person(id)?.group { perGroup[group, default: 0] += seconds }
        }
        return Participation(
            target: agenda.participationTarget, perBlock: perBlock, overall: overall,
            perPerson: perPerson.map { PersonTalk(person: $0.key, seconds: $0.value) }
                .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.person < $1.person },
            perGroup: perGroup.map { GroupTalk(group: $0.key, seconds: $0.value) }
                .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.group < $1.group },
            nowSpeaking: currentSpeaker
        )
    }
}
