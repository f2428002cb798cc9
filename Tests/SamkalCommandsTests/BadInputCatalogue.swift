import Foundation
import Testing

/// One broken input and what samkal must say about it.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// Which surface: csv, busy, reply, mime, yaml, flags.
    let family: String
    let name: String
    /// Files written into the case's work directory, by name.
    var files: [String: [UInt8]] = [:]
    /// The command; `{dir}` is the work directory.
    let arguments: [String]
    var environment: [String: String] = [:]
    var input: String?
    /// Texts stderr must contain (`{dir}` replaced).
    let expected: [String]
    /// A regular expression stderr must match: the file and line, or the flag.
    let location: String

    var testDescription: String { "\(family): \(name)" }
}

/// The catalogue of broken inputs across every surface that reads them. Each must fail
/// with a non-zero status, a message naming the file and line (or the flag), in bounded
/// time, with the store and the output directories as they were.
enum BadInputCatalogue {
    static let example = CommandLineTests.example
    static let busyOwner = "ola-brattoy"

    static var all: [BadInput] {
        busy + replies + mime + csv + yaml + flags
    }

    // MARK: Busy-time iCalendar

    /// A calendar with one event; the event's own lines start on line 7.
    static func calendar(_ lines: [String], before: [String] = []) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB"] + before
            + ["BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20270101T000000Z"] + lines
            + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    static let start = "DTSTART;TZID=Europe/Oslo:20270104T083000"
    static let end = "DTEND;TZID=Europe/Oslo:20270104T093000"

    static func busyCase(_ name: String, _ text: String, line: Int?, _ expected: String) -> BadInput {
        busyCase(name, Array(text.utf8), line: line, expected)
    }

    static func busyCase(_ name: String, _ bytes: [UInt8], line: Int?, _ expected: String) -> BadInput {
        BadInput(
            family: "busy", name: name, files: ["bad.ics": bytes],
            arguments: ["busy", "import", busyOwner, "{dir}/bad.ics"],
            expected: [expected], location: "bad\\.ics:\(line.map(String.init) ?? "\\d+"):\\d+: feil"
        )
    }

    static func rule(_ rule: String) -> String {
        calendar(["DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T083001", rule])
    }

    static var busy: [BadInput] {
        var cases: [BadInput] = [
            busyCase("no DTSTART", calendar([end]), line: 4, "har ingen DTSTART"),
            busyCase("DTEND before DTSTART", calendar([start, "DTEND;TZID=Europe/Oslo:20270104T073000"]), line: 8, "slutter (DTEND) før den begynner"),
            busyCase("negative DURATION", calendar([start, "DURATION:-PT1H"]), line: 8, "før den begynner"),
            busyCase("30 February", calendar(["DTSTART:20270230T083000Z", "DTEND:20270230T093000Z"]), line: 7, "er ikke en gyldig dato eller tid"),
            busyCase("31 April", calendar(["DTSTART:20270431T083000Z", "DTEND:20270431T093000Z"]), line: 7, "er ikke en gyldig dato eller tid"),
            busyCase("year 0000", calendar(["DTSTART:00000101T083000Z", "DTEND:00000101T093000Z"]), line: 7, "er ikke en gyldig dato eller tid"),
            busyCase("month 13", calendar(["DTSTART:20271301T083000Z", "DTEND:20271301T093000Z"]), line: 7, "DTSTART"),
            busyCase("hour 25", calendar(["DTSTART:20270104T253000Z", "DTEND:20270104T263000Z"]), line: 7, "DTSTART"),
            busyCase("DTEND impossible", calendar([start, "DTEND:20270132T093000Z"]), line: 8, "DTEND"),
            busyCase("unknown zone", calendar(["DTSTART;TZID=Mars/Olympus:20270104T083000", "DTEND;TZID=Mars/Olympus:20270104T093000"]), line: 7, "ukjent tidssone 'Mars/Olympus'"),
            busyCase("unknown zone in DTEND", calendar([start, "DTEND;TZID=Jupiter/Io:20270104T093000"]), line: 8, "ukjent tidssone 'Jupiter/Io'"),
            busyCase("unknown zone in EXDATE", calendar([start, end, "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;TZID=Mars/Olympus:20270105T083000"]), line: 10, "ukjent tidssone"),
            busyCase("unknown zone in RDATE", calendar([start, end, "RDATE;TZID=Mars/Olympus:20270105T083000"]), line: 9, "ukjent tidssone"),
            busyCase("impossible EXDATE", calendar([start, end, "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20270230T083000Z"]), line: 10, "EXDATE"),
            busyCase("impossible RDATE", calendar([start, end, "RDATE:20270230T083000Z"]), line: 9, "RDATE"),
            busyCase("unparsable DTSTART", calendar(["DTSTART:2027X104T083000Z", end]), line: 7, "DTSTART"),
            busyCase("unparsable DTEND", calendar([start, "DTEND:tomorrow"]), line: 8, "DTEND"),
            busyCase("unparsable DURATION", calendar([start, "DURATION:an hour"]), line: 8, "DURATION"),
            busyCase("unparsable EXDATE", calendar([start, end, "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:soon"]), line: 10, "EXDATE"),
            busyCase("unknown FREQ", rule("RRULE:FREQ=FORTNIGHTLY"), line: 9, "RRULE"),
            busyCase("RRULE without FREQ", rule("RRULE:COUNT=3"), line: 9, "RRULE"),
            busyCase("bad BYDAY", rule("RRULE:FREQ=WEEKLY;BYDAY=XX"), line: 9, "RRULE"),
            busyCase("bad UNTIL", rule("RRULE:FREQ=DAILY;UNTIL=someday"), line: 9, "RRULE"),
            busyCase("FREQ=SECONDLY", rule("RRULE:FREQ=SECONDLY"), line: 9, "mer enn 100000 forekomster"),
            busyCase("FREQ=SECONDLY with a huge COUNT", rule("RRULE:FREQ=SECONDLY;COUNT=2000000000"), line: 9, "mer enn 100000 forekomster"),
            busyCase("FREQ=MINUTELY", rule("RRULE:FREQ=MINUTELY"), line: 9, "mer enn 100000 forekomster"),
            busyCase("MINUTELY filtered to leap days", rule("RRULE:FREQ=MINUTELY;COUNT=5;BYMONTH=2;BYMONTHDAY=29"), line: 9, "mer enn 100000 forekomster"),
            busyCase("HOURLY on 30 February", rule("RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"), line: 9, "kan ikke utvides"),
            busyCase("DAILY on 31 November", rule("RRULE:FREQ=DAILY;BYMONTH=11;BYMONTHDAY=31"), line: 9, "kan ikke utvides"),
            busyCase("YEARLY on day 367", rule("RRULE:FREQ=YEARLY;BYYEARDAY=367"), line: 9, "RRULE"),
            busyCase("DAILY every minute of the day", rule("RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,10,20,30,40,50"), line: 9, "mer enn 100000 forekomster"),
            busyCase("an event inside an event", calendar([start, end, "BEGIN:VEVENT", "END:VEVENT"]), line: 9, "BEGIN:VEVENT inne i en VEVENT"),
            busyCase("a to-do inside an event", calendar([start, end, "BEGIN:VTODO", "END:VTODO"]), line: 9, "BEGIN:VTODO inne i en VEVENT"),
            busyCase("5,000 nested events", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + String(repeating: "BEGIN:VEVENT\r\n", count: 5_000) + String(repeating: "END:VEVENT\r\n", count: 5_000) + "END:VCALENDAR\r\n", line: 5, "inne i en VEVENT"),
            busyCase("components nested too deep", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + String(repeating: "BEGIN:X-A\r\n", count: 10) + String(repeating: "END:X-A\r\n", count: 10) + "END:VCALENDAR\r\n", line: 7, "nøstet dypere enn 4"),
            busyCase("a 300 kB line", calendar([start, end, "DESCRIPTION:" + String(repeating: "x", count: 300_000)]), line: 9, "lengre enn 262144 byte"),
            busyCase("a 300 kB folded line", calendar([start, end, "DESCRIPTION:x"] + Array(repeating: " " + String(repeating: "y", count: 74), count: 4_000)), line: 9, "lengre enn 262144 byte"),
            busyCase("100,000 EXDATEs on one line", calendar([start, end, "RRULE:FREQ=DAILY", "EXDATE:" + Array(repeating: "20270105T073000Z", count: 100_000).joined(separator: ",")]), line: 10, "lengre enn"),
            busyCase("not iCalendar", "Dette er ikke en kalender.\n", line: 1, "iCalendar"),
            busyCase("an empty file", "", line: 1, "iCalendar"),
            busyCase("only a header", "BEGIN:VCALENDAR\r\n", line: 1, "BEGIN:VCALENDAR og END:VCALENDAR står ikke parvis"),
            busyCase("an END without its BEGIN", calendar([start, end]).replacingOccurrences(of: "END:VEVENT", with: "END:VTODO"), line: 9, "END:VTODO står ikke parvis"),
            busyCase("a VEVENT never ended", calendar([start, end]).replacingOccurrences(of: "END:VEVENT\r\n", with: ""), line: 9, "står ikke parvis"),
            busyCase("UTF-16", [0xFF, 0xFE] + Array("BEGIN:VCALENDAR\r\n".utf8).flatMap { [$0, 0] }, line: 1, "UTF-16"),
            busyCase("Latin-1 in a summary", Array(calendar([start, end, "SUMMARY:Norsk"]).utf8).map { $0 } + [0xE6, 0xF8, 0xE5], line: nil, "UTF-8"),
            busyCase("binary", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x7F] + Array(repeating: 0, count: 64), line: 1, "binær"),
        ]
        cases.append(BadInput(
            family: "busy", name: "a missing file", arguments: ["busy", "import", busyOwner, "{dir}/finnes-ikke.ics"],
            expected: ["filen finnes ikke"], location: "finnes-ikke\\.ics:1:1: feil"
        ))
        cases.append(BadInput(
            family: "busy", name: "a directory as the file", files: ["mappe.ics/x": Array("x".utf8)],
            arguments: ["busy", "import", busyOwner, "{dir}/mappe.ics"],
            expected: ["det er en mappe"], location: "mappe\\.ics:1:1: feil"
        ))
        cases.append(BadInput(
            family: "busy", name: "an unknown owner", files: ["ok.ics": Array(calendar([start, end]).utf8)],
            arguments: ["busy", "import", "nobody-known", "{dir}/ok.ics"],
            expected: ["nobody-known"], location: "ok\\.ics:1:1: feil"
        ))
        cases.append(BadInput(
            family: "busy", name: "one bad file in a directory of good ones",
            files: ["busy/ola-brattoy.ics": Array(calendar([start, end]).utf8), "busy/kari-vagen.ics": Array(calendar([end]).utf8)],
            arguments: ["busy", "import", "--dir", "{dir}/busy"],
            expected: ["har ingen DTSTART"], location: "kari-vagen\\.ics:4:1: feil"
        ))
        cases.append(BadInput(
            family: "busy", name: "more busy periods than a file may give",
            files: ["bad.ics": Array(([
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            ] + (0..<600).flatMap { index in
                ["BEGIN:VEVENT", "UID:e\(index)@test", "DTSTAMP:20270101T000000Z",
                 "DTSTART:20270104T\(String(format: "%02d", index % 24))\(String(format: "%02d", index / 24))00Z", "DURATION:PT1M", "RRULE:FREQ=DAILY;COUNT=1000", "END:VEVENT"]
            } + ["END:VCALENDAR", ""]).joined(separator: "\r\n").utf8)],
            arguments: ["busy", "import", busyOwner, "{dir}/bad.ics", "--from", "2027-01-01", "--to", "2029-12-31"],
            expected: ["mer enn 500000 opptatt-perioder"], location: "bad\\.ics:\\d+:1: feil"
        ))
        return cases
    }

    // MARK: Replies (iTIP REPLY as .ics, with --from)

    static func reply(_ lines: [String]) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB", "METHOD:REPLY", "BEGIN:VEVENT"] + lines
            + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    static func replyCase(_ name: String, _ text: String, line: Int?, _ expected: String) -> BadInput {
        BadInput(
            family: "reply", name: name, files: ["svar.ics": Array(text.utf8)],
            arguments: ["rsvp", "import", "{dir}/svar.ics", "--from", "marit.fjaerli@nav.example.no"],
            expected: [expected], location: "svar\\.ics:\(line.map(String.init) ?? "\\d+"):\\d+: feil"
        )
    }

    static let attendee = "ATTENDEE;PARTSTAT=ACCEPTED:mailto:marit.fjaerli@nav.example.no"
    static let stamp = "DTSTAMP:20260101T000000Z"

    static var replies: [BadInput] {
        [
            replyCase("unparsable DTSTART", reply(["UID:u@x", stamp, "DTSTART:2027X101T000000Z", attendee]), line: 8, "DTSTART"),
            replyCase("unknown meeting", reply(["UID:finnes-ikke@x", stamp, "DTSTART:20270104T080000Z", attendee]), line: 6, "ukjent møte"),
            replyCase("an event without DTSTART", reply(["UID:finnes-ikke@x", stamp, attendee]), line: 5, "mangler DTSTART"),
            replyCase("no event", (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB", "METHOD:REPLY", "END:VCALENDAR", ""]).joined(separator: "\r\n"), line: 1, "ingen VEVENT"),
            replyCase("not a reply", reply(["UID:u@x", stamp, "DTSTART:20270104T080000Z", attendee]).replacingOccurrences(of: "METHOD:REPLY", with: "METHOD:REQUEST"), line: 4, "ikke et svar"),
            replyCase("not iCalendar", "hei\n", line: 1, "iCalendar"),
            replyCase("empty", "", line: 1, "iCalendar"),
            replyCase("an event inside an event", reply(["UID:u@x", stamp, attendee, "BEGIN:VEVENT", "END:VEVENT"]), line: 9, "inne i en VEVENT"),
            replyCase("a 300 kB line", reply(["UID:u@x", stamp, attendee, "COMMENT:" + String(repeating: "x", count: 300_000)]), line: 9, "lengre enn 262144 byte"),
            // Found by the fuzzer: libical reads "\rBEGIN" as a property, so the END had no BEGIN.
            replyCase("a BEGIN behind a lone CR", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REPLY\n\rBEGIN:VEVENT\r\nUID:u@x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", line: 7, "står ikke parvis"),
            replyCase("nesting too deep", "BEGIN:VCALENDAR\r\n" + String(repeating: "BEGIN:X-A\r\n", count: 8) + String(repeating: "END:X-A\r\n", count: 8) + "END:VCALENDAR\r\n", line: 5, "nøstet dypere"),
            replyCase("bad PARTSTAT line", reply(["UID:u@x", stamp, "ATTENDEE;PARTSTAT=ACCEPTED:mailto:", "X"]), line: nil, "svar"),
            BadInput(
                family: "reply", name: "a missing file", arguments: ["rsvp", "import", "{dir}/finnes-ikke.ics", "--from", "a@b.no"],
                expected: ["filen finnes ikke"], location: "finnes-ikke\\.ics:1:1: feil"
            ),
            BadInput(
                family: "reply", name: "a directory", files: ["svar/x": Array("x".utf8)], arguments: ["rsvp", "import", "{dir}/svar", "--from", "a@b.no"],
                expected: ["det er en mappe"], location: "svar:1:1: feil"
            ),
            BadInput(
                family: "reply", name: "UTF-16", files: ["svar.ics": [0xFE, 0xFF] + Array("BEGIN:VCALENDAR\r\n".utf8).flatMap { [0, $0] }],
                arguments: ["rsvp", "import", "{dir}/svar.ics", "--from", "a@b.no"], expected: ["UTF-8"], location: "svar\\.ics:1:\\d+: feil"
            ),
            BadInput(
                family: "reply", name: "a bare calendar without --from", files: ["svar.ics": Array(reply(["UID:u@x", stamp, "DTSTART:20270104T080000Z", attendee]).utf8)],
                arguments: ["rsvp", "import", "{dir}/svar.ics"], expected: ["--from"], location: "--from"
            ),
        ]
    }

    // MARK: Replies as e-mail (MIME)

    static func mimeCase(_ name: String, _ text: String, line: Int?, _ expected: String) -> BadInput {
        BadInput(
            family: "mime", name: name, files: ["svar.eml": Array(text.utf8)],
            arguments: ["rsvp", "import", "{dir}/svar.eml"],
            expected: [expected], location: "svar\\.eml:\(line.map(String.init) ?? "\\d+"):\\d+: feil"
        )
    }

    static let from = "From: Marit Fjærli <marit.fjaerli@nav.example.no>\r\n"

    static var mime: [BadInput] {
        [
            mimeCase("no calendar part", from + "Content-Type: text/plain\r\n\r\nJa, jeg kommer.\r\n", line: 1, "text/calendar"),
            mimeCase("multipart without boundary", from + "Content-Type: multipart/mixed\r\n\r\n--x\r\n", line: 2, "boundary"),
            mimeCase("a boundary that never occurs", from + "Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\nhei\r\n", line: 2, "boundary"),
            // RFC 2045: characters outside the alphabet are ignored, so this decodes to nothing.
            mimeCase("base64 of nothing", from + "Content-Type: text/calendar\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n", line: 5, "iCalendar"),
            mimeCase("base64 cut off", from + "Content-Type: text/calendar\r\nContent-Transfer-Encoding: base64\r\n\r\nQkVHSU46VkNBTEVOREFS=A\r\n", line: nil, "feil"),
            mimeCase("quoted-printable that is not iCalendar", from + "Content-Type: text/calendar\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBEGIN=ZZ\r\n", line: 5, "ikke iCalendar"),
            mimeCase("multiparts 2,000 deep", from + "Content-Type: multipart/mixed; boundary=a0\r\n\r\n" + (0..<2_000).map { "--a\($0)\r\nContent-Type: multipart/mixed; boundary=a\($0 + 1)\r\n\r\n" }.joined(), line: 1, "nøstet dypere enn 8"),
            mimeCase("200,000 parts", from + "Content-Type: multipart/mixed; boundary=z\r\n\r\n" + String(repeating: "--z\r\nContent-Type: text/plain\r\n\r\nx\r\n", count: 200_000) + "--z--\r\n", line: 1, "mer enn 1000 deler"),
            mimeCase("no blank line after the headers", from + "Content-Type: text/calendar", line: 1, "e-post"),
            mimeCase("a calendar part that is not iCalendar", from + "Content-Type: text/calendar\r\n\r\nhei\r\n", line: 4, "iCalendar"),
            mimeCase("a calendar part with a broken DTSTART", from + "Content-Type: text/calendar\r\n\r\n" + reply(["UID:u@x", stamp, "DTSTART:2027X101T000000Z", attendee]), line: 11, "DTSTART"),
            mimeCase("a calendar part for an unknown meeting", from + "Content-Type: text/calendar\r\n\r\n" + reply(["UID:finnes-ikke@x", stamp, "DTSTART:20270104T080000Z", attendee]), line: 9, "ukjent møte"),
            mimeCase("a From that is not an address", "From: ikke en adresse\r\nContent-Type: text/calendar\r\n\r\n" + reply(["UID:u@x", stamp, "DTSTART:20270104T080000Z", attendee]), line: 1, "--from"),
        ]
    }

    // MARK: Participants CSV

    static let header = "id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor,team_needs,team_members,parental_leave,holidays"
    static let row = "D-0100,Test Testesen,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,jonas-odegard,adultEducation;nav,lars-ornes,,"

    static func csvCase(_ name: String, _ bytes: [UInt8], line: Int?, _ expected: String) -> BadInput {
        BadInput(
            family: "csv", name: name, files: ["bad.csv": bytes],
            arguments: ["participants", "import", "{dir}/bad.csv", "--agreement", example],
            expected: [expected], location: "bad\\.csv:\(line.map(String.init) ?? "\\d+"):\\d+: feil"
        )
    }

    static func csvCase(_ name: String, _ text: String, line: Int?, _ expected: String) -> BadInput {
        csvCase(name, Array(text.utf8), line: line, expected)
    }

    static func rows(_ rows: [String]) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    static func replacing(_ column: Int, with value: String) -> String {
        var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[column] = value
        return fields.joined(separator: ",")
    }

    static var csv: [BadInput] {
        [
            csvCase("an impossible start date", rows([replacing(4, with: "2027-13-04")]), line: 2, "er ikke en gyldig dato"),
            csvCase("an impossible end date", rows([replacing(5, with: "2028-02-30")]), line: 2, "er ikke en gyldig dato"),
            csvCase("end before start", rows([replacing(5, with: "2025-01-01")]), line: 2, "feil"),
            csvCase("an unknown advisor", rows([replacing(7, with: "ola-nordmann")]), line: 2, "ola-nordmann"),
            csvCase("an unknown NAV advisor", rows([replacing(8, with: "nav-nobody")]), line: 2, "nav-nobody"),
            csvCase("an unknown team member", rows([replacing(10, with: "lars-ornes;nobody")]), line: 2, "nobody"),
            csvCase("an unknown goal", rows([replacing(6, with: "retirement")]), line: 2, "retirement"),
            csvCase("an unknown team need", rows([replacing(9, with: "astrology")]), line: 2, "astrology"),
            csvCase("interpreter neither yes nor no", rows([replacing(3, with: "kanskje")]), line: 2, "kanskje"),
            csvCase("a bad parental leave period", rows([replacing(11, with: "2027-02-01..later")]), line: 2, "er ikke en periode"),
            csvCase("a bad holiday period", rows([replacing(12, with: "summer")]), line: 2, "er ikke en periode"),
            csvCase("a national identity number as id", rows([replacing(0, with: "01019912345")]), line: 2, "fødselsnummer"),
            csvCase("a national identity number with spaces", rows([replacing(0, with: "010199 12345")]), line: 2, "fødselsnummer"),
            csvCase("an empty id", rows([replacing(0, with: "")]), line: 2, "id"),
            csvCase("a duplicate id", rows([row, row]), line: 3, "står også på linje 2"),
            csvCase("too few columns", rows(["D-0100,Test"]), line: 2, "kolonner"),
            csvCase("too many columns", rows([row + ",extra"]), line: 2, "kolonner"),
            csvCase("an unknown column", "id,name,favourite_colour\nD-1,A,blue\n", line: 1, "favourite_colour"),
            csvCase("a missing column", "id,name\nD-1,A\n", line: 1, "mangler"),
            csvCase("a header only in semicolons with a comma row", header.replacingOccurrences(of: ",", with: ";") + "\n" + row + "\n", line: 2, "kolonner"),
            csvCase("an unterminated quote", rows(["D-0100,\"Test Testesen,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,jonas-odegard,adultEducation;nav,lars-ornes,,"]), line: 2, "lukkes aldri"),
            csvCase("a field too long", rows([replacing(1, with: String(repeating: "a", count: 1_200))]), line: 2, "lengre enn"),
            csvCase("a name too long", rows([replacing(1, with: String(repeating: "a", count: 300))]), line: 2, "lengre enn 200"),
            csvCase("UTF-16", [0xFF, 0xFE] + Array(rows([row]).utf8).flatMap { [$0, 0] }, line: 1, "UTF-16"),
            csvCase("binary", [0x00, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 100), line: 1, "feil"),
            csvCase("mixed UTF-8 and Windows-1252", Array(rows([replacing(1, with: "Bjørn")]).utf8) + [0xF8, 0x0A], line: nil, "UTF-8"),
            csvCase("an empty file", "", line: 1, "feil"),
            BadInput(
                family: "csv", name: "a missing file", arguments: ["participants", "import", "{dir}/finnes-ikke.csv", "--agreement", example],
                expected: ["filen finnes ikke"], location: "finnes-ikke\\.csv:1:1: feil"
            ),
            BadInput(
                family: "csv", name: "a directory", files: ["mappe.csv/x": Array("x".utf8)],
                arguments: ["participants", "import", "{dir}/mappe.csv", "--agreement", example],
                expected: ["det er en mappe"], location: "mappe\\.csv:1:1: feil"
            ),
            csvCase("a file over 10 MB", Array(rows(Array(repeating: row, count: 95_000)).utf8), line: 1, "mer enn grensen"),
            csvCase("more rows than allowed", rows((0..<50_001).map { replacing(0, with: "D-\($0)") }), line: 50_002, "mer enn 50000 deltakere"),
        ]
    }

    // MARK: Agreement YAML

    /// The example agreement with one change, as `bad.yaml` (next to the school calendar it names).
    static func yamlCase(_ name: String, replacing original: String, with replacement: String, line: Int?, _ expected: String, command: String = "check") -> BadInput {
        let text = (try? String(contentsOfFile: example, encoding: .utf8)) ?? ""
        precondition(text.contains(original), "\(name): the example has no \(original)")
        return yamlText(name, text.replacingOccurrences(of: original, with: replacement), line: line, expected, command: command)
    }

    static func yamlText(_ name: String, _ text: String, line: Int?, _ expected: String, command: String = "check") -> BadInput {
        let calendar = URL(fileURLWithPath: example).deletingLastPathComponent().appendingPathComponent("skolerute-trondelag-2026-2028.ics")
        let school = (try? Data(contentsOf: calendar)).map(Array.init) ?? []
        let arguments = command == "check"
            ? ["check", "{dir}/bad.yaml"]
            : ["plan", "{dir}/bad.yaml", "--from", "2027-01-01", "--to", "2027-12-31", "--ics", "{dir}/feeds"]
        return BadInput(
            family: "yaml", name: "\(name) (\(command))", files: ["bad.yaml": Array(text.utf8), "skolerute-trondelag-2026-2028.ics": school],
            arguments: arguments, expected: [expected], location: "bad\\.yaml:\(line.map(String.init) ?? "\\d+"):\\d+: feil"
        )
    }

    static var yaml: [BadInput] {
        var cases: [BadInput] = []
        for command in ["check", "plan"] {
            cases += [
                yamlCase("a flow list left open", replacing: "meetingWeekdays: [monday, tuesday, wednesday, thursday, friday]", with: "meetingWeekdays: [monday, tuesday", line: nil, "ugyldig YAML", command: command),
                yamlCase("an unknown key", replacing: "revised: 2021-05-01", with: "revidert: 2021-05-01", line: 17, "ukjent nøkkel 'revidert'", command: command),
                yamlCase("a duplicate key", replacing: "revised: 2021-05-01", with: "revised: 2021-05-01\nrevised: 2022-05-01", line: 18, "står flere ganger", command: command),
                yamlCase("a tab for indentation", replacing: "  - id: nav-nord-fosen", with: "\t- id: nav-nord-fosen", line: nil, "tabulator", command: command),
                yamlCase("an offset for a zone", replacing: "timeZone: Europe/Oslo", with: "timeZone: GMT+5", line: 18, "ukjent tidssone 'GMT+5'", command: command),
                yamlCase("an unknown zone", replacing: "timeZone: Europe/Oslo", with: "timeZone: Mars/Olympus", line: 18, "ukjent tidssone 'Mars/Olympus'", command: command),
                yamlCase("an impossible revision date", replacing: "revised: 2021-05-01", with: "revised: 2021-02-30", line: 17, "er ikke en gyldig dato", command: command),
                yamlCase("a working day that ends before it starts", replacing: "workingHours: { start: \"08:30\", end: \"15:00\" }", with: "workingHours: { start: \"15:00\", end: \"08:30\" }", line: 19, "feil", command: command),
                yamlCase("an unknown weekday", replacing: "meetingWeekdays: [monday, tuesday, wednesday, thursday, friday]", with: "meetingWeekdays: [monday, funday]", line: 20, "funday", command: command),
                yamlCase("an unknown party kind", replacing: "kind: county", with: "kind: kingdom", line: nil, "kingdom", command: command),
                yamlCase("an unknown role", replacing: "role: healthWorker", with: "role: wizard", line: nil, "wizard", command: command),
                yamlCase("an invalid e-mail", replacing: "email: nina.berg@trondelag.example.no", with: "email: nina.berg", line: nil, "e-postadresse", command: command),
                yamlCase("a duplicate person id", replacing: "{ id: sigrid-aesoy,", with: "{ id: ola-brattoy,", line: nil, "er brukt før", command: command),
                yamlCase("a name over 200 characters", replacing: "name: Samarbeidsavtale mellom Åfjord kommune og NAV Nord-Fosen om deltakelse i introduksjonsprogrammet", with: "name: " + String(repeating: "a", count: 5_000), line: 16, "lengre enn 200", command: command),
                yamlCase("a leader window with no working day", replacing: "{ period: spring, from: \"03-01\", to: \"05-31\" }", with: "{ period: spring, from: \"12-25\", to: \"12-26\" }", line: nil, "har ingen arbeidsdag", command: command),
                yamlCase("perYear not matching the windows", replacing: "perYear: 2", with: "perYear: 3", line: nil, "feil", command: command),
                yamlCase("an impossible month-day", replacing: "{ period: spring, from: \"03-01\", to: \"05-31\" }", with: "{ period: spring, from: \"02-30\", to: \"05-31\" }", line: nil, "02-30", command: command),
                yamlCase("an unknown participant-meeting preference", replacing: "  bufferMinutes: 15\n", with: "  bufferMinutes: 15\n  prefer: tid\n", line: 127, "'tid' er ikke tillatt (velg blant: day, time)", command: command),
                yamlCase("days for the preferred time without prefer: time", replacing: "  bufferMinutes: 15\n", with: "  bufferMinutes: 15\n  preferTimeWithinDays: 2\n", line: 127, "gjelder bare sammen med 'prefer: time'", command: command),
                yamlCase("11 days for the preferred time", replacing: "  bufferMinutes: 15\n", with: "  bufferMinutes: 15\n  prefer: time\n  preferTimeWithinDays: 11\n", line: 128, "fra 0 til 10", command: command),
                yamlCase("a missing school calendar", replacing: "skolerute-trondelag-2026-2028.ics", with: "finnes-ikke.ics", line: nil, "finnes-ikke.ics", command: command),
            ]
        }
        let base = (try? String(contentsOfFile: example, encoding: .utf8)) ?? ""
        cases += [
            yamlText("an alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", line: 2, "aliaset"),
            yamlText("10,000 levels of nesting", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", line: 1, "nivåer"),
            yamlText("deep block nesting", (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n", line: nil, "nivåer"),
            yamlText("an empty file", "", line: 1, "filen er tom"),
            yamlText("a list instead of a mapping", "- a\n- b\n", line: 1, "forventet"),
            yamlText("a scalar too long", "id: x\nname: \"" + String(repeating: "n", count: 20_000) + "\"\n", line: 2, "lengre enn"),
            yamlText("not UTF-8", String(decoding: Array(base.utf8.prefix(200)), as: UTF8.self) + "\u{FFFD}", line: nil, "feil"),
            yamlText("the id missing", base.replacingOccurrences(of: "id: afjord-nav-nord-fosen\n", with: ""), line: nil, "mangler påkrevd nøkkel 'id'"),
            BadInput(
                family: "yaml", name: "a missing agreement", arguments: ["check", "{dir}/finnes-ikke.yaml"],
                expected: ["filen finnes ikke"], location: "finnes-ikke\\.yaml:1:1: feil"
            ),
            BadInput(
                family: "yaml", name: "a directory as the agreement", files: ["mappe.yaml/x": Array("x".utf8)], arguments: ["check", "{dir}/mappe.yaml"],
                expected: ["det er en mappe"], location: "mappe\\.yaml:1:1: feil"
            ),
            BadInput(
                family: "yaml", name: "a school calendar over 5 MB",
                files: ["bad.yaml": Array(base.utf8), "skolerute-trondelag-2026-2028.ics": Array(repeating: UInt8(ascii: "x"), count: 5_100_000)],
                arguments: ["check", "{dir}/bad.yaml"], expected: ["mer enn grensen"], location: "bad\\.yaml:\\d+:\\d+: feil"
            ),
            BadInput(
                family: "yaml", name: "an agreement over 1 MB", files: ["stor.yaml": Array(("# " + String(repeating: "x", count: 1_100_000) + "\n" + base).utf8)],
                arguments: ["plan", "{dir}/stor.yaml", "--from", "2027-01-01", "--to", "2027-12-31", "--ics", "{dir}/feeds"], expected: ["mer enn grensen"], location: "stor\\.yaml:1:1: feil"
            ),
        ]
        return cases
    }

    // MARK: Flags and environment

    static func flagCase(_ name: String, _ arguments: [String], files: [String: [UInt8]] = [:], environment: [String: String] = [:], input: String? = nil, _ expected: String, flag: String) -> BadInput {
        BadInput(
            family: "flags", name: name, files: files, arguments: arguments, environment: environment, input: input,
            expected: [expected], location: "literal:" + flag
        )
    }

    static var flags: [BadInput] {
        let plan = ["plan", example]
        return [
            flagCase("--from not a date", plan + ["--from", "2027-13-01", "--to", "2027-12-31"], "er ikke en gyldig dato", flag: "--from"),
            flagCase("--from in another format", plan + ["--from", "01.03.2027", "--to", "2027-12-31"], "ÅÅÅÅ-MM-DD", flag: "--from"),
            flagCase("--to before --from", plan + ["--from", "2027-06-01", "--to", "2027-01-01"], "kommer før", flag: "--to"),
            flagCase("--to not a date", plan + ["--from", "2027-01-01", "--to", "tomorrow"], "er ikke en gyldig dato", flag: "--to"),
            flagCase("years far away", plan + ["--from", "1066-10-14", "--to", "1066-10-15"], "1900–2200", flag: "1900"),
            flagCase("--ics into a file", plan + ["--from", "2027-01-01", "--to", "2027-12-31", "--ics", "{dir}/fil/feeds"], files: ["fil": Array("x".utf8)], "kan ikke skrive til", flag: "{dir}/fil/feeds"),
            flagCase("--ics with a missing participants file", plan + ["--from", "2027-01-01", "--to", "2027-12-31", "--ics", "{dir}/feeds", "--participants", "{dir}/finnes-ikke.csv"], "filen finnes ikke", flag: "finnes-ikke.csv:1:1"),
            flagCase("--lang unknown", plan + ["--from", "2027-01-01", "--to", "2027-12-31", "--lang", "xx"], "xx", flag: "--lang"),
            flagCase("--port 70000", ["serve", "--port", "70000"], "er ikke et portnummer", flag: "--port"),
            flagCase("--port 0", ["serve", "--port", "0"], "er ikke et portnummer", flag: "--port"),
            flagCase("--port negative", ["serve", "--port", "-1"], "--port", flag: "--port"),
            flagCase("--port not a number", ["serve", "--port", "http"], "http", flag: "--port"),
            flagCase("SAMKAL_PORT 99999", ["serve"], environment: ["SAMKAL_PORT": "99999"], "er ikke et portnummer", flag: "SAMKAL_PORT"),
            flagCase("SAMKAL_PORT not a number", ["serve"], environment: ["SAMKAL_PORT": "åtti"], "er ikke et portnummer", flag: "SAMKAL_PORT"),
            flagCase("--idle-timeout 0", ["serve", "--idle-timeout", "0"], "større enn null", flag: "--idle-timeout"),
            flagCase("--max-connections negative", ["serve", "--max-connections", "-5"], "--max-connections", flag: "--max-connections"),
            flagCase("SAMKAL_IDLE_TIMEOUT not a number", ["serve"], environment: ["SAMKAL_IDLE_TIMEOUT": "long"], "større enn null", flag: "SAMKAL_IDLE_TIMEOUT"),
            flagCase("busy --dir missing", ["busy", "import", "--dir", "{dir}/finnes-ikke"], "finnes ikke eller er ikke en mappe", flag: "--dir"),
            flagCase("busy --from not a date", ["busy", "import", "--dir", "{dir}", "--from", "igår"], "er ikke en gyldig dato", flag: "--from"),
            flagCase("busy without a file", ["busy", "import", busyOwner], "--dir", flag: "--dir"),
            flagCase("minutes for an unknown meeting", ["minutes", "log", "finnes-ikke@x", "--file", "-"], input: "Tekst.\n", "ukjent møte", flag: "finnes-ikke@x"),
            flagCase("minutes with an excuse without a reason", ["minutes", "log", "{held}", "--excused", "D-0042", "--file", "-"], input: "Tekst.\n", "grunn", flag: "D-0042"),
            flagCase("minutes with attendance for someone not invited", ["minutes", "log", "{held}", "--present", "nina-berg", "--file", "-"], input: "Tekst.\n", "er ikke invitert", flag: "nina-berg"),
            flagCase("minutes with attendance for a mistyped participant", ["minutes", "log", "{held}", "--present", "D-042", "--file", "-"], input: "Tekst.\n", "ukjent deltaker D-042 – mente du D-0042?", flag: "D-042"),
            flagCase("minutes with attendance for an unknown participant", ["minutes", "log", "{held}", "--present", "X-7", "--file", "-"], input: "Tekst.\n", "ukjent deltaker X-7: verken en person", flag: "X-7"),
            flagCase("minutes with attendance before the meeting", ["minutes", "log", "{future}", "--present", "kari-vagen", "--file", "-"], input: "Dagsorden.\n", "når møtet har begynt", flag: "{future}"),
            flagCase("minutes with an action for an unknown person", ["minutes", "log", "{held}", "--action", "nobody|Gjøre noe|2027-02-15", "--file", "-"], input: "Tekst.\n", "nobody", flag: "nobody"),
            flagCase("minutes with an action without a due date format", ["minutes", "log", "{held}", "--action", "kari-vagen|Gjøre noe|snart", "--file", "-"], input: "Tekst.\n", "snart", flag: "--action"),
            flagCase("empty minutes", ["minutes", "log", "{held}", "--file", "-"], input: "   \n", "referatet er tomt", flag: "referat"),
            flagCase("minutes from a missing file", ["minutes", "log", "{held}", "--file", "{dir}/finnes-ikke.txt"], "filen finnes ikke", flag: "finnes-ikke.txt:1:1"),
            flagCase("closing an unknown action item", ["actions", "done", "9999"], "9999", flag: "9999"),
            flagCase("attendance for an unknown participant", ["attendance", "D-9999"], "D-9999", flag: "D-9999"),
        ]
    }
}
