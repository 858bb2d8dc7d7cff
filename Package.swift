// swift-tools-version: 6.1
import PackageDescription

// Release builds on Linux put each function of the program's own code in a section of its own, so the linker
// can lay out the code that runs at start-up together (scripts/workshop.order). Not WorkshopModel: a library
// product with unsafe flags could not be used by another package.
let ownCode: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "workshop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "workshop", targets: ["WorkshopTUI"]),
        .library(name: "WorkshopModel", targets: ["WorkshopModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        // Agenda, session state, events, the reducer and everything derived. No terminal, no clock.
        .target(
            name: "WorkshopModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The session file: one SQLite file per session holding the agenda and the append-only events.
        .target(
            name: "WorkshopStore",
            dependencies: ["WorkshopModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: ownCode
        ),
        // The minutes: a finished or running session exported as Markdown, HTML, CSV or JSON.
        .target(
            name: "WorkshopMinutes",
            dependencies: ["WorkshopModel"],
            swiftSettings: ownCode
        ),
        // The participants' web page on the room's network: polls and round answers from phones.
        .target(
            name: "WorkshopWeb",
            dependencies: [
                "WorkshopModel",
                "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: ownCode
        ),
        // Debian's libqrencode, for the join QR code drawn in the terminal.
        .systemLibrary(
            name: "CQRencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The system's wide-character ncurses, with a shim for what Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Paging advice for the release binary's own pages, given before Swift's runtime starts (README,
        // Performance). Nothing calls it: it is a constructor.
        .target(name: "CStartup"),
        // The `workshop` executable: command line, key map, views, and the one ncurses backend file.
        .executableTarget(
            name: "WorkshopTUI",
            dependencies: [
                "WorkshopModel",
                "WorkshopStore",
                "WorkshopMinutes",
                "WorkshopWeb",
                "CNcurses",
                "CStartup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: ownCode,
            // Release builds on Linux only (these are ELF linker flags): linked at a fixed address (no 115,000
            // relocations to apply at every start) and without exporting its 29,000 Swift symbols to the dynamic
            // linker, which searched them on every lookup and walked them for dladdr — 4 MiB less memory and a
            // quicker start (README, Performance).
            // lld lays out first and together the functions scripts/workshop.order names (those start-up and
            // a tour of the screens run), so they share a few megabytes of the binary instead of touching
            // pieces all over it: 5.5 MiB less memory. Functions the file names that are gone are skipped.
            // scripts/workshop.ld puts at the front of the file all that start-up reads (metadata, data and that
            // code) and last what it never reads (unwind tables, ICU data): a launch that finds the binary out of
            // the page cache reads 16 MiB of it, where it read 40 MiB in five places.
            // StaticLibraries/ holds linker scripts that turn -lsqlite3, -lncursesw, -ltinfo and -lstdc++
            // into their static archives: four libraries fewer to load at every start.
            linkerSettings: [
                .unsafeFlags([
                    "-Xlinker", "-no-pie", "-Xlinker", "--no-export-dynamic",
                    "-L", Context.packageDirectory + "/StaticLibraries",
                    "-use-ld=lld", "-Xlinker", "--no-warn-symbol-ordering",
                    "-Xlinker", "--symbol-ordering-file=" + Context.packageDirectory + "/scripts/workshop.order",
                    "-Xlinker", "-T", "-Xlinker", Context.packageDirectory + "/scripts/workshop.ld",
                ], .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Release-build benchmarks of the model; run with `swift run -c release WorkshopBench`.
        .executableTarget(
            name: "WorkshopBench",
            dependencies: ["WorkshopModel", "WorkshopStore", "WorkshopMinutes"]
        ),
        .testTarget(name: "WorkshopModelTests", dependencies: ["WorkshopModel"]),
        .testTarget(name: "WorkshopStoreTests", dependencies: ["WorkshopStore", "WorkshopModel"]),
        .testTarget(
            name: "WorkshopMinutesTests",
            dependencies: ["WorkshopMinutes", "WorkshopModel", .product(name: "SwiftCSV", package: "SwiftCSV")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "WorkshopTUITests",
            dependencies: ["WorkshopTUI", "WorkshopModel", "WorkshopStore", "WorkshopWeb"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "WorkshopWebTests",
            // A bare socket client in the tests; HummingbirdTesting would pull in swift-crypto and BoringSSL.
            dependencies: ["WorkshopWeb", "WorkshopModel"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
