import Foundation
import WorkshopModel

/// Turns events into stored rows and back: the payload is the JSON of the `Action`, the kind its case name.
final class EventCoder {
    private let encoder: JSONEncoder
    private let decoder = PayloadDecoder()

    init() {
        encoder = JSONEncoder()
        // Sorted keys make the same event always give the same bytes, which the duplicate check relies on.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The row for `event` under sequence number `seq`.
    func row(seq: Int, event: Event) throws(StoreError) -> EventRow {
        let data: Data
        do {
            data = try encoder.encode(event.action)
        } catch {
            throw .cannotEncode(detail: String(describing: error))
        }
        return EventRow(
            seq: seq, elapsed: event.at.elapsed, wall: event.at.wall.timeIntervalSinceReferenceDate,
            kind: Self.kind(ofPayload: data) ?? Self.kind(of: event.action), payload: String(decoding: data, as: UTF8.self))
    }

    /// Encodes one action and throws the bytes away.
    ///
    /// The first action encoded makes the runtime build the metadata of every case's coding keys, each
    /// found by a scan of every protocol conformance in the binary: 28 scans and about 2 ms, which would
    /// otherwise fall on the first key that records something. (The nested payloads — speaker, voter,
    /// choice — still cost a scan or two the first time each is recorded; warming them too took another
    /// 0.15 MiB of peak memory to save a fraction of a millisecond once.)
    func warmUp() {
        _ = try? encoder.encode(Action.startBlock)
    }

    /// The event a stored row holds.
    func event(from row: EventRow) throws -> Event {
        try Self.event(from: row, decoder: decoder)
    }

    private static func event(from row: EventRow, decoder: PayloadDecoder) throws -> Event {
        let action: Action
        do {
            action = try decoder.decode(Action.self, from: row.payload)
        } catch {
            throw StoreProblem.damaged("event \(row.seq) cannot be read: \(error)")
        }
        return Event(at: Instant(elapsed: row.elapsed, wall: Date(timeIntervalSinceReferenceDate: row.wall)), action)
    }

    /// The events the rows hold, in the rows' order. A long replay is decoded on every core: decoding,
    /// not reading the file, is what a replay of a long evening spends its time on.
    static func events(from rows: [EventRow]) throws -> [StoredEvent] {
        let chunk = 8192
        guard rows.count > chunk else {
            let decoder = PayloadDecoder()
            return try rows.map { StoredEvent(seq: $0.seq, event: try event(from: $0, decoder: decoder)) }
        }
        let parts = (rows.count + chunk - 1) / chunk
        var results = [Result<[StoredEvent], any Error>](repeating: .success([]), count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let decoder = PayloadDecoder()
                let range = (part * chunk)..<min(rows.count, (part + 1) * chunk)
                slots[part] = Result {
                    try rows[range].map { StoredEvent(seq: $0.seq, event: try event(from: $0, decoder: decoder)) }
                }
            }
        }
        var events: [StoredEvent] = []
        events.reserveCapacity(rows.count)
        for result in results { events += try result.get() }
        return events
    }

    /// The enum case name of an action, e.g. "addAnswer": the one key of its JSON object.
    static func kind(of action: Action) -> String {
        if let label = Mirror(reflecting: action).children.first?.label { return label }
        return String(describing: action)
    }

    /// The case name from an encoded action (`{"addAnswer":{…}}`), without decoding it; cheaper than
    /// `kind(of:)`, which the tests hold it to.
    static func kind(ofPayload payload: Data) -> String? {
        guard payload.count > 2, payload[payload.startIndex] == UInt8(ascii: "{"),
              payload[payload.startIndex + 1] == UInt8(ascii: "\""),
              let end = payload[(payload.startIndex + 2)...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: payload[(payload.startIndex + 2)..<end], as: UTF8.self)
    }
}
