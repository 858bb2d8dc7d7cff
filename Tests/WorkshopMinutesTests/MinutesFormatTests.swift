import Testing
import WorkshopMinutes

@Test func formatNamesMatchTheCommandLine() {
    #expect(MinutesFormat.allCases.map(\.rawValue) == ["markdown", "html", "csv", "json"])
}
