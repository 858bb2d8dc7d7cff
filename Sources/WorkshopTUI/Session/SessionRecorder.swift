import Foundation
import WorkshopModel
import WorkshopStore

/// Everything the console does with its session file besides committing events: saving drafts while text
/// changes, retrying writes that failed, copies to a synced folder, and closing.
///
/// A reference type because it owns the open file, shared by the sink, the program wrapper and the
/// terminal wrapper the loop is given.
final class SessionRecorder {
    /// The session being recorded.
    let file: SessionFile
    /// Where complete copies go (a synced or network folder the live file must not live in), if anywhere.
    let copyTarget: URL?
    /// Drafts are saved at most this often while they change; with the loop waking every second, the
    /// newest text is on disk at most two seconds after it was typed.
    let draftInterval: Double = 1
    private let copyInterval: Double = 300

    /// The draft texts as last saved, by key.
    private var savedDrafts: [String: String]
    /// The draft texts the console has now, by key.
    private var currentDrafts: [String: String]
    private var lastDraftSave = -Double.infinity
    private var lastRetry = -Double.infinity
    private var lastCopy: Double
    /// The monotonic time of the first quit refused because events were still waiting.
    private var quitRefusedAt: Double?

    /// A recorder for `file`, whose saved drafts are `drafts`.
    init(file: SessionFile, drafts: [Draft], copyTarget: URL?) {
        self.file = file
        self.copyTarget = copyTarget
        savedDrafts = Dictionary(drafts.map { ($0.key, $0.text) }, uniquingKeysWith: { $1 })
        currentDrafts = savedDrafts
        lastCopy = SessionClock.monotonicSeconds()
    }

    /// Commits an event (or queues it in memory while the disk fails).
    func commit(_ event: Event) throws {
        try file.append(event)
    }

    /// Commits events in one transaction (or queues them in memory while the disk fails).
    func commit(contentsOf events: [Event]) throws {
        try file.append(contentsOf: events)
    }

    /// Does the runtime's one-time work of a first commit now, before anyone waits on it; commits nothing.
    func warmUp() {
        file.warmUp()
    }

    /// Takes note of the text the console holds now; it is saved on the next `housekeep` that is due.
    func noteDrafts(_ drafts: [String: String]) {
        currentDrafts = drafts
    }

    /// True while something waits: unsaved draft text or events not yet on disk.
    var needsWake: Bool {
        !file.health.isOK || draftsChanged
    }

    private var draftsChanged: Bool {
        currentDrafts != savedDrafts.filter { !$0.value.isEmpty }
    }

    /// Saves changed drafts (at most once a second), retries failed writes (once a second) and refreshes
    /// the copy in a synced folder (every five minutes). Called whenever the loop is about to wait.
    /// Returns true when the save status changed, so the screen is drawn again at once.
    @discardableResult
    func housekeep() -> Bool {
        let now = SessionClock.monotonicSeconds()
        let before = file.health
        if !file.health.isOK, now - lastRetry >= 1 {
            lastRetry = now
            file.retryPending()
        }
        if draftsChanged, now - lastDraftSave >= draftInterval {
            lastDraftSave = now
            for key in Set(savedDrafts.keys).union(currentDrafts.keys).sorted() {
                let text = currentDrafts[key] ?? ""
                if (savedDrafts[key] ?? "") != text { file.saveDraft(key: key, text: text) }
            }
            savedDrafts = currentDrafts
        }
        if let copyTarget, now - lastCopy >= copyInterval, file.health.isOK {
            lastCopy = now
            try? file.snapshot(to: copyTarget)
        }
        return file.health != before
    }

    /// The warning for the bottom row while events wait in memory.
    func healthLine(_ language: Language) -> String? {
        file.health.message(language)
    }

    /// Whether quitting now would lose events. The first quit while writes fail is refused (the screen
    /// says why); a second one within ten seconds goes through.
    func refusesQuit() -> Bool {
        file.retryPending()
        guard !file.health.isOK else { return false }
        let now = SessionClock.monotonicSeconds()
        if let refused = quitRefusedAt, now - refused < 10 { return false }
        quitRefusedAt = now
        return true
    }

    /// Saves the drafts, closes the file and writes the last copy; returns how many events could not be
    /// written and the copy's problem, if any.
    func finish() -> (unsaved: Int, copyProblem: StoreError?) {
        for (key, text) in currentDrafts where savedDrafts[key] != text { file.saveDraft(key: key, text: text) }
        for key in savedDrafts.keys where currentDrafts[key] == nil { file.saveDraft(key: key, text: "") }
        var copyProblem: StoreError?
        if let copyTarget {
            do {
                try file.snapshot(to: copyTarget)
            } catch {
                copyProblem = error
            }
        }
        return (file.close(), copyProblem)
    }
}
