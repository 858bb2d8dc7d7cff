// The block clock: start, pause, move between blocks, phases, plan shift, the end of the workshop.
extension Session {
    /// Refuses timing events once the workshop is over, and clock events when there is no block.
    private func checkClock() throws(Rejection) {
        guard endedAt == nil else { throw .workshopEnded }
        guard runs.indices.contains(currentBlock) else { throw .unknownBlock }
    }

    private func clockStep(_ touched: [Int], endedAt: Instant? = nil, reopenTurn: Bool = false) -> UndoStep.Inverse {
        .clock(runs: touched.map { RunBackup(index: $0, run: runs[$0]) }, currentBlock: currentBlock,
               endedAt: endedAt, reopenTurn: reopenTurn)
    }

    mutating func startCurrentBlock(at: Instant) throws(Rejection) -> UndoStep.Inverse {
        try checkClock()
        guard !runs[currentBlock].isRunning else { throw .alreadyRunning }
        let step = clockStep([currentBlock])
        runs[currentBlock].begin(at: at)
        return step
    }

    mutating func pauseCurrentBlock(at: Instant) throws(Rejection) -> UndoStep.Inverse {
        try checkClock()
        guard runs[currentBlock].isRunning else { throw .notRunning }
        let step = clockStep([currentBlock])
        runs[currentBlock].halt(at: at.elapsed)
        return step
    }

    /// Leaves the current block (closing its clock, ending it if it ever ran) and makes `target` current;
    /// if the clock was running, `target` runs from this instant on.
    mutating func moveToBlock(_ target: Int, at: Instant) throws(Rejection) -> UndoStep.Inverse {
        try checkClock()
        guard runs.indices.contains(target) else { throw .noMoreBlocks }
        let leaving = currentBlock
        let step = clockStep([leaving, target])
        let wasRunning = runs[leaving].isRunning
        runs[leaving].halt(at: at.elapsed)
        if runs[leaving].hasStarted { runs[leaving].end = at }
        if wasRunning { runs[target].begin(at: at) }
        currentBlock = target
        return step
    }

    mutating func enterPhase(_ index: Int, at: Instant) throws(Rejection) -> UndoStep.Inverse {
        try checkClock()
        guard agenda.blocks[currentBlock].phases.indices.contains(index) else { throw .noSuchPhase }
        let mark = PhaseMark(index: index, atRunningSeconds: runs[currentBlock].runningSeconds(upTo: at.elapsed))
        guard mark != runs[currentBlock].phase else { throw .nothingChanged }
        let step = clockStep([currentBlock])
        runs[currentBlock].phase = mark
        return step
    }

    mutating func shiftPlan(by minutes: Int) throws(Rejection) -> UndoStep.Inverse {
        guard endedAt == nil else { throw .workshopEnded }
        guard minutes != 0 else { throw .nothingChanged }
        let step = UndoStep.Inverse.planShift(previous: planShiftMinutes)
        planShiftMinutes += minutes
        return step
    }

    /// Ends the current block (if it ever ran) and the workshop; whoever had the floor stops.
    mutating func endWorkshop(at: Instant) throws(Rejection) -> UndoStep.Inverse {
        guard endedAt == nil else { throw .workshopEnded }
        let touched = runs.indices.contains(currentBlock) ? [currentBlock] : []
        let closesTurn = turns.last.map { $0.end == nil } ?? false
        let step = clockStep(touched, reopenTurn: closesTurn)
        for index in touched {
            runs[index].halt(at: at.elapsed)
            if runs[index].hasStarted { runs[index].end = at }
        }
        if closesTurn { turns[turns.count - 1].end = at.elapsed }
        endedAt = at
        return step
    }

    /// Closes the open turn and opens one for `speaker` (none for `.nobody`).
    mutating func giveFloor(to speaker: Speaker, at: Instant) throws(Rejection) -> UndoStep.Inverse {
        guard endedAt == nil else { throw .workshopEnded }
        if let id = speaker.person { try checkPerson(id) }
        guard speaker != currentSpeaker else { throw .nothingChanged }
        let closes = turns.last.map { $0.end == nil } ?? false
        if closes { turns[turns.count - 1].end = at.elapsed }
        let appends = speaker != .nobody
        if appends { turns.append(Turn(speaker: speaker, start: at.elapsed)) }
        return .turns(appended: appends, closedPrevious: closes)
    }

    /// Refuses a person number that is not on the roster, or whose person was removed.
    func checkPerson(_ id: PersonID) throws(Rejection) {
        guard let person = person(id) else { throw .unknownPerson }
        guard !person.removed else { throw .personRemoved }
    }
}
