import WorkshopModel

extension Session {
    /// Whether a phone's action would change the session now. A vote on a poll that closed after the phone
    /// showed it, or the same vote again, is dropped before it is written, so the file holds no refused
    /// events from phones.
    func takes(_ action: Action) -> Bool {
        switch action {
        case .castVote(let poll, let voter, let choice):
            let state = pollState(id: poll)
            return state.status == .open && state.ballots[voter] != choice
        case .addAnswer(let block, _, let text, _, _):
            return agenda.block(id: block) != nil && !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        default:
            return true
        }
    }
}
