import Foundation
import Testing

/// `samkal serve` on loopback, with Python's icalendar package subscribing as an
/// independent calendar client.
struct ServeEndToEndTests {
    typealias CLI = CommandLineTests

    static let client = """
        import json, sys, urllib.request
        import icalendar
        with urllib.request.urlopen(sys.argv[1]) as response:
            kind = response.headers.get("Content-Type")
            body = response.read()
        calendar = icalendar.Calendar.from_ical(body)
        events = [e for e in calendar.walk("VEVENT")]
        print(json.dumps({
            "contentType": kind,
            "uids": sorted(str(e.get("UID")) for e in events),
            "zoned": all(e.decoded("DTSTART").tzinfo is not None for e in events),
            "summaries": sorted(str(e.get("SUMMARY")) for e in events),
            "timezones": [str(t.get("TZID")) for t in calendar.walk("VTIMEZONE")],
        }))
        """

    static func freePort() -> Int {
        Int.random(in: 20_000..<40_000)
    }

    @Test func aRealCalendarClientSubscribesAndSeesThePlannedMeetings() async throws {
        let data = try CLI.temporaryDirectory().path
        let port = Self.freePort()
        let server = Process()
        server.executableURL = try CLI.binary()
        server.arguments = ["serve", "--port", String(port), "--data", data]
        server.currentDirectoryURL = CLI.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SAMKAL_LANG"] = nil
        environment["SAMKAL_BASE_URL"] = nil
        server.environment = environment
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }

        // Wait for the links and for the server to answer.
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !printed.contains("person    Yonas Berhe") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { try await Task.sleep(nanoseconds: 100_000_000) }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let lines = printed.split(separator: "\n").map(String.init)
        let planned = try #require(lines.first { $0.hasPrefix("Planla eksempelavtalen") })
        let count = try #require(Int(planned.split(separator: ":").last!.split(separator: " ").first!))
        func link(_ label: String) throws -> String {
            try #require(lines.first { $0.contains(label) }?.split(separator: " ").last.map(String.init))
        }
        let agreementLink = try link("agreement")
        #expect(agreementLink.hasPrefix("http://127.0.0.1:\(port)/feeds/"))

        func subscribe(_ url: String) throws -> [String: Any] {
            for _ in 0..<50 {
                let python = Process()
                python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                python.arguments = ["python3", "-c", Self.client, url]
                let out = Pipe()
                python.standardOutput = out
                python.standardError = FileHandle.nullDevice
                try python.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                python.waitUntilExit()
                if python.terminationStatus == 0 {
                    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
                }
                Thread.sleep(forTimeInterval: 0.2)
            }
            Issue.record("python icalendar could not read \(url)")
            return [:]
        }

        let everything = try subscribe(agreementLink)
        #expect(everything["contentType"] as? String == "text/calendar; charset=utf-8")
        #expect((everything["uids"] as? [String])?.count == count)
        #expect(everything["zoned"] as? Bool == true)
        #expect(everything["timezones"] as? [String] == ["Europe/Oslo"])
        #expect(!((everything["summaries"] as? [String]) ?? []).contains { $0.contains("Amanuel") })

        let advisor = try subscribe(try link("Ola Brattøy"))
        #expect(((advisor["summaries"] as? [String]) ?? []).contains { $0.contains("Amanuel Tesfay (D-0042)") })

        // SIGTERM shuts the server down gracefully.
        server.terminate()
        let stopped = Date().addingTimeInterval(20)
        while server.isRunning, Date() < stopped { try await Task.sleep(nanoseconds: 100_000_000) }
        #expect(!server.isRunning)
        #expect(server.terminationReason == .exit)
    }
}
