import Foundation
import ICalendar
import Testing

/// Busy-time reading on hostile and unusual input: every event either gives what it says
/// or is an error with its line, and no rule makes the work unbounded.
struct BoundedBusyTimeTests {
    typealias Times = ICalBusyTimeTests

    static let window = (Times.seconds("2027-01-01T00:00:00Z"), Times.seconds("2029-01-01T00:00:00Z"))

    /// A calendar with one event (lines 4–) whose own lines follow UID and DTSTAMP (line 6).
    static func calendar(_ lines: [String], before: [String] = []) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + before
            + ["BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20270101T000000Z"] + lines
            + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    static func read(_ text: String) throws(ICalError) -> ICalBusyTime.Reading {
        try ICalBusyTime.read(text, from: window.0, to: window.1, floatingZone: "Europe/Oslo")
    }

    static let start = "DTSTART;TZID=Europe/Oslo:20270104T083000"
    static let end = "DTEND;TZID=Europe/Oslo:20270104T093000"

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let lines: [String]
        let line: Int
        let kind: ICalProblem.Kind?
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "no DTSTART", lines: [end], line: 4, kind: .eventWithoutStart),
        Refusal(name: "DTEND before DTSTART", lines: [start, "DTEND;TZID=Europe/Oslo:20270104T073000"], line: 8, kind: .endsBeforeStart),
        Refusal(name: "negative DURATION", lines: [start, "DURATION:-PT1H"], line: 8, kind: .endsBeforeStart),
        Refusal(name: "30 February", lines: ["DTSTART:20270230T083000Z", "DTEND:20270230T093000Z"], line: 7, kind: .impossibleValue("20270230T083000Z")),
        Refusal(name: "year 0000", lines: ["DTSTART:00000101T083000Z", "DTEND:00000101T093000Z"], line: 7, kind: .impossibleValue("00000101T083000Z")),
        Refusal(name: "an unknown zone", lines: ["DTSTART;TZID=Mars/Olympus:20270104T083000", "DTEND;TZID=Mars/Olympus:20270104T093000"], line: 7, kind: .unknownTimeZone("Mars/Olympus")),
        Refusal(name: "an unknown zone in EXDATE", lines: [start, end, "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;TZID=Mars/Olympus:20270105T083000"], line: 10, kind: .unknownTimeZone("Mars/Olympus")),
        Refusal(name: "a rule no day satisfies", lines: [start, end, "RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"], line: 9, kind: .cannotExpand("FREQ=HOURLY;BYMONTHDAY=30;BYMONTH=2")),
        Refusal(name: "an event inside an event", lines: [start, end, "BEGIN:VEVENT", "END:VEVENT"], line: 9, kind: .componentInsideEvent("VEVENT")),
        Refusal(name: "a 300 kB line", lines: [start, end, "DESCRIPTION:" + String(repeating: "x", count: 300_000)], line: 9, kind: .lineTooLong(limit: 262_144)),
    ]

    @Test(arguments: refusals)
    func anEventThatCannotBeReadIsAnErrorWithItsLine(_ refusal: Refusal) {
        do {
            _ = try Self.read(Self.calendar(refusal.lines))
            Issue.record("accepted")
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(problems.first?.line == refusal.line, "\(problems)")
            #expect(problems.first?.kind == refusal.kind, "\(problems)")
        }
    }

    struct Bomb: Sendable, CustomTestStringConvertible {
        let rule: String
        var testDescription: String { rule }
    }

    /// Rules that would take libical millions of steps, with or without COUNT, are refused
    /// at once with the rule's line.
    @Test(arguments: [
        "RRULE:FREQ=SECONDLY", "RRULE:FREQ=SECONDLY;COUNT=2000000000", "RRULE:FREQ=MINUTELY",
        "RRULE:FREQ=MINUTELY;COUNT=5;BYMONTH=2;BYMONTHDAY=29", "RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,10,20,30,40,50;COUNT=900000",
    ].map(Bomb.init))
    func aRecurrenceBombIsRefusedWithItsLine(_ bomb: Bomb) {
        let started = Date()
        do {
            _ = try Self.read(Self.calendar(["DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T083001", bomb.rule]))
            Issue.record("accepted")
        } catch {
            guard case .tooManyOccurrences(let line, _, let limit) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 9)
            #expect(limit == 100_000)
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// A one-second event recurring hourly ten times is ten busy seconds (libical's own
    /// expansion walked this without end).
    @Test func aShortCountedRuleGivesItsCount() throws {
        for frequency in ["SECONDLY", "MINUTELY", "HOURLY"] {
            let reading = try Self.read(Self.calendar([
                "DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T083001", "RRULE:FREQ=\(frequency);COUNT=10",
            ]))
            #expect(reading.spans.count == 10, "\(frequency)")
            #expect(reading.spans.allSatisfy { $0.end - $0.start == 1 })
        }
    }

    /// A daily rule from 1700 is walked from the window, not from 1700, and gives the same
    /// local times there.
    @Test func anOldRuleIsExpandedFromTheWindow() throws {
        let reading = try Self.read(Self.calendar([
            "DTSTART;TZID=Europe/Oslo:17000104T083000", "DTEND;TZID=Europe/Oslo:17000104T093000", "RRULE:FREQ=DAILY",
        ]))
        #expect(reading.spans.count == 731)
        #expect(reading.spans.first == ICalBusySpan(start: Times.seconds("2027-01-01T07:30:00Z"), end: Times.seconds("2027-01-01T08:30:00Z")))
        #expect(reading.spans.contains(ICalBusySpan(start: Times.seconds("2027-07-01T06:30:00Z"), end: Times.seconds("2027-07-01T07:30:00Z"))))
    }

    /// Found by the fuzzer: a date in the year 1013 with a monthly rule made libical expand
    /// Europe/Oslo's rules year by year for every occurrence (13 s); the rule is now resumed
    /// at the window and early occurrences are never converted. The event is busy in the
    /// window only.
    @Test func aRuleFromAThousandYearsAgoIsCheap() throws {
        let started = Date()
        let reading = try Self.read(Self.calendar([
            "DTSTART;VALUE=DATE:10130610", "DTEND;VALUE=DATE:20270104", "RRULE:FREQ=MONTHLY;BYMONTHDAY=8;UNTIL=20280101T000000Z",
        ]))
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(reading.spans.allSatisfy { $0.start >= Self.window.0 && $0.end <= Self.window.1 })
        #expect(!reading.spans.isEmpty)
    }

    /// Found by the fuzzer: events inside another component, with that component's END
    /// between them, are still parsed each in its own context (libical printed "END
    /// before BEGIN" when they were batched together with the END between them).
    @Test func eventsInsideAnotherComponentAreRead() throws {
        let event = { (day: Int) in
            ["BEGIN:VEVENT", "UID:e\(day)@test", "DTSTAMP:20270101T000000Z", "DTSTART:202701\(String(format: "%02d", day))T080000Z", "DTEND:202701\(String(format: "%02d", day))T090000Z", "END:VEVENT"]
        }
        let text = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB", "BEGIN:X-GROUP"] + event(4) + ["END:X-GROUP"] + event(5)
            + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
        let reading = try Self.read(text)
        #expect(reading.spans.count == 2)
    }

    /// A DURATION of two million years is busy for the whole window (libical's own
    /// conversion to seconds overflows and made it no time at all).
    @Test func aVeryLongDurationIsBusyForTheWindow() throws {
        let reading = try Self.read(Self.calendar(["DTSTART:20270104T080000Z", "DURATION:P99999999W"]))
        #expect(reading.spans == [ICalBusySpan(start: Times.seconds("2027-01-04T08:00:00Z"), end: Self.window.1)])
    }

    /// Outlook writes its own zone names with a VTIMEZONE; floating times are the agreement's.
    @Test func zonesFromTheFileAndFloatingTimesAreRead() throws {
        let outlookZone = [
            "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
        let outlook = try Self.read(Self.calendar(
            ["DTSTART;TZID=W. Europe Standard Time:20270604T083000", "DTEND;TZID=W. Europe Standard Time:20270604T093000"],
            before: outlookZone
        ))
        #expect(outlook.spans == [ICalBusySpan(start: Times.seconds("2027-06-04T06:30:00Z"), end: Times.seconds("2027-06-04T07:30:00Z"))])
        let floating = try Self.read(Self.calendar(["DTSTART:20270104T083000", "DTEND:20270104T093000"]))
        #expect(floating.spans == [ICalBusySpan(start: Times.seconds("2027-01-04T07:30:00Z"), end: Times.seconds("2027-01-04T08:30:00Z"))])
    }

    /// A day off across the change to summer time is the whole local day, 23 hours.
    @Test func anAllDayEventIsTheLocalDay() throws {
        let reading = try Self.read(Self.calendar(["DTSTART;VALUE=DATE:20270328", "DTEND;VALUE=DATE:20270329"]))
        #expect(reading.spans == [ICalBusySpan(start: Times.seconds("2027-03-27T23:00:00Z"), end: Times.seconds("2027-03-28T22:00:00Z"))])
    }

    /// An event that starts and has no length is no busy time, said as a warning.
    @Test func anEventWithoutLengthIsAWarning() throws {
        let reading = try Self.read(Self.calendar([Self.start]))
        #expect(reading.spans.isEmpty)
        #expect(reading.warnings.map(\.line) == [4])
        #expect(reading.warnings.first?.kind == .withoutLength)
    }

    /// 5,000 nested VEVENTs are refused at the first nested BEGIN, in a linear scan.
    @Test func nestingIsRefusedAtItsLine() {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
            + String(repeating: "BEGIN:VEVENT\r\n", count: 5_000) + String(repeating: "END:VEVENT\r\n", count: 5_000) + "END:VCALENDAR\r\n"
        #expect(throws: ICalError.invalid([ICalProblem(line: 5, property: "BEGIN", message: "BEGIN:VEVENT inside a VEVENT", kind: .componentInsideEvent("VEVENT"))])) {
            try Self.read(text)
        }
    }

    /// Events are parsed a batch at a time; a problem in a late batch still names its line
    /// in the whole file, and every event of every batch counts.
    @Test func aLargeFileIsReadInBatchesWithItsLines() throws {
        var events: [String] = []
        for index in 0..<2_500 {
            let day = String(format: "%02d", 1 + index % 28), month = String(format: "%02d", 1 + (index / 28) % 12)
            events += [
                "BEGIN:VEVENT", "UID:e\(index)@test", "DTSTAMP:20270101T000000Z",
                "DTSTART:2027\(month)\(day)T\(String(format: "%02d", index % 24))0000Z", "DTEND:2027\(month)\(day)T\(String(format: "%02d", index % 24))3000Z",
                "END:VEVENT",
            ]
        }
        let whole = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + events + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
        #expect(try Self.read(whole).spans.count == 2_500)
        // Event 2,300 (0-based) starts on line 4 + 6 × 2,300; its DTEND is four lines on.
        var broken = events
        broken[2_300 * 6 + 4] = "DTEND:20270101T000000Z"
        let text = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + broken + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
        do {
            _ = try Self.read(text)
            Issue.record("accepted")
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(problems.first?.line == 4 + 6 * 2_300 + 4)
        }
        // A line libical cannot read, late in the file, also names its line.
        var unreadable = events
        unreadable[2_400 * 6 + 3] = "DTSTART:2027X101T000000Z"
        let unreadableText = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + unreadable + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
        do {
            _ = try Self.read(unreadableText)
            Issue.record("accepted")
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(problems.first?.line == 4 + 6 * 2_400 + 3, "\(problems)")
        }
    }

    /// Found by the fuzzer: an all-day event of a thousand years recurring every two hours
    /// ends each occurrence in the year 3039. libical expands a zone through 2582 at most and
    /// expanded Europe/Oslo again for every such end (12 ms each, 20 s in all); a time after
    /// the year following the window is now converted as UTC. It is busy for the whole window.
    @Test func occurrencesEndingAThousandYearsOnAreCheap() throws {
        let started = Date()
        let reading = try Self.read(Self.calendar([
            "DTSTART;VALUE=DATE:10130310", "DTEND;VALUE=DATE:20260819", "RRULE:FREQ=HOURLY;INTERVAL=2",
        ]))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(reading.spans.first?.start == Self.window.0)
        #expect(!reading.spans.isEmpty && reading.spans.allSatisfy { $0.end == Self.window.1 })
    }

    /// A VTIMEZONE (lines 4–) whose STANDARD part starts at `start` with `rule` (line 10).
    static func zone(_ id: String, start: String = "19700101T030000", rule: String) -> [String] {
        [
            "BEGIN:VTIMEZONE", "TZID:\(id)",
            "BEGIN:STANDARD", "DTSTART:\(start)", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:\(rule)", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    }

    struct CostlyZone: Sendable, CustomTestStringConvertible {
        let start: String
        let rule: String
        var testDescription: String { "\(rule) from \(start)" }
    }

    /// Found by the fuzzer: a file's own zone with FREQ=SECONDLY kept libical expanding it for
    /// minutes the first time an event's time was converted in it. Rules whose expansion would
    /// take libical seconds are refused, with the zone and the rule's line, before it starts.
    @Test(arguments: [
        CostlyZone(start: "19700101T030000", rule: "FREQ=SECONDLY"),
        CostlyZone(start: "19700101T030000", rule: "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30"),
        CostlyZone(start: "00010101T030000", rule: "FREQ=DAILY"),
        CostlyZone(start: "00010101T030000", rule: "FREQ=YEARLY;BYHOUR=\((0..<24).map(String.init).joined(separator: ","));BYMINUTE=0,10,20,30,40,50;BYSECOND=0,20,40"),
    ])
    func aZoneTooCostlyToExpandIsRefusedWithItsLine(_ costly: CostlyZone) {
        let started = Date()
        let refusal = Self.costlyZoneRefusal(Self.calendar(
            ["DTSTART;TZID=Costly:20270104T083000", "DTEND;TZID=Costly:20270104T093000"],
            before: Self.zone("Costly", start: costly.start, rule: costly.rule)
        ))
        #expect(refusal?.zone == "Costly")
        #expect(refusal?.line == 10)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// The zone and line `text` is refused with as too costly to expand; nil (and an issue) otherwise.
    static func costlyZoneRefusal(_ text: String) -> (zone: String, line: Int?)? {
        do {
            _ = try read(text)
            Issue.record("accepted")
        } catch {
            if case .invalid(let problems) = error, case .timeZoneTooCostly(let zone, _)? = problems.first?.kind {
                return (zone, problems.first?.line)
            }
            Issue.record("\(error)")
        }
        return nil
    }

    /// A costly zone no event uses costs nothing and is no error.
    @Test func aZoneNoEventUsesIsNotExpanded() throws {
        let reading = try Self.read(Self.calendar([Self.start, Self.end], before: Self.zone("Costly", rule: "FREQ=SECONDLY")))
        #expect(reading.spans == [ICalBusySpan(start: Times.seconds("2027-01-04T07:30:00Z"), end: Times.seconds("2027-01-04T08:30:00Z"))])
    }

    /// The zones of one file share one budget: each of these alone is read, the second one
    /// used is refused with its own rule's line.
    @Test func theZonesOfAFileShareOneBudget() throws {
        let first = Self.zone("First", start: "15000101T030000", rule: "FREQ=DAILY")
        let second = Self.zone("Second", start: "15000101T030000", rule: "FREQ=DAILY")
        let events = ["DTSTART;TZID=First:20270104T083000", "DTEND;TZID=First:20270104T093000"]
        #expect(try Self.read(Self.calendar(events, before: first)).spans.count == 1)
        let both = Self.calendar(events, before: first + second).replacingOccurrences(
            of: "END:VEVENT",
            with: "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:y@test\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Second:20270105T083000\r\nDTEND;TZID=Second:20270105T093000\r\nEND:VEVENT"
        )
        let refusal = Self.costlyZoneRefusal(both)
        #expect(refusal?.zone == "Second")
        #expect(refusal?.line == 10 + 15)
    }
}
