import Testing
import WorkshopModel

/// How blocks get their planned start and length from `start`, `end` and `minutes`.
@Suite struct AgendaScheduleTests {
    @Test func minutesOnlyBlocksFollowEachOtherFromTheAgendaStart() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: a, kind: intro, title: A, minutes: 10}
              - {id: b, kind: debate, title: B, minutes: 25}
              - {id: c, kind: close, title: C, end: "20:45"}
            """, top: "start: \"20:05\"\n"))
        #expect(result.diagnostics == [])
        let blocks = try #require(result.agenda).blocks
        #expect(blocks.map { "\($0.plannedStart) \($0.plannedMinutes)" } == ["20:05 10", "20:15 25", "20:40 5"])
    }

    @Test func startAndEndAndStartAndMinutesMayBeMixed() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: a, kind: intro, title: A, start: "9:30", end: "10:00"}
              - {id: b, kind: break, title: B, start: "10:00", minutes: 15}
              - {id: c, kind: close, title: C, minutes: 15, start: "10:15", end: "10:30"}
            """))
        #expect(result.diagnostics == [])
        let blocks = try #require(result.agenda).blocks
        #expect(blocks.map { "\($0.plannedStart)-\($0.plannedEnd)" } == ["09:30-10:00", "10:00-10:15", "10:15-10:30"])
    }

    @Test func hours24To29MeanAfterMidnight() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: late, kind: debate, title: Late, start: "23:30", end: "24:15"}
              - {id: later, kind: close, title: Later, minutes: 15}
            """))
        #expect(result.diagnostics == [])
        let blocks = try #require(result.agenda).blocks
        #expect(blocks.map(\.plannedMinutes) == [45, 15])
        #expect(blocks[1].plannedStart == ClockTime(hour: 24, minute: 15))
        #expect(blocks[1].plannedEnd.description == "00:30")
    }

    @Test func anUnreadableTimeDoesNotCauseFollowUpErrors() {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: a, kind: intro, title: A, start: "8h", minutes: 10}
              - {id: b, kind: close, title: B, minutes: 10}
            """))
        #expect(AgendaFixture.lines(result) == [
            "6:43: error: `start` of block `a` is not a valid time: `8h`; did you mean `start: \"08:00\"`? Times are written HH:MM",
        ])
    }

    @Test func aBlockWithOnlyMinutesAfterABrokenBlockIsNotBlamed() {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - {id: a, kind: intro, title: A, start: "20:00", end: "19:00"}
              - {id: b, kind: close, title: B, minutes: 10}
              - {id: c, kind: close, title: C, start: "20:30", minutes: 10}
            """))
        #expect(AgendaFixture.lines(result) == [
            "6:57: error: `end` 19:00 of block `a` is before its `start` 20:00; a block must end after it starts; fix `end` or `start`",
        ])
    }

    @Test func phasesThatFillTheBlockExactlyAreFine() throws {
        let result = AgendaFixture.parse(AgendaFixture.agenda(blocks: """
              - id: d
                kind: debate
                title: D
                start: "21:30"
                minutes: 25
                phases:
                  - {name: Reflectie, minutes: 5}
                  - {name: Debat, minutes: 20}
            """))
        #expect(result.diagnostics == [])
        #expect(try #require(result.agenda).blocks[0].phases.map(\.minutes) == [5, 20])
    }
}
