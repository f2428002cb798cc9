import Foundation
import ICalendar
import SamkalCore
import SamkalPublishing
import Testing

struct FeedBuilderTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func examplePlan() throws -> (Agreement, Plan) {
        let path = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        let plan = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(iso: "2026-11-01T12:00:00Z")!, identity: .testing
        ))
        return (agreement, plan)
    }

    @Test func everyFeedParsesBackWithoutErrorsAndPassesRestrictions() throws {
        let (agreement, plan) = try Self.examplePlan()
        let feeds = FeedBuilder().allFeeds(plan: plan, agreement: agreement)
        #expect(feeds.count == 1 + agreement.parties.count + agreement.people.count)
        for feed in feeds {
            let text = try feed.calendar.serialized()
            let report = ICalValidator.validate(text)
            #expect(report.problems.isEmpty, "\(feed.scope): \(report.problems)")
            #expect(report.passesRestrictions, "\(feed.scope)")
            #expect(report.eventCount == feed.calendar.events.count)
        }
    }

    @Test func everyEventHasTheRequiredProperties() throws {
        let (agreement, plan) = try Self.examplePlan()
        let text = try FeedBuilder().calendar(for: .agreement, plan: plan, agreement: agreement).serialized()
        #expect(!text.contains("METHOD"))
        for header in ["VERSION:2.0", "PRODID:", "NAME:", "X-WR-CALNAME:", "REFRESH-INTERVAL;VALUE=DURATION:", "X-PUBLISHED-TTL:"] {
            #expect(text.contains("\r\n" + header), "missing \(header)")
        }
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
        #expect(text.contains("\r\nTZID:Europe/Oslo\r\n"))

        let calendar = try #require(try ICalCalendar.parse(text).first)
        #expect(calendar.events.count == plan.meetings.count)
        for event in calendar.events {
            #expect(!event.uid.isEmpty)
            #expect(event.stamp == ICalDateTime(year: 2026, month: 11, day: 1, hour: 12, form: .utc))
            #expect(event.start.timeZoneID == "Europe/Oslo")
            #expect(event.end?.timeZoneID == "Europe/Oslo")
            #expect(event.summary?.isEmpty == false)
            #expect(event.description?.contains("Saksliste:") == true)
            #expect(event.location?.isEmpty == false)
            let organizer = try #require(event.organizer)
            #expect(organizer.commonName == "Kari Vågen")
            #expect(event.attendees.count >= 2)
            #expect(event.attendees.allSatisfy { $0.commonName != nil })
            #expect(event.attendees.contains { $0.role == .chair && $0.email == organizer.email })
            #expect(event.attendees.filter { $0.role == .required }.allSatisfy { $0.rsvp && $0.participationStatus == .needsAction })
            #expect(event.categories.count == 2)
            #expect(event.status == .tentative)
            #expect(event.sequence == 0)
        }
    }

    @Test func personFeedsHoldOnlyTheirOwnMeetings() throws {
        let (agreement, plan) = try Self.examplePlan()
        let builder = FeedBuilder()
        let leader = builder.calendar(for: .person("per-hakon-lian"), plan: plan, agreement: agreement)
        #expect(Set(leader.events.compactMap { $0.categories.last }) == ["leaderMeeting", "agreementRevision"])
        let advisor = builder.calendar(for: .person("ola-brattoy"), plan: plan, agreement: agreement)
        #expect(advisor.events.isEmpty)
        let nav = builder.calendar(for: .party("nav-nord-fosen"), plan: plan, agreement: agreement)
        #expect(nav.events.count == plan.meetings.count)
        let health = builder.calendar(for: .party("helse-afjord"), plan: plan, agreement: agreement)
        #expect(health.events.isEmpty)
    }

    @Test func feedsAreByteIdenticalAcrossRuns() throws {
        let (agreement, plan) = try Self.examplePlan()
        let (_, again) = try Self.examplePlan()
        let first = try FeedBuilder().calendar(for: .agreement, plan: plan, agreement: agreement).serialized()
        let second = try FeedBuilder().calendar(for: .agreement, plan: again, agreement: agreement).serialized()
        #expect(first == second)
    }
}
