import Synchronization
import WorkshopModel

/// The last frame but its bottom row — the tabs and clock on top and the body — with what they were drawn
/// from.
///
/// Most keys between two events change only the bottom row (a prompt, a message) or nothing the body
/// shows; such a key gets the rows drawn before instead of every view drawn again. The bottom row is always
/// drawn anew. Copies of a `ConsoleApp` share the cache: the key holds everything those rows are drawn
/// from, so one copy's rows are never shown for another's.
final class BodyCache: Sendable {
    /// Everything the top row and the screens' bodies are drawn from.
    struct Key: Equatable, Sendable {
        var width: Int
        var height: Int
        var language: Language
        /// Changes with every change to the session (see `ConsoleApp.sessionStamp`).
        var sessionStamp: Int
        var screen: ScreenKind
        var helpFor: ScreenKind
        var helpScroll: Int
        var notes: NotesDesk
        var poll: PollDesk
        var review: ReviewDesk
        var room: RoomBoard?
        var showsRoomPanel: Bool
        /// The one prompt drawn in the body rather than on the bottom row.
        var speakerPicker: PersonPicker?
        /// Seconds per step of time: 1 while a block's clock runs, when the loop draws every second; 60
        /// otherwise, when it draws every minute.
        var timeStep: Int
        /// The moment, in whole steps of the session clock and of the wall clock (whose minute the top row
        /// shows).
        var elapsedSteps: Int
        var wallSteps: Int
    }

    private let last = Mutex<(key: Key, frame: ScreenBuffer)?>(nil)

    /// The frame kept for `key`, if it is the last one kept.
    func frame(for key: Key) -> ScreenBuffer? {
        last.withLock { last in
            guard let last, last.key == key else { return nil }
            return last.frame
        }
    }

    /// Keeps `frame`, whose top row and body were drawn for `key` (its bottom row is drawn anew).
    func keep(_ frame: ScreenBuffer, for key: Key) {
        last.withLock { $0 = (key, frame) }
    }

    /// Drops the kept rows, so the next frame is drawn whole.
    func forget() {
        last.withLock { $0 = nil }
    }
}
