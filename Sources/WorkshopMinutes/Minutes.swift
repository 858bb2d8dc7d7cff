import Foundation
import WorkshopModel

/// The minutes of a session: a neutral document that every format renders, in the order the minutes read.
///
/// Built from a `Session` alone, without a clock: the figures are those at the session's end, or at its last
/// event while it still runs. Every recorded text is cleaned of control characters and escape sequences;
/// anonymous minutes carry labels instead of participants' names everywhere (see `MinutesOptions`).
public struct Minutes: Sendable, Codable, Equatable {
    /// The version of this document's JSON form; raised when a field changes meaning or disappears.
    public static let currentFormatVersion = 1

    /// The JSON form's version, `currentFormatVersion`.
    public var formatVersion: Int
    /// The language the labels are in: the session's.
    public var language: Language
    /// Whether participants are named by label instead of by name.
    public var anonymous: Bool
    /// 1. The workshop's title.
    public var title: String
    /// A second line under the title, e.g. the committee.
    public var subtitle: String?
    /// The workshop's day: the agenda's, or the local day it started.
    public var date: CivilDate?
    /// Where the workshop was held.
    public var place: String?
    /// The IANA time zone the clock times are in.
    public var timeZone: String
    /// The first event's moment.
    public var startedAt: Date?
    /// When the workshop was ended; nil while it runs.
    public var endedAt: Date?
    /// The moment the figures hold for: the end, or the last event of a session that still runs.
    public var asOf: Date?
    /// Everyone on the roster, in roster order.
    public var people: [MinutesPerson]
    /// 2. The agenda as planned and as it ran.
    public var schedule: MinutesSchedule
    /// 3. Participation.
    public var participation: MinutesParticipation
    /// Who had the floor when.
    public var turns: [MinutesTurn]
    /// 4. Every poll, agenda order.
    public var polls: [MinutesPoll]
    /// 5. and 6. Every block's round of answers, agenda order; those of the close are part of section 6.
    public var rounds: [MinutesRound]
    /// 6. Actions, feedback and notes.
    public var actions: [MinutesAction]
    /// Feedback on the workshop, in order of recording.
    public var feedback: [MinutesNote]
    /// Free notes, in order of recording.
    public var notes: [MinutesNote]

    /// Whether the workshop was ended; otherwise these are provisional minutes of a running session.
    public var ended: Bool { endedAt != nil }

    /// The minutes of `session`, with names or anonymous.
    public init(session: Session, options: MinutesOptions = MinutesOptions()) {
        self = MinutesBuilder(session: session, options: options).build()
    }

    /// Minutes assembled part by part (used by the builder).
    init(
        language: Language, anonymous: Bool, title: String, subtitle: String?, date: CivilDate?, place: String?,
        timeZone: String, startedAt: Date?, endedAt: Date?, asOf: Date?, people: [MinutesPerson],
        schedule: MinutesSchedule, participation: MinutesParticipation, turns: [MinutesTurn],
        polls: [MinutesPoll], rounds: [MinutesRound], actions: [MinutesAction], feedback: [MinutesNote],
        notes: [MinutesNote]
    ) {
        formatVersion = Minutes.currentFormatVersion
        self.language = language
        self.anonymous = anonymous
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.place = place
        self.timeZone = timeZone
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.asOf = asOf
        self.people = people
        self.schedule = schedule
        self.participation = participation
        self.turns = turns
        self.polls = polls
        self.rounds = rounds
        self.actions = actions
        self.feedback = feedback
        self.notes = notes
    }

    /// The people with a role, not removed, in roster order.
    public func people(_ role: Role) -> [MinutesPerson] {
        people.filter { $0.role == role && !$0.removed }
    }
}
