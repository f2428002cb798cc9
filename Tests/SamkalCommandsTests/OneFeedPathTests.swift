import Foundation
import ICalendar
import SamkalCore
import SamkalPublishing
import SamkalService
import SamkalStore
import Testing

/// What subscribers receive comes from one place: `plan --ics` writes what `samkal serve`
/// serves for the same store, and an event's DTSTAMP follows its last change.
struct OneFeedPathTests {
    typealias CLI = CommandLineTests

    @Test func planWritesTheBytesTheServerServesAndStampsFollowChanges() async throws {
        let data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: env).status == 0)
        let mail = try CLI.temporaryDirectory()
        #expect(try CLI.run(["invite", "--outbox-dir", mail.path, "--mark-sent"], environment: env).status == 0)

        // A narrower re-plan still writes everything stored, with the invitations' CONFIRMED.
        let feeds = try CLI.temporaryDirectory()
        let replan = try CLI.run(["plan", CLI.example, "--from", "2027-03-01", "--to", "2027-03-31", "--ics", feeds.path], environment: env)
        #expect(replan.status == 0, "\(replan.stderr)")
        let store = try StoreLocation.dataDirectory(data).open()
        let rendering = FeedRendering(store: store)
        let now = UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
        for (label, scope) in [("afjord-nav-nord-fosen", FeedScope.agreement), ("person:ola-brattoy", .person("ola-brattoy")),
                               ("person:tolk-tigrinja", .person("tolk-tigrinja")), ("party:nav-nord-fosen", .party("nav-nord-fosen"))] {
            let name = try #require(CLI.feedFile(in: replan.stdout, for: label))
            let written = try String(contentsOf: feeds.appendingPathComponent(name), encoding: .utf8)
            let served = try await rendering.render(scope, agreementID: nil, now: now).text
            #expect(written == served, "\(label): plan --ics differs from what is served")
        }
        let agreementFile = try #require(CLI.feedFile(in: replan.stdout, for: "afjord-nav-nord-fosen"))
        let calendar = try #require(try ICalCalendar.parse(String(contentsOf: feeds.appendingPathComponent(agreementFile), encoding: .utf8)).first)
        #expect(calendar.events.contains { $0.start.month != 3 }, "a narrower range must not narrow the feed")
        #expect(calendar.events.allSatisfy { $0.status == .confirmed || $0.status == .cancelled })

        // DTSTAMP follows the invitation (CONFIRMED), which came after the plan version.
        let versions = try await store.meetingChangeTimes(agreementID: "afjord-nav-nord-fosen")
        let confirmed = try await store.meetingConfirmationTimes()
        for event in calendar.events where event.status == .confirmed {
            let stamp = event.stamp
            let seconds = try #require(LocalDate(year: stamp.year, month: stamp.month, day: stamp.day)).dayNumber * 86_400
                + stamp.hour * 3600 + stamp.minute * 60 + stamp.second
            let expected = max(versions[event.uid]?.secondsSince1970 ?? 0, confirmed[event.uid]?.secondsSince1970 ?? 0)
            #expect(seconds == expected, "\(event.uid)")
        }

        // A dry run shows the meetings as they stand: sent ones as confirmed.
        let dry = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--dry-run", "--json"], environment: env)
        let object = try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any]
        let statuses = Set((object?["meetings"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String })
        #expect(statuses.contains("confirmed"), "\(statuses)")
    }
}
