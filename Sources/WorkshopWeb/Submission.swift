import Foundation
import WorkshopModel

/// A vote or an answer sent from a phone, already checked against the snapshot that was showing.
public struct Submission: Sendable, Equatable {
    /// The phone's random device token (from its cookie), which stands for the voter.
    public var device: String
    public var content: Content
    /// When the server accepted it, to measure how long it takes to reach the console.
    public var receivedAt: ContinuousClock.Instant

    /// What was sent.
    public enum Content: Sendable, Equatable {
        /// A vote on a poll; a later vote of the same device replaces it.
        case vote(poll: String, choice: Choice)
        /// An answer to a round; `name` and `group` only if the participant chose to give them.
        case answer(block: String, text: String, name: String?, group: String?)
    }

    /// A submission received now.
    public init(device: String, content: Content, receivedAt: ContinuousClock.Instant = .now) {
        self.device = device
        self.content = content
        self.receivedAt = receivedAt
    }

    /// The actions that record this submission in `session`, to be stamped and applied in order.
    ///
    /// A vote is cast by the device. An anonymous answer has no person; a named one goes to the roster's
    /// participant of that name (ignoring case and accents), or to a new participant added just before it.
    public func actions(for session: Session) -> [Action] {
        switch content {
        case .vote(let poll, let choice):
            return [.castVote(poll: poll, voter: .device(device), choice: choice)]
        case .answer(let block, let text, let name, let group):
            let origin = Origin.device(device)
            guard let name = name.flatMap(Submission.cleaned) else {
                return [.addAnswer(block: block, person: nil, text: text, tags: [], origin: origin)]
            }
            if let known = session.activePeople.first(where: {
                $0.role == .participant && $0.name.compare(name, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
            }) {
                return [.addAnswer(block: block, person: known.id, text: text, tags: [], origin: origin)]
            }
            return [
                .addPerson(name: name, group: group.flatMap(Submission.cleaned), role: .participant),
                .addAnswer(block: block, person: session.people.count + 1, text: text, tags: [], origin: origin),
            ]
        }
    }

    /// Trimmed text, or nil when nothing is left.
    static func cleaned(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
