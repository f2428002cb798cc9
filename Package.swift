// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "samkal",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "samkal", targets: ["samkal"]),
        .executable(name: "samkal-bench", targets: ["samkal-bench"]),
        .library(name: "SamkalCore", targets: ["SamkalCore"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // 3.x for our own use; jwt-kit 5 needs 4.1 or later.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Durable records behind the `SamkalStore` protocol: SQLite (GRDB), the embedded
        // default, and PostgreSQL (PostgresNIO) for several instances on one database.
        .target(
            name: "SamkalStore",
            dependencies: [
                "SamkalCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, for batched inserts bound in place (BatchInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                // The checksums `samkal migrate` compares the stores with.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Minutes and other documents rendered from the Mustache templates in Templates/.
        .target(
            name: "SamkalTemplates",
            dependencies: ["SamkalCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Plan → iCalendar values: the feeds of people, parties and the agreement.
        .target(
            name: "SamkalPublishing",
            dependencies: ["SamkalCore", "ICalendar"]
        ),
        // The use cases the command line and the server both call: store, clock and plain
        // inputs in, values or typed errors out.
        .target(
            name: "SamkalService",
            dependencies: [
                "SamkalCore", "SamkalStore", "SamkalPublishing", "SamkalMail", "SamkalTemplates", "SamkalSMTP",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The API's contract: `openapi.yaml`, and the types, server protocol and client
        // swift-openapi-generator makes of it at build time.
        .target(
            name: "SamkalAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            // Generated code only. Generator 1.14 marks its unused `public import`s as ignored
            // for Swift 6.4 and later; on 6.3 they would be warnings in every build.
            swiftSettings: [.unsafeFlags(["-suppress-warnings"])],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // Proving who asks: personal access tokens and OpenID Connect tokens (jwt-kit).
        .target(
            name: "SamkalAuthentication",
            dependencies: [
                "SamkalCore",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The command line as the API's client: credentials, sign-in (device flow), the
        // generated client over AsyncHTTPClient.
        .target(
            name: "SamkalClient",
            dependencies: [
                "SamkalCore", "SamkalAPI", "SamkalService", "SamkalStore",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // `samkal serve`: need-to-know subscription feeds over HTTP (Hummingbird 2).
        .target(
            name: "SamkalServer",
            dependencies: [
                "SamkalCore", "SamkalStore", "SamkalService", "SamkalAPI", "SamkalAuthentication", "SamkalTemplates", "SamkalSMTP",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        // Email as iMIP needs it: addresses, RFC 2047 headers, multipart/alternative out,
        // MIME parts in (replies). Pure.
        .target(name: "SamkalMail", dependencies: ["SamkalCore"]),
        // Sending mail: an SMTP client over SwiftNIO with STARTTLS and AUTH.
        .target(
            name: "SamkalSMTP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line: reads and writes files, calls the core.
        .target(
            name: "SamkalCommands",
            dependencies: [
                "SamkalCore",
                "SamkalPublishing",
                "SamkalService",
                "SamkalStore",
                "SamkalTemplates",
                "SamkalServer",
                "SamkalAuthentication",
                "SamkalClient",
                "SamkalAPI",
                "SamkalMail",
                "SamkalSMTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "samkal",
            dependencies: ["SamkalCommands"]
        ),
        // The fuzzers' entry points: libFuzzer with -sanitize=fuzzer -DSAMKAL_FUZZ (Fuzz/run),
        // a replay of corpus files otherwise.
        .executableTarget(
            name: "samkal-fuzz",
            dependencies: ["SamkalCore", "ICalendar", "SamkalPublishing", "SamkalMail"]
        ),
        // Generates realistic instances and measures the planner on them (release builds).
        .executableTarget(
            name: "samkal-bench",
            dependencies: [
                "SamkalCore",
                "ICalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
            name: "SamkalStoreTests",
            dependencies: ["SamkalStore", "SamkalCore", "SamkalService"]
        ),
        .testTarget(
            name: "SamkalTemplatesTests",
            dependencies: ["SamkalTemplates", "SamkalCore"]
        ),
        .testTarget(
            name: "SamkalMailTests",
            dependencies: ["SamkalMail", "SamkalCore"]
        ),
        .testTarget(
            name: "SamkalServerTests",
            dependencies: [
                "SamkalServer", "SamkalStore", "SamkalCore", "ICalendar", "SamkalAuthentication", "SamkalService", "SamkalAPI", "SamkalTemplates",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "SamkalCommandsTests",
            dependencies: [
                "SamkalCommands", "samkal", "ICalendar", "SamkalCore", "SamkalService", "SamkalStore",
                "SamkalPublishing", "SamkalTemplates", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
