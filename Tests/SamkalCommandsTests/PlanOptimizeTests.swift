import ArgumentParser
import Foundation
import SamkalCore
@testable import SamkalCommands
import SamkalService
import SamkalStore
import Testing

/// `samkal plan run --optimize`: the flag, and the day it gives the planner.
struct PlanOptimizeTests {
    typealias CLI = CommandLineTests

    static let arguments = ["plan", "run", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"]

    static func parsed(_ extra: [String]) throws -> PlanRunCommand {
        let command = try SamkalCommand.parseAsRoot(arguments + extra)
        return try #require(command as? PlanRunCommand)
    }

    @Test func theFlagIsOffUnlessGiven() throws {
        #expect(try Self.parsed([]).optimize == false)
        #expect(try Self.parsed(["--optimize"]).optimize == true)
    }

    @Test func theFlagGoesWithADryRun() throws {
        let command = try Self.parsed(["--optimize", "--dry-run"])
        #expect(command.optimize && command.dryRun)
    }

    static func agreement() throws -> Agreement {
        try AgreementParser.parse(yaml: String(contentsOfFile: CLI.example, encoding: .utf8), file: CLI.example)
            .resolved(calendarPeriods: [])
    }

    static func optimizeFrom(now: String, optimize: Bool, record: Bool) async throws -> LocalDate? {
        let agreement = try agreement()
        let range = try #require(DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-03-31")!))
        let outcome = try await PlanningService(store: MemoryStore(), identity: .testing).plan(
            agreement, range: range, stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), language: .nb,
            participants: [], record: record, audit: nil, now: try #require(UTCTimestamp(iso: now)), optimize: optimize
        )
        return outcome.optimizeFrom
    }

    /// Today in Europe/Oslo at the injected `now`, not in UTC and not from the wall clock.
    @Test(arguments: [true, false])
    func optimizingCountsFromTodayInTheAgreementsTimeZone(record: Bool) async throws {
        // 23:30 UTC is 00:30 the next day in Oslo, in winter (+01:00) …
        #expect(try await Self.optimizeFrom(now: "2027-03-10T23:30:00Z", optimize: true, record: record) == LocalDate(iso: "2027-03-11"))
        // … and 22:30 UTC is 00:30 the next day in summer (+02:00).
        #expect(try await Self.optimizeFrom(now: "2027-06-30T22:30:00Z", optimize: true, record: record) == LocalDate(iso: "2027-07-01"))
        #expect(try await Self.optimizeFrom(now: "2027-03-10T12:00:00Z", optimize: true, record: record) == LocalDate(iso: "2027-03-10"))
        #expect(try await Self.optimizeFrom(now: "2027-03-10T23:30:00Z", optimize: false, record: record) == nil)
    }

    @Test func theRequestCarriesTheDay() throws {
        let agreement = try Self.agreement()
        let range = try #require(DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-03-31")!))
        let stamp = UTCTimestamp(date: LocalDate(iso: "2026-11-01")!)
        let day = LocalDate(iso: "2027-02-01")
        #expect(PlanRequest(agreement: agreement, range: range, stamp: stamp, identity: .testing).optimizeFrom == nil)
        #expect(PlanRequest(agreement: agreement, range: range, stamp: stamp, identity: .testing, optimizeFrom: day).optimizeFrom == day)
    }

    /// End to end: a dry run with `--optimize` plans and stores nothing.
    @Test func aDryRunWithOptimizeSucceeds() throws {
        let result = try CLI.run(Self.arguments + ["--as", "kari-vagen", "--stamp", "2026-11-20T12:00:00Z", "--optimize", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}

/// `plan --optimize` on a store: meetings that had to leave their day come back once the
/// busy time is gone, listed by `plan diff`; without the flag they stay.
struct PlanOptimizeStoreTests {
    typealias CLI = CommandLineTests

    static func calendar(_ events: [String]) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + events + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    @Test func optimizingMovesUnsentMeetingsBackAndPlanDiffSaysSo() throws {
        let data = try CLI.temporaryDirectory().path
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: environment).status == 0)
        let directory = try CLI.temporaryDirectory()
        let busy = directory.appendingPathComponent("ola.ics")
        try Self.calendar([
            "BEGIN:VEVENT", "UID:kurs@x", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T153000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,TU", "SUMMARY:Kurs", "END:VEVENT",
        ]).write(to: busy, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["busy", "import", "ola-brattoy", busy.path], environment: environment).status == 0)
        let plan = ["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", "2026-11-20T12:00:00Z"]
        #expect(try CLI.run(plan, environment: environment).status == 0)

        // The course is over: Ola is free on Mondays and Tuesdays again.
        try Self.calendar([
            "BEGIN:VEVENT", "UID:annet@x", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20300104T083000", "DTEND;TZID=Europe/Oslo:20300104T093000", "SUMMARY:Annet", "END:VEVENT",
        ]).write(to: busy, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["busy", "import", "ola-brattoy", busy.path], environment: environment).status == 0)
        let again = try CLI.run(plan, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        let unchanged = try CLI.run(["plan", "diff"], environment: environment)
        #expect(!unchanged.stdout.contains("nærmere ønsket dag"), "\(unchanged.stdout)")

        let optimized = try CLI.run(plan + ["--optimize"], environment: environment)
        #expect(optimized.status == 0, "\(optimized.stderr)")
        let diff = try CLI.run(["plan", "diff"], environment: environment)
        #expect(diff.stdout.contains("flyttet: nærmere ønsket dag og tid"), "\(diff.stdout)")
    }
}
