import WorkshopModel

/// What the participants' page shows, as the console last published it.
///
/// The console builds one after every change and hands it to `RoomServer.publish(_:)`; the server never
/// reads the session itself, so it cannot serve anything the console did not put here (no names, no
/// hidden answers, no agenda beyond the current block).
public struct RoomSnapshot: Sendable, Equatable {
    /// Grows with every published change; the page reloads its content when it sees a new one.
    public var version: Int
    /// The session's language, in which the page speaks.
    public var language: Language
    public var workshopTitle: String
    /// The title of the block the room is in; nil before the first block or after the end.
    public var blockTitle: String?
    /// What participants can answer right now.
    public var opening: Opening

    /// What the moderator has opened for the phones.
    public enum Opening: Sendable, Equatable {
        /// Nothing to answer: the page asks to wait.
        case nothing
        /// A poll, open for votes or closed (then with its results if revealed).
        case poll(OpenPoll)
        /// The round's question with a text box.
        case round(OpenRound)
        /// The workshop is over.
        case ended
    }

    /// A memberwise snapshot.
    public init(version: Int, language: Language, workshopTitle: String, blockTitle: String?, opening: Opening) {
        self.version = version
        self.language = language
        self.workshopTitle = workshopTitle
        self.blockTitle = blockTitle
        self.opening = opening
    }

    /// The snapshot the console publishes by default: an open poll (the current block's first), else a
    /// closed poll of the current block whose results are revealed, else the current block's question.
    public init(session: Session, version: Int) {
        let agenda = session.agenda
        let current = agenda.blocks.indices.contains(session.currentBlock) ? agenda.blocks[session.currentBlock] : nil
        self.version = version
        language = agenda.language
        workshopTitle = agenda.title
        blockTitle = session.endedAt == nil ? current?.title : nil
        guard session.endedAt == nil, let current else {
            opening = agenda.blocks.isEmpty ? .nothing : .ended
            return
        }
        let ordered = current.polls + agenda.blocks.filter { $0.id != current.id }.flatMap(\.polls)
        if let poll = ordered.first(where: { session.pollState(id: $0.id).status == .open }) {
            opening = .poll(OpenPoll(poll: poll, state: session.pollState(id: poll.id)))
        } else if let poll = current.polls.last(where: {
            let state = session.pollState(id: $0.id)
            return state.status == .closed && state.revealed
        }) {
            opening = .poll(OpenPoll(poll: poll, state: session.pollState(id: poll.id)))
        } else if let question = current.question, !question.isEmpty {
            opening = .round(OpenRound(block: current.id, question: question))
        } else {
            opening = .nothing
        }
    }

    /// The poll that takes votes now, if any.
    public var pollTakingVotes: Poll? {
        if case .poll(let open) = opening, open.isOpen { return open.poll }
        return nil
    }

    /// The block whose round takes answers now, if any.
    public var roundTakingAnswers: String? {
        if case .round(let round) = opening { return round.block }
        return nil
    }
}

/// A poll as the phones see it: its definition, whether it takes votes, and its result once revealed.
public struct OpenPoll: Sendable, Equatable {
    public var poll: Poll
    /// Votes are taken only while the poll is open.
    public var isOpen: Bool
    /// The result, present only when the moderator has revealed it.
    public var tally: Tally?

    /// A poll for the phones; `tally` should be nil unless the moderator revealed the result.
    public init(poll: Poll, isOpen: Bool, tally: Tally?) {
        self.poll = poll
        self.isOpen = isOpen
        self.tally = tally
    }

    /// The poll as its state allows the phones to see it: the tally only when revealed.
    public init(poll: Poll, state: PollState) {
        self.init(poll: poll, isOpen: state.status == .open,
                  tally: state.revealed ? Tally(poll: poll, state: state) : nil)
    }
}

/// A round's question, answered with free text.
public struct OpenRound: Sendable, Equatable {
    /// The block whose round it is; answers are recorded against it.
    public var block: String
    public var question: String

    /// A round open for answers.
    public init(block: String, question: String) {
        self.block = block
        self.question = question
    }
}
