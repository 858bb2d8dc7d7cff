import Foundation
import WorkshopModel

/// The minutes as JSON for other tools: the complete document with `"format_version": 1`, keys in snake
/// case and sorted, dates in ISO 8601 with milliseconds and the session's UTC offset, durations in seconds,
/// clock times on the agenda as minutes since midnight of the session's day; absent values are `null`.
public enum JSONMinutes {
    /// The JSON text, pretty-printed, ending in a newline.
    public static func render(_ minutes: Minutes) -> Data {
        var writer = JSONWriter(capacity: 1 << 20)
        JSONDocument(minutes: minutes).write(to: &writer)
        return Data(writer.bytes + [0x0A])
    }
}

/// Writes every part of the minutes; every object lists its keys in sorted order.
private struct JSONDocument {
    let minutes: Minutes
    let clock: WallClock

    init(minutes: Minutes) {
        self.minutes = minutes
        clock = WallClock(zoneID: minutes.timeZone)
    }

    func date(_ value: Date?) -> String? { value.map(clock.iso8601) }

    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("actions", array: minutes.actions) { w, action in self.action(action, &w) }
            w.field("anonymous", bool: minutes.anonymous)
            w.field("as_of", date(minutes.asOf))
            w.field("date", minutes.date.map(\.description))
            w.field("ended_at", date(minutes.endedAt))
            w.field("feedback", array: minutes.feedback) { w, note in self.note(note, &w) }
            w.field("format_version", int: minutes.formatVersion)
            w.field("language", minutes.language.rawValue)
            w.field("notes", array: minutes.notes) { w, note in self.note(note, &w) }
            w.field("participation") { w in participation(minutes.participation, &w) }
            w.field("people", array: minutes.people) { w, person in self.person(person, &w) }
            w.field("place", minutes.place)
            w.field("polls", array: minutes.polls) { w, poll in self.poll(poll, &w) }
            w.field("rounds", array: minutes.rounds) { w, round in self.round(round, &w) }
            w.field("schedule") { w in schedule(minutes.schedule, &w) }
            w.field("started_at", date(minutes.startedAt))
            w.field("subtitle", minutes.subtitle)
            w.field("time_zone", minutes.timeZone)
            w.field("title", minutes.title)
            w.field("turns", array: minutes.turns) { w, turn in self.turn(turn, &w) }
        }
    }

    func person(_ person: MinutesPerson, _ w: inout JSONWriter) {
        w.object { w in
            w.field("group", person.group)
            w.field("name", person.name)
            w.field("number", int: person.number)
            w.field("removed", bool: person.removed)
            w.field("role", person.role.rawValue)
            w.field("title", person.title)
        }
    }

    func schedule(_ schedule: MinutesSchedule, _ w: inout JSONWriter) {
        w.field("actual_end", int: schedule.actualEnd?.minutes)
        w.field("actual_start", int: schedule.actualStart?.minutes)
        w.field("blocks", array: schedule.blocks) { w, block in self.block(block, &w) }
        w.field("drift_seconds", double: schedule.driftSeconds)
        w.field("plan_shift_minutes", int: schedule.planShiftMinutes)
        w.field("planned_end", int: schedule.plannedEnd?.minutes)
        w.field("planned_start", int: schedule.plannedStart?.minutes)
    }

    func block(_ block: MinutesBlock, _ w: inout JSONWriter) {
        w.object { w in
            w.field("actual_end", int: block.actualEnd?.minutes)
            w.field("actual_ended_at", date(block.actualEndedAt))
            w.field("actual_start", int: block.actualStart?.minutes)
            w.field("actual_started_at", date(block.actualStartedAt))
            w.field("id", block.id)
            w.field("kind", block.kind.rawValue)
            w.field("lead", block.lead)
            w.field("notes", block.notes)
            w.field("number", int: block.number)
            w.field("over_seconds", double: block.overSeconds)
            w.field("phases", array: block.phases) { w, phase in
                w.object { w in
                    w.field("minutes", int: phase.minutes)
                    w.field("name", phase.name)
                }
            }
            w.field("planned_end", int: block.plannedEnd.minutes)
            w.field("planned_minutes", int: block.plannedMinutes)
            w.field("planned_start", int: block.plannedStart.minutes)
            w.field("prompts", strings: block.prompts)
            w.field("question", block.question)
            w.field("running_seconds", double: block.runningSeconds)
            w.field("state", block.state.rawValue)
            w.field("title", block.title)
        }
    }

    func talk(_ talk: MinutesTalk, _ w: inout JSONWriter) {
        w.object { w in
            w.field("block_id", talk.blockID)
            w.field("moderator_seconds", double: talk.moderatorSeconds)
            w.field("participant_seconds", double: talk.participantSeconds)
            w.field("presenter_seconds", double: talk.presenterSeconds)
            w.field("title", talk.title)
        }
    }

    func speaker(_ speaker: MinutesSpeaker, _ w: inout JSONWriter) {
        w.object { w in
            w.field("group", speaker.group)
            w.field("name", speaker.name)
            w.field("seconds", double: speaker.seconds)
        }
    }

    func participation(_ participation: MinutesParticipation, _ w: inout JSONWriter) {
        w.key("overall")
        talk(participation.overall, &w)
        w.field("per_block", array: participation.perBlock) { w, talk in self.talk(talk, &w) }
        w.field("per_group", array: participation.perGroup) { w, speaker in self.speaker(speaker, &w) }
        w.field("per_person", array: participation.perPerson) { w, speaker in self.speaker(speaker, &w) }
        w.field("target", double: participation.target)
    }

    func turn(_ turn: MinutesTurn, _ w: inout JSONWriter) {
        w.object { w in
            w.field("from", date(turn.from))
            w.field("person", turn.person)
            w.field("person_number", int: turn.personNumber)
            w.field("speaker", turn.speaker.rawValue)
            w.field("to", date(turn.to))
        }
    }

    func poll(_ poll: MinutesPoll, _ w: inout JSONWriter) {
        w.object { w in
            w.field("ballots", array: poll.ballots) { w, ballot in
                w.object { w in
                    w.field("choice", ballot.choice)
                    w.field("count", int: ballot.count)
                    w.field("group", ballot.group)
                    w.field("person", int: ballot.person)
                    w.field("values", array: ballot.values) { $0.int($1) }
                    w.field("voter", ballot.voter)
                }
            }
            w.field("block_id", poll.blockID)
            w.field("block_title", poll.blockTitle)
            w.field("hands", int: poll.hands)
            w.field("id", poll.id)
            w.field("kind", poll.kind.rawValue)
            w.field("max_choices", int: poll.maxChoices)
            w.field("mean", double: poll.mean)
            w.field("median", double: poll.median)
            w.field("options", strings: poll.options)
            w.field("question", poll.question)
            w.field("rows", array: poll.rows) { w, row in
                w.object { w in
                    w.field("count", int: row.count)
                    w.field("label", row.label)
                    w.field("percent", double: row.percent)
                    w.field("points", int: row.points)
                    w.field("value", int: row.value)
                }
            }
            w.field("scale_max", int: poll.scaleMax)
            w.field("scale_min", int: poll.scaleMin)
            w.field("status", poll.status.rawValue)
            w.field("voters", int: poll.voters)
            w.field("words", array: poll.words) { w, word in self.word(word, &w) }
        }
    }

    func word(_ word: WordCount, _ w: inout JSONWriter) {
        w.object { w in
            w.field("count", int: word.count)
            w.field("word", word.word)
        }
    }

    func round(_ round: MinutesRound, _ w: inout JSONWriter) {
        w.object { w in
            w.field("answers", array: round.answers) { w, answer in self.answer(answer, &w) }
            w.field("block_id", round.blockID)
            w.field("block_title", round.blockTitle)
            w.field("groups", array: round.groups) { w, group in
                w.object { w in
                    w.field("answers", array: group.answers) { $0.int(round.answers[$1].id) }
                    w.field("basis", group.basis.rawValue)
                    w.field("title", group.title)
                }
            }
            w.field("kind", round.kind.rawValue)
            w.field("prompts", strings: round.prompts)
            w.field("question", round.question)
            w.field("words", array: round.words) { w, word in self.word(word, &w) }
        }
    }

    func answer(_ answer: MinutesAnswer, _ w: inout JSONWriter) {
        w.object { w in
            w.field("block_id", answer.blockID)
            w.field("edited_at", date(answer.editedAt))
            w.field("group", answer.group)
            w.field("hidden", bool: answer.hidden)
            w.field("id", int: answer.id)
            w.field("origin", answer.origin)
            w.field("person", answer.person)
            w.field("person_number", int: answer.personNumber)
            w.field("recorded_at", date(answer.recordedAt))
            w.field("tags", strings: answer.tags)
            w.field("text", answer.text)
        }
    }

    func action(_ action: MinutesAction, _ w: inout JSONWriter) {
        w.object { w in
            w.field("due", action.due)
            w.field("id", int: action.id)
            w.field("recorded_at", date(action.recordedAt))
            w.field("what", action.what)
            w.field("who", action.who)
        }
    }

    func note(_ note: MinutesNote, _ w: inout JSONWriter) {
        w.object { w in
            w.field("block_id", note.blockID)
            w.field("block_title", note.blockTitle)
            w.field("id", int: note.id)
            w.field("recorded_at", date(note.recordedAt))
            w.field("text", note.text)
        }
    }
}
