import Foundation
import Synchronization
import WorkshopModel

/// The moderator's console: the session and everything the screens remember between keys.
///
/// Keys go in through `handle(_:at:)`, which never changes the session itself: it answers with the
/// events to record. The loop commits each event and hands it back through `record(_:)`, the only place
/// the session changes. `render(into:at:)` draws the current screen from this state and a moment.
struct ConsoleApp: Sendable {
    /// The workshop as recorded so far.
    private(set) var session: Session {
        didSet { sessionStamp = Self.nextStamp() }
    }
    /// A number no other state of any session in this process has had: frames compare it instead of
    /// whole sessions.
    private(set) var sessionStamp: Int
    /// The body of the last frame (see `render`).
    let bodyCache = BodyCache()
    /// Every word on screen, in the console's language.
    let strings: Strings
    /// The screen shown; the review screen's word counts are brought up to date whenever it is chosen.
    var screen: ScreenKind = .console {
        didSet { refreshReviewDigest() }
    }
    /// The screen whose keys the help screen lists (the one it was opened from).
    var helpFor: ScreenKind = .console
    /// A question waiting for its answer key.
    var prompt: Prompt?
    var notes = NotesDesk()
    var poll = PollDesk()
    var review = ReviewDesk()
    /// Lines the help screen is scrolled down.
    var helpScroll = 0
    /// Feedback on the last key.
    var message: StatusMessage?
    /// The room's web server as the screens show it: where phones join; nil without `--serve`.
    var room: RoomBoard?
    /// Whether the console shows the join panel (addresses, code, QR code) instead of the agenda.
    var showsRoomPanel = false

    /// A console on `session`, in `language` (by default the agenda's own).
    init(session: Session, language: Language? = nil) {
        self.session = session
        sessionStamp = Self.nextStamp()
        strings = Strings(language ?? session.agenda.language)
        followCurrentBlock()
    }

    /// The language the console speaks.
    var language: Language { strings.language }

    /// The current block, if the agenda has any.
    var currentBlock: Block? {
        session.agenda.blocks.indices.contains(session.currentBlock) ? session.agenda.blocks[session.currentBlock] : nil
    }

    /// Whether keys currently type text (so letters are text, not commands) on the screen shown.
    var isTyping: Bool {
        if let prompt, case .pickSpeaker = prompt { return true }
        switch screen {
        case .notes: return notes.composer != nil || notes.form != nil || notes.renamePicker != nil
        case .poll: return poll.form != nil
        default: return false
        }
    }

    /// Whether anything typed but not yet recorded would be lost by quitting.
    var hasOpenText: Bool {
        if let composer = notes.composer, !composer.editor.isEmpty { return true }
        return (notes.form?.hasText ?? false) || (poll.form?.hasText ?? false)
    }

    /// Whether anything on screen changes by the second: the loop then wakes at each second boundary.
    /// Otherwise only keys (and the wall clock's minute, see `render`) change the screen.
    var needsSecondTicks: Bool { session.isRunning }

    /// Draws the whole screen into a blank buffer of its size (the loop handles sizes below 40×12).
    func render(into buffer: inout ScreenBuffer, at now: Instant) {
        ScreenFrame.render(self, into: &buffer, at: now) { app, area, buffer in
            switch app.screen {
            case .console: ConsoleScreen.render(app, area: area, into: &buffer, at: now)
            case .notes: NotesScreen.render(app, area: area, into: &buffer, at: now)
            case .poll: PollScreen.render(app, area: area, into: &buffer, at: now)
            case .review: ReviewScreen.render(app, area: area, into: &buffer, at: now)
            case .help: HelpScreen.render(app, area: area, into: &buffer, at: now)
            }
        }
    }

    /// What the body of a frame of this size at `now` is drawn from.
    func bodyKey(width: Int, height: Int, at now: Instant) -> BodyCache.Key {
        var picker: PersonPicker?
        if case .pickSpeaker(let shown) = prompt { picker = shown }
        // As often as the loop draws on its own (see `needsSecondTicks`): what a body shows moves no faster.
        let step = needsSecondTicks ? 1 : 60
        return BodyCache.Key(
            width: width, height: height, language: language, sessionStamp: sessionStamp, screen: screen,
            helpFor: helpFor, helpScroll: helpScroll, notes: notes, poll: poll, review: review, room: room,
            showsRoomPanel: showsRoomPanel, speakerPicker: picker, timeStep: step,
            elapsedSteps: Int((now.elapsed / Double(step)).rounded(.down)),
            wallSteps: Int((now.wall.timeIntervalSince1970 / Double(step)).rounded(.down)))
    }

    private static let stamps = Atomic<Int>(0)

    private static func nextStamp() -> Int {
        stamps.add(1, ordering: .relaxed).newValue
    }

    /// Applies a committed event to the session and lets the screens catch up; returns what became of it.
    @discardableResult
    mutating func record(_ event: Event) -> Outcome {
        let undoing = event.action == .undo ? session.lastUndoable : nil
        let rosterBefore = session.people.count
        let outcome = session.apply(event)
        switch outcome {
        case .applied:
            if let undoing {
                message = .info(strings.undone(strings.describe(undoing, in: session)))
            } else {
                recorded(event.action, rosterBefore: rosterBefore)
            }
        case .ignored(let rejection):
            message = .warning(strings.rejection(rejection))
        }
        followCurrentBlock()
        refreshReviewDigest()
        return outcome
    }

    /// Applies a committed event sent from a phone. Unlike `record`, it leaves the moderator's open boxes,
    /// chosen voter and status line alone: phones must not interrupt what is being typed.
    @discardableResult
    mutating func receive(_ event: Event) -> Outcome {
        let outcome = session.apply(event)
        followCurrentBlock()
        refreshReviewDigest()
        return outcome
    }

    /// After an applied event: close the box it came from, move the poll to the next voter.
    private mutating func recorded(_ action: Action, rosterBefore: Int) {
        message = .info(strings.recorded(action, in: session))
        switch action {
        case .addPerson(let name, _, _):
            guard session.people.count > rosterBefore, let added = session.people.last else { break }
            if notes.composer?.awaitingPerson == name {
                notes.composer?.personAdded(added.id)
            }
            if case .pickSpeaker = prompt { prompt = nil }
            if notes.form?.kind == .person, notes.renaming == nil { notes.form = nil }
        case .addAnswer, .editAnswer:
            notes.composer = nil
            notes.selected = nil
        case .renamePerson(let id, _, _):
            if notes.renaming == id {
                notes.form = nil
                notes.renaming = nil
            }
        case .addActionItem:
            if notes.form?.kind == .action { notes.form = nil }
        case .addFeedback:
            if notes.form?.kind == .feedback { notes.form = nil }
        case .addNote:
            if notes.form?.kind == .note { notes.form = nil }
        case .castVote(let pollID, let voter, _):
            poll.pending = []
            if case .openVote = poll.form?.kind { poll.form = nil }
            if pollID == poll.pollID, case .person(let id) = voter, voters.indices.contains(poll.voter),
               voters[poll.voter].id == id {
                advanceVoter()
            }
        case .deleteAnswer(let id):
            if notes.selected == id { notes.selected = nil }
        default:
            break
        }
    }

    /// When the room moves to another block, the poll and review screens follow it.
    mutating func followCurrentBlock() {
        guard let block = currentBlock, poll.followedBlock != block.id else { return }
        poll.followedBlock = block.id
        if let first = block.polls.first {
            poll.pollID = first.id
            poll.voter = 0
            poll.pending = []
            poll.handValue = nil
        } else if poll.pollID == nil {
            poll.pollID = allPolls.first?.poll.id
        }
        review.block = nil
        review.scroll = 0
    }
}
