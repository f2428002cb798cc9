import SamkalCore
import Testing

/// `participantMeetings.prefer` and `preferTimeWithinDays` in the agreement file.
struct ParticipantPreferenceParsingTests {
    /// `small` with a `participantMeetings:` section from line 27 on.
    static func yaml(_ keys: [String]) -> String {
        AgreementFixtures.small(appending: (["participantMeetings:"] + keys.map { "  " + $0 }).joined(separator: "\n"))
    }

    static func preference(_ keys: [String]) throws -> ParticipantPreference {
        try AgreementParser.parse(yaml: yaml(keys), file: "avtale.yaml").resolved(calendarPeriods: []).participantMeetings.preference
    }

    static func diagnostics(_ keys: [String]) -> [Diagnostic] {
        do {
            _ = try AgreementParser.parse(yaml: yaml(keys), file: "avtale.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func withoutPreferTheNearestDayComesFirst() throws {
        #expect(try Self.preference(["bufferMinutes: 15"]) == .day)
        #expect(try AgreementParser.parse(yaml: AgreementFixtures.small, file: "avtale.yaml")
            .resolved(calendarPeriods: []).participantMeetings.preference == .day)
    }

    @Test func preferDayIsTheDefaultSpelledOut() throws {
        #expect(try Self.preference(["prefer: day"]) == .day)
    }

    @Test func preferTimeAloneLooksThreeWorkingDaysAway() throws {
        #expect(try Self.preference(["prefer: time"]) == .time(withinDays: 3))
    }

    @Test func preferTimeTakesItsNumberOfDays() throws {
        #expect(try Self.preference(["prefer: time", "preferTimeWithinDays: 5"]) == .time(withinDays: 5))
        #expect(try Self.preference(["preferTimeWithinDays: 0", "prefer: time"]) == .time(withinDays: 0))
        #expect(try Self.preference(["prefer: time", "preferTimeWithinDays: 10"]) == .time(withinDays: 10))
    }

    @Test func anUnknownPreferenceIsRefusedAtItsFileLineAndField() throws {
        let found = Self.diagnostics(["time: \"10:00\"", "prefer: tid"])
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.problem == .invalidChoice("tid", allowed: ["day", "time"]))
        #expect(first.location.file == "avtale.yaml")
        #expect(first.location.line == 29)
        #expect(first.field == "participantMeetings.prefer")
        #expect(first.formatted(in: .nb).hasPrefix("avtale.yaml:29:"))
        #expect(first.formatted(in: .nb).contains("participantMeetings.prefer: 'tid' er ikke tillatt (velg blant: day, time)"))
    }

    @Test(arguments: [[String](), ["prefer: day"]])
    func daysWithoutPreferTimeAreRefused(prefer: [String]) throws {
        let found = Self.diagnostics(prefer + ["preferTimeWithinDays: 2"])
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.problem == .requiresKey(key: "preferTimeWithinDays", requires: "prefer: time"))
        #expect(first.location.line == 28 + prefer.count)
        #expect(first.field == "participantMeetings.preferTimeWithinDays")
        #expect(first.formatted(in: .nb).contains("gjelder bare sammen med 'prefer: time'"))
        #expect(first.formatted(in: .en).contains("only applies together with 'prefer: time'"))
    }

    @Test func daysAfterAnUnreadablePreferAreNotReportedTwice() throws {
        let found = Self.diagnostics(["prefer: tid", "preferTimeWithinDays: 2"])
        #expect(found.map(\.field) == ["participantMeetings.prefer"])
    }

    @Test(arguments: ["11", "-1", "tre"])
    func daysOutsideZeroToTenAreRefused(value: String) throws {
        let found = Self.diagnostics(["prefer: time", "preferTimeWithinDays: \(value)"])
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.location.line == 29)
        #expect(first.field == "participantMeetings.preferTimeWithinDays")
        if value != "tre" {
            #expect(first.problem == .invalidNumber(value, range: 0...10))
        }
    }
}
