import Foundation
import Testing
import WorkshopModel
@testable import WorkshopStore

@Suite struct SessionHomeTests {
    @Test func theFolderComesFromFlagThenEnvironmentThenXDGThenHome() {
        let env = ["HOME": "/home/an", "XDG_DATA_HOME": "/data/an", "WORKSHOP_HOME": "/srv/workshop"]
        #expect(SessionHome.resolve(flag: "/tmp/h", environment: env).directory.path == "/tmp/h")
        #expect(SessionHome.resolve(flag: nil, environment: env).directory.path == "/srv/workshop")
        var less = env
        less["WORKSHOP_HOME"] = nil
        #expect(SessionHome.resolve(flag: nil, environment: less).directory.path == "/data/an/workshop")
        less["XDG_DATA_HOME"] = "relative/is/ignored"
        #expect(SessionHome.resolve(flag: nil, environment: less).directory.path == "/home/an/.local/share/workshop")
        #expect(SessionHome.resolve(flag: "~/sessies", environment: less).directory.path == "/home/an/sessies")
        #expect(SessionHome.resolve(flag: nil, environment: less).risk == nil)
    }

    @Test(arguments: [
        ("/home/an/Dropbox/workshop", "Dropbox"), ("/home/an/OneDrive - Stad Mechelen/sessies", "OneDrive"),
        ("/home/an/Google Drive/x", "Google Drive"), ("/Users/an/Library/Mobile Documents/com~apple~CloudDocs", "iCloud"),
        ("/home/an/Nextcloud/w", "Nextcloud"),
    ])
    func aSyncedFolderKeepsLiveFilesLocal(path: String, service: String) {
        let home = SessionHome.resolve(flag: path, environment: ["HOME": "/home/an"])
        #expect(home.risk == .cloudSync(service))
        #expect(home.directory.path == "/home/an/.local/share/workshop")
        #expect(home.copyDirectory?.path == path)
        let warning = home.warnings(.en).first ?? ""
        #expect(warning.contains(service) && warning.contains("/home/an/.local/share/workshop"))
        #expect(home.warnings(.nl).first?.contains("gesynchroniseerd") == true)
    }

    @Test func whenTheDefaultIsSyncedTooLiveFilesGoToVarTmp() {
        let home = SessionHome.resolve(flag: nil, environment: ["HOME": "/home/an/Dropbox"])
        #expect(home.directory.path == "/var/tmp/workshop-\(getuid())")
    }

    @Test func networkAndFUSEFileSystemsAreRisky() {
        #expect(StorageRisk.risk(ofType: "nfs4") == .network("nfs4"))
        #expect(StorageRisk.risk(ofType: "fuse.sshfs") == .network("fuse.sshfs"))
        #expect(StorageRisk.risk(ofType: "cifs") == .network("cifs"))
        #expect(StorageRisk.risk(ofType: "ext4") == nil)
        #expect(StorageRisk.risk(ofType: "tmpfs") == nil)
        #expect(StorageRisk.fileSystemType(of: "/proc/self") == "proc")
        let table = """
            22 27 0:21 / /proc rw,relatime shared:12 - proc proc rw
            27 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
            40 27 0:40 / /home/an/Mijn\\040schijf rw,nosuid - fuse.rclone drive: rw
            41 27 0:41 / /home/an/Mijn rw - nfs4 server:/x rw
            """
        func type(_ path: String) -> String? { StorageRisk.fileSystemType(of: path, mountInfo: Array(table.utf8)) }
        #expect(type("/home/an/Mijn schijf/sessies") == "fuse.rclone")
        #expect(type("/home/an/Mijn schijf") == "fuse.rclone")
        #expect(type("/home/an/Mijn") == "nfs4")
        #expect(type("/home/an/Mijnheer") == "ext4")
        #expect(type("/proc/1") == "proc")
        #expect(StorageRisk.of(NSTemporaryDirectory() + "/nieuw/nog-niet-aangemaakt") == nil)
    }

    @Test func prepareMakesAPrivateFolder() throws {
        let folder = TemporaryFolder()
        let home = SessionHome.resolve(flag: folder.file("a/b").path, environment: [:])
        try home.prepare()
        #expect(StoreFixtures.mode(folder.file("a/b").path) == 0o700)
        #expect(home.warnings(.en).isEmpty)
        chmod(folder.file("a/b").path, 0o755)
        #expect(home.warnings(.en).first?.contains("chmod 700") == true)
    }

    private func session(in folder: URL, _ events: [Event], at seconds: Double) throws -> SessionFile {
        let file = try SessionFile.create(in: folder, agenda: StoreFixtures.agenda, agendaText: nil,
                                          timeZoneID: StoreFixtures.zone, now: StoreFixtures.start.addingTimeInterval(seconds))
        try file.append(contentsOf: events)
        return file
    }

    @Test func listingSummarisesEverySessionAndReportsBrokenFiles() throws {
        let folder = TemporaryFolder()
        let fresh = try session(in: folder.url, [], at: 0)
        let running = try session(in: folder.url, StoreFixtures.events, at: 10)
        let ended = try session(in: folder.url, StoreFixtures.events + [Event(at: StoreFixtures.at(200), .endWorkshop)], at: 20)
        ended.saveDraft(key: "note", text: "nog iets", at: StoreFixtures.start.addingTimeInterval(5000))
        fresh.close()
        ended.close()
        try Data("geen sessie".utf8).write(to: folder.file("kapot.workshop"))
        try Data().write(to: folder.file("notities.txt"))

        let home = SessionHome.resolve(flag: folder.url.path, environment: [:])
        let listing = home.listing()
        #expect(listing.count == 4)
        var summaries: [URL: SessionSummary] = [:]
        for entry in listing {
            switch entry.result {
            case .success(let summary): summaries[entry.url.standardizedFileURL] = summary
            case .failure(let error): #expect(error == .notASession(path: folder.file("kapot.workshop").path))
            }
        }
        let a = try #require(summaries[fresh.url]), b = try #require(summaries[running.url]),
            c = try #require(summaries[ended.url])
        #expect(a.state == .notStarted && a.blocksDone == 0 && a.answers == 0 && a.votes == 0 && !a.isOpen)
        #expect(a.lastChange == fresh.meta.created)
        #expect(b.state == .inProgress && b.isOpen && b.blockCount == 3)
        #expect(b.blocksDone == 1)
        #expect(b.answers == 1)   // the first answer was undone
        #expect(b.votes == 6)     // one ballot and five hands
        #expect(b.lastChange == StoreFixtures.events.last!.at.wall)
        #expect(b.title == StoreFixtures.agenda.title && b.shortID == running.meta.shortID)
        #expect(c.state == .ended && !c.isOpen)
        #expect(c.lastChange == StoreFixtures.start.addingTimeInterval(5000))
        running.close()
        #expect(StoreFixtures.names(in: folder.url).allSatisfy { !$0.hasSuffix("-wal") && !$0.hasSuffix(".lock") })
    }

    @Test func sessionsAreFoundByShortIDFileNameOrPath() throws {
        let folder = TemporaryFolder()
        let one = try session(in: folder.url, [], at: 0)
        let two = try session(in: folder.url, StoreFixtures.events, at: 60)
        one.close()
        two.close()
        let home = SessionHome.resolve(flag: folder.url.path, environment: [:])
        #expect(try home.locate(one.meta.shortID) == one.url)
        #expect(try home.locate(String(two.meta.shortID.prefix(4)).uppercased()) == two.url)
        #expect(try home.locate(two.meta.sessionID) == two.url)
        #expect(try home.locate(one.url.lastPathComponent) == one.url)
        #expect(try home.locate(one.url.path) == one.url)
        #expect(throws: StoreError.noSuchSession(reference: "zzzzzz", home: folder.url.path)) {
            try home.locate("zzzzzz")
        }
        #expect(throws: StoreError.notFound(path: folder.file("weg.workshop").path)) {
            try home.locate(folder.file("weg.workshop").path)
        }
        if one.meta.shortID.first == two.meta.shortID.first {
            #expect(throws: StoreError.self) { try home.locate(String(one.meta.shortID.prefix(1))) }
        }
    }

    @Test func resumeWithoutAnIDTakesTheLatestUnfinishedSession() throws {
        let folder = TemporaryFolder()
        let home = SessionHome.resolve(flag: folder.url.path, environment: [:])
        #expect(throws: StoreError.nothingToResume(home: folder.url.path)) { try home.latestUnfinished() }
        let older = try session(in: folder.url, [Event(at: StoreFixtures.at(1), .startBlock)], at: 0)
        let newer = try session(in: folder.url, [Event(at: StoreFixtures.at(500), .startBlock)], at: 100)
        let finished = try session(in: folder.url, [Event(at: StoreFixtures.at(900), .startBlock),
                                                    Event(at: StoreFixtures.at(901), .endWorkshop)], at: 200)
        [older, newer, finished].forEach { $0.close() }
        #expect(try home.latestUnfinished() == newer.url)
    }
}
