import Foundation
import ICalendar
import Testing

/// Every feed users receive (the golden files of the example) read by three independent
/// iCalendar implementations — python icalendar, vobject and recurring-ical-events — and by
/// libical: the same events, at the same instants, with the same calendar name and both
/// category values, in all four.
struct IndependentClientTests {
    typealias CLI = CommandLineTests

    @Test func everyFeedReadsTheSameInFourIndependentParsers() throws {
        let feeds = GoldenFileTests.golden.appendingPathComponent("feeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: feeds.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files.count == 23)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", CLI.repositoryRoot.appendingPathComponent("Tests/Support/check_feeds.py").path]
            + files.map { feeds.appendingPathComponent($0).path }
        let out = Pipe()
        let err = Pipe()
        python.standardOutput = out
        python.standardError = err
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "\(problems)")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == files.count)
        for line in lines {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let path = report["path"] as? String ?? "?"
            func pairs(_ key: String) -> [String] {
                ((report[key] as? [[String]]) ?? []).map { "\($0[0]) \($0[1])" }.sorted()
            }
            let byICalendar = pairs("icalendar")
            #expect(byICalendar == pairs("vobject"), "\(path): icalendar and vobject disagree")
            #expect(byICalendar == pairs("recurring"), "\(path): icalendar and recurring-ical-events disagree")
            // Summaries and statuses as python icalendar and vobject read them.
            let full = { (key: String) in ((report[key] as? [[String]]) ?? []).map { $0.joined(separator: "|") }.sorted() }
            #expect(full("icalendar") == full("vobject"), "\(path): summaries or statuses differ")
            // The name with its comma intact, and both category values of the one property.
            // python icalendar gives properties it does not know (X-WR-CALNAME, NAME) as written;
            // undone by the TEXT rules, it is what vobject, which applies them, reads.
            let written = report["name_icalendar"] as? String ?? ""
            let unescaped = written.replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
                .replacingOccurrences(of: "\\\\", with: "\\")
            #expect(report["name_vobject"] as? String == unescaped, "\(path): X-WR-CALNAME read differently")
            #expect(!(report["name_vobject"] as? String ?? "").contains("\\"), "\(path): an escape was left in the name")
            // libical reads the same UIDs.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let calendar = try #require(try ICalCalendar.parse(text).first)
            #expect(calendar.events.map(\.uid).sorted() == byICalendar.map { String($0.split(separator: " ")[0]) }.sorted(), "\(path)")
            if calendar.events.contains(where: { $0.categories.count == 2 }) {
                let categories = report["categories_vobject"] as? [String] ?? []
                #expect(categories.contains { MeetingKindCodes.all.contains($0) }, "\(path): vobject lost the second category value")
            }
        }
    }
}

/// The meeting-kind codes samkal writes as the second CATEGORIES value.
enum MeetingKindCodes {
    static let all: Set<String> = [
        "leaderMeeting", "agreementRevision", "cooperationMeeting", "infoMeeting",
        "teamMeeting", "threeWayMeeting", "leaveFollowUp", "transitionMeeting",
    ]
}
