import WorkshopModel

/// Whether everything recorded is safely on disk, for the screen to show at once.
public enum StoreHealth: Sendable, Equatable {
    /// Every event is committed to the session file.
    case ok
    /// Writing fails; `waiting` events (and drafts) are held in memory, in order, until it works again.
    case failing(StoreProblem, waiting: Int)

    /// True when nothing waits in memory.
    public var isOK: Bool { self == .ok }

    /// A status line for the screen, or nil when all is well.
    public func message(_ language: Language) -> String? {
        guard case .failing(let problem, let waiting) = self else { return nil }
        switch language {
        case .en:
            return "NOT SAVED: \(problem.message(.en)) — \(waiting) event\(waiting == 1 ? "" : "s") held in memory "
                + "until writing works again. Do not quit."
        case .nl:
            return "NIET BEWAARD: \(problem.message(.nl)) — \(waiting) gebeurtenis\(waiting == 1 ? "" : "sen") in het "
                + "geheugen tot schrijven weer lukt. Niet afsluiten."
        }
    }
}
