// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "samkal",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "samkal", targets: ["samkal"]),
        .library(name: "SamkalCore", targets: ["SamkalCore"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C library, seen only by the ICalendar module.
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        // Every call into libical lives here, behind Sendable value types.
        .target(
            name: "ICalendar",
            dependencies: ["CLibical"]
        ),
        // The pure core: agreement model and parsing, the Norwegian calendar, the planner.
        .target(
            name: "SamkalCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Plan → iCalendar values: the feeds of people, parties and the agreement.
        .target(
            name: "SamkalPublishing",
            dependencies: ["SamkalCore", "ICalendar"]
        ),
        // The command line: reads and writes files, calls the core.
        .target(
            name: "SamkalCommands",
            dependencies: [
                "SamkalCore",
                "SamkalPublishing",
                "ICalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "samkal",
            dependencies: ["SamkalCommands"]
        ),
        .testTarget(
            name: "ICalendarTests",
            dependencies: ["ICalendar"]
        ),
        .testTarget(
            name: "SamkalCoreTests",
            dependencies: ["SamkalCore"]
        ),
        .testTarget(
            name: "SamkalPublishingTests",
            dependencies: ["SamkalPublishing", "SamkalCore", "ICalendar"]
        ),
        .testTarget(
            name: "SamkalCommandsTests",
            dependencies: ["SamkalCommands", "samkal", "ICalendar", "SamkalCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
