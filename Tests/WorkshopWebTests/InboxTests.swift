import Foundation
import Testing
import WorkshopModel
@testable import WorkshopWeb

@Suite struct InboxTests {
    private func readable(_ inbox: Inbox) -> Bool {
        var watcher = pollfd(fd: inbox.fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&watcher, 1, 0) == 1
    }

    @Test func theDescriptorIsReadableExactlyWhileSomethingWaits() throws {
        let inbox = try Inbox()
        #expect(!readable(inbox))
        for n in 1...3 { inbox.post(Submission(device: "d\(n)", content: .vote(poll: "p", choice: .scale(n)))) }
        #expect(readable(inbox))
        let drained = inbox.drain()
        #expect(drained.map(\.device) == ["d1", "d2", "d3"])
        #expect(!readable(inbox))
        #expect(inbox.drain().isEmpty)
    }

    @Test func aFullInboxRefusesRatherThanGrowing() throws {
        let inbox = try Inbox(capacity: 2)
        #expect(inbox.post(Submission(device: "a", content: .vote(poll: "p", choice: .scale(1)))))
        #expect(inbox.post(Submission(device: "b", content: .vote(poll: "p", choice: .scale(1)))))
        #expect(!inbox.post(Submission(device: "c", content: .vote(poll: "p", choice: .scale(1)))))
        #expect(inbox.drain().count == 2)
    }

    @Test func postsFromManyThreadsAreAllDelivered() async throws {
        let inbox = try Inbox()
        await withTaskGroup(of: Void.self) { group in
            for n in 0..<400 {
                group.addTask { inbox.post(Submission(device: "d\(n)", content: .vote(poll: "p", choice: .scale(1)))) }
            }
        }
        #expect(Set(inbox.drain().map(\.device)).count == 400)
    }
}
