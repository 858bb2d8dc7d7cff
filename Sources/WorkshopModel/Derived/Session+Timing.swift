// Block timings, phases, drift and projected end.
extension Session {
    /// The evening's timing at `now` (clamped to the last event, so it never runs backwards).
    ///
    /// Durations come from the monotonic clock only; the wall clock places `now` on the day's timeline.
    public func timing(at now: Instant) -> Timing {
        let now = clamped(now)
        let blocks = agenda.blocks
        let ended = endedAt != nil
        // laterStarted[i]: whether any block after i ever ran, which is what makes an unrun block skipped.
        var laterStarted = Array(repeating: false, count: blocks.count)
        var seen = false
        for index in blocks.indices.reversed() {
            laterStarted[index] = seen
            seen = seen || runs[index].hasStarted
        }
        let timings = blocks.indices.map { index in
            blockTiming(index, now: now.elapsed, laterStarted: laterStarted[index], ended: ended)
        }

        let plannedEnd = (agenda.plannedEnd ?? ClockTime(minutes: 0)) + planShiftMinutes
        let projected: Double
        if let endedAt {
            projected = clockSeconds(endedAt.wall)
        } else {
            var start = clockSeconds(now.wall)
            var rest = 0.0
            if timings.indices.contains(currentBlock) {
                // Before anything ran the room waits for the planned start: early is not ahead.
                if !seen { start = max(start, Double(timings[currentBlock].plannedStart.minutes * 60)) }
                for timing in timings[currentBlock...] where timing.state != .done && timing.state != .skipped {
                    rest += max(0, timing.remainingSeconds)
                }
            }
            projected = start + rest
        }

        return Timing(
            blocks: timings, current: currentBlock, isRunning: isRunning, ended: ended,
            phase: ended ? nil : phaseTiming(now: now.elapsed), plannedEnd: plannedEnd,
            projectedEndSeconds: projected, driftSeconds: projected - Double(plannedEnd.minutes * 60)
        )
    }

    private func blockTiming(_ index: Int, now: Double, laterStarted: Bool, ended: Bool) -> BlockTiming {
        let block = agenda.blocks[index]
        let run = runs[index]
        let running = run.runningSeconds(upTo: now)
        let planned = Double(block.plannedMinutes * 60)
        let isCurrent = index == currentBlock
        let state: BlockState
        if run.isRunning {
            state = .running
        } else if run.end != nil {
            state = .done
        } else if run.hasStarted {
            state = .paused
        } else if ended || (laterStarted && !isCurrent) {
            state = .skipped
        } else {
            state = .pending
        }
        let start = block.plannedStart + planShiftMinutes
        return BlockTiming(
            id: block.id, title: block.title, kind: block.kind, state: state,
            plannedStart: start, plannedEnd: start + block.plannedMinutes, plannedMinutes: block.plannedMinutes,
            actualStart: run.firstStart?.wall, actualEnd: run.end?.wall, runningSeconds: running,
            remainingSeconds: planned - running, overrunSeconds: max(0, running - planned)
        )
    }

    /// The current block's phase: from the last phase entered (or the first, from the block's start),
    /// phases follow each other by their planned minutes; the last one takes any overrun.
    private func phaseTiming(now: Double) -> PhaseTiming? {
        guard agenda.blocks.indices.contains(currentBlock) else { return nil }
        let phases = agenda.blocks[currentBlock].phases
        guard !phases.isEmpty else { return nil }
        let run = runs[currentBlock]
        let mark = run.phase ?? PhaseMark(index: 0, atRunningSeconds: 0)
        var index = min(max(mark.index, 0), phases.count - 1)
        var elapsed = max(0, run.runningSeconds(upTo: now) - mark.atRunningSeconds)
        while index < phases.count - 1, elapsed >= Double(phases[index].minutes * 60) {
            elapsed -= Double(phases[index].minutes * 60)
            index += 1
        }
        let phase = phases[index]
        return PhaseTiming(index: index, name: phase.name, minutes: phase.minutes, elapsedSeconds: elapsed,
                           remainingSeconds: Double(phase.minutes * 60) - elapsed)
    }
}
