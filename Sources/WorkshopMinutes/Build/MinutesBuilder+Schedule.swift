import Foundation
import WorkshopModel

// Section 2 and 3: the agenda as it ran, and who did the talking.
extension MinutesBuilder {
    func schedule() -> MinutesSchedule {
        let timing = session.timing(at: now ?? Instant(elapsed: 0, wall: Date(timeIntervalSince1970: 0)))
        let blocks = zip(session.agenda.blocks, timing.blocks).enumerated().map { index, pair in
            let (block, time) = pair
            let running = MinutesBuilder.rounded(time.runningSeconds)
            return MinutesBlock(
                number: index + 1, id: block.id, kind: block.kind, title: line(block.title),
                lead: block.lead.map(line), question: block.question.map(paragraph), prompts: block.prompts.map(line),
                notes: block.notes.map(paragraph), phases: block.phases.map { Phase(name: line($0.name), minutes: $0.minutes) },
                state: time.state, plannedStart: time.plannedStart, plannedEnd: time.plannedEnd,
                plannedMinutes: time.plannedMinutes, actualStartedAt: time.actualStart, actualEndedAt: time.actualEnd,
                actualStart: time.actualStart.map(clock), actualEnd: time.actualEnd.map(clock),
                runningSeconds: running, overSeconds: MinutesBuilder.rounded(running - Double(time.plannedMinutes * 60))
            )
        }
        let firstStart = blocks.compactMap(\.actualStartedAt).min()
        let lastEnd = session.endedAt?.wall ?? blocks.compactMap(\.actualEndedAt).max()
        let shift = session.planShiftMinutes
        return MinutesSchedule(
            blocks: blocks, plannedStart: session.agenda.plannedStart.map { $0 + shift },
            plannedEnd: session.agenda.plannedEnd.map { $0 + shift }, planShiftMinutes: shift,
            actualStart: firstStart.map(clock), actualEnd: session.endedAt != nil ? lastEnd.map(clock) : nil,
            driftSeconds: firstStart == nil ? nil : MinutesBuilder.rounded(timing.driftSeconds)
        )
    }

    func participation() -> MinutesParticipation {
        let talk = session.participation(
            at: now ?? Instant(elapsed: 0, wall: Date(timeIntervalSince1970: 0)))
        let blocks = session.agenda.blocks
        let perBlock = zip(blocks, talk.perBlock).compactMap { block, time -> MinutesTalk? in
            time.totalSeconds > 0 ? minutesTalk(time, title: line(block.title)) : nil
        }
        // Anonymous minutes show a grouped participant's talk only in the group's row; people who share a
        // label ("Deelnemer" for a shared first name) are added up, so a label never shows twice.
        var perLabel: [(name: String, group: String?, seconds: Double)] = []
        for row in talk.perPerson {
            let found = who(row.person)
            if options.anonymous, session.person(row.person)?.role == .participant, found.group != nil { continue }
            let name = found.name ?? "#\(row.person)"
            if let index = perLabel.firstIndex(where: { $0.name == name }) {
                perLabel[index].seconds += row.seconds
            } else {
                perLabel.append((name, found.group, row.seconds))
            }
        }
        let perPerson = perLabel
            .map { MinutesSpeaker(name: $0.name, group: $0.group, seconds: MinutesBuilder.rounded($0.seconds)) }
            .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.name < $1.name }
        return MinutesParticipation(
            target: talk.target, perBlock: perBlock, overall: minutesTalk(talk.overall, title: nil),
            perGroup: talk.perGroup.map {
                MinutesSpeaker(name: line($0.group), group: nil, seconds: MinutesBuilder.rounded($0.seconds))
            },
            perPerson: perPerson
        )
    }

    private func minutesTalk(_ time: TalkTime, title: String?) -> MinutesTalk {
        MinutesTalk(blockID: time.blockID, title: title,
                    participantSeconds: MinutesBuilder.rounded(time.participantSeconds),
                    moderatorSeconds: MinutesBuilder.rounded(time.moderatorSeconds),
                    presenterSeconds: MinutesBuilder.rounded(time.presenterSeconds))
    }
}
