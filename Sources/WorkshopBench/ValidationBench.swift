import Foundation
import WorkshopModel

// Release benchmark of agenda validation: the whole path from YAML text to a checked `Agenda`.

/// Validates the bundled Mechelen agenda from its text many times and prints the median (target ≤ 20 ms);
/// then the time to refuse a "billion laughs" file, which must stay small however deep its aliases nest.
func benchValidation() {
    var blocks = 0
    let mechelen = validationMedian(runs: 201) {
        blocks = AgendaLoader.parse(text: BundledAgenda.mechelenYAML, file: BundledAgenda.mechelenFileName).agenda?.blocks.count ?? -1
    }
    print(String(format: "validate mechelen agenda: median %.2f ms (target ≤ 20 ms) [%d runs, %d blocks]", mechelen, 201, blocks))

    let laughs = (["title: Lachen", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        + (1...9).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 10).joined(separator: ", ") + "]" }
        + ["blocks: *l9"]).joined(separator: "\n")
    var refused = false
    let laughsMedian = validationMedian(runs: 21) {
        refused = AgendaLoader.parse(text: laughs, file: "laughs.yaml").agenda == nil
    }
    print(String(format: "refuse billion-laughs agenda (10^10 expanded): median %.2f ms [%@]", laughsMedian, refused ? "refused" : "NOT REFUSED"))
}

/// The median wall time of `body` in milliseconds, after one warm-up run.
private func validationMedian(runs: Int, _ body: () -> Void) -> Double {
    body()
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let elapsed = (ContinuousClock.now - start).components
        times.append(Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15)
    }
    return times.sorted()[times.count / 2]
}
