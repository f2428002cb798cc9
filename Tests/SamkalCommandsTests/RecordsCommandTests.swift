import Foundation
import SamkalCore
import Testing

/// The record-keeping commands, run as a user would, against a data directory of their own.
struct RecordsCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    let participantsCSV = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path

    init() throws {
        data = try CLI.temporaryDirectory().path
        // A known installation secret, so the tests know the opaque UIDs in advance.
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength)
            .write(to: URL(fileURLWithPath: data).appendingPathComponent("identifier.key"))
    }

    /// Runs as the refugee service's contact person unless told otherwise (`as: nil`: no identity).
    func run(_ arguments: [String], as person: String? = "kari-vagen", input: String? = nil, language: String? = nil) throws -> CLI.Result {
        var environment = ["SAMKAL_DATA": data]
        if let person { environment["SAMKAL_USER"] = person }
        if let language { environment["SAMKAL_LANG"] = language }
        return try CLI.run(arguments, environment: environment, input: input)
    }

    func planAndImport() throws -> String {
        let imported = try run(["participants", "import", participantsCSV, "--agreement", CLI.example], as: "kari-vagen")
        #expect(imported.status == 0, "\(imported.stderr)")
        // Meetings that have been held (attendance is refused before a meeting starts): the
        // autumn 2026 information meeting, the first the participants are expected at.
        let plan = try run(["plan", CLI.example, "--from", "2026-01-01", "--to", "2026-11-30", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let meetings = object?["meetings"] as? [[String: Any]] ?? []
        return meetings.last { $0["kind"] as? String == "infoMeeting" }?["uid"] as? String ?? ""
    }

    @Test func minutesAreLoggedShownAndAudited() throws {
        let uid = try planAndImport()
        let logged = try run(
            ["minutes", "log", uid, "--present", "kari-vagen", "--present", "D-0042", "--excused", "D-0043|Foreldrepermisjon",
             "--decision", "Nytt møte", "--action", "marit-fjaerli|Sende oversikt|2027-02-15"],
            as: "kari-vagen", input: "Gjennomgang av NAVs tjenester.\n"
        )
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("versjon 1"))

        let shown = try run(["minutes", "show", uid, "--format", "md"], as: "marit-fjaerli")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("# Referat: Informasjonsmøte"))
        // NAV's contact was at the meeting but follows none of these participants: case ids,
        // no names, no reason for an absence.
        #expect(shown.stdout.contains("D-0043 (deltaker): gyldig fravær"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("Rahel") && !shown.stdout.contains("Foreldrepermisjon"))
        let convener = try run(["minutes", "show", uid, "--format", "md"], as: "kari-vagen")
        #expect(convener.stdout.contains("Rahel Haile (deltaker): gyldig fravær"))
        #expect(convener.stdout.contains("Foreldrepermisjon"))

        let english = try run(["minutes", "show", uid, "--lang", "en"], as: "kari-vagen")
        #expect(english.stdout.hasPrefix("Minutes: "))

        let refused = try run(["minutes", "show", uid], as: "eva-strom")
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("nektet: ikke tjenstlig behov"))
        #expect(refused.stdout.isEmpty)

        let noIdentity = try run(["minutes", "show", uid], as: nil)
        #expect(noIdentity.status != 0)
        #expect(noIdentity.stderr.contains("--as"))

        let audit = try run(["audit", "--csv"], as: "kari-vagen")
        #expect(audit.stdout.contains("eva-strom,readMinutes,\(uid),nei,noNeedToKnow"))
        #expect(audit.stdout.contains("marit-fjaerli,readMinutes,\(uid),ja,invitedToMeeting"))
    }

    @Test func amendingKeepsHistory() throws {
        let uid = try planAndImport()
        _ = try run(["minutes", "log", uid, "--file", "-"], as: "kari-vagen", input: "Første.\n")
        let amended = try run(["minutes", "log", uid, "--file", "-"], as: "kari-vagen", input: "Andre.\n")
        #expect(amended.stdout.contains("versjon 2"))
        let shown = try run(["minutes", "show", uid], as: "kari-vagen")
        #expect(shown.stdout.contains("Andre."))
        #expect(shown.stdout.contains("Tidligere versjoner:"))
        #expect(shown.stdout.contains("Første."))
    }

    @Test func listingsComeAsTableJSONAndCSV() throws {
        let uid = try planAndImport()
        _ = try run(["minutes", "log", uid, "--present", "D-0042", "--action", "marit-fjaerli|Sende oversikt|2027-02-15"], as: "kari-vagen", input: "Tekst.\n")
        let attendance = try run(["attendance", "D-0042", "--json"], as: "ola-brattoy")
        #expect(attendance.status == 0, "\(attendance.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(attendance.stdout.utf8)) as? [[String: String]]
        #expect(rows?.first?["attended"] == "1")
        #expect(rows?.first?["rate"] == "1.00")

        let actions = try run(["actions", "--csv"], as: "marit-fjaerli")
        #expect(actions.stdout.hasPrefix("id,person,name,what,due,meeting,state\n1,marit-fjaerli,Marit Fjærli,Sende oversikt,2027-02-15,"))
        let done = try run(["actions", "done", "1"], as: "marit-fjaerli")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try run(["actions", "--json"], as: "marit-fjaerli").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")

        let list = try run(["minutes", "list", "--kind", "infoMeeting"], as: "marit-fjaerli")
        #expect(list.stdout.contains(uid))
        let hidden = try run(["minutes", "list"], as: "eva-strom")
        #expect(!hidden.stdout.contains(uid))

        // A teacher sees the participants whose team they are on; the refugee service sees all.
        let teacher = try run(["participants", "list", "--csv"], as: "lars-ornes")
        #expect(teacher.stdout.contains("D-0042"))
        #expect(!teacher.stdout.contains("D-0044"))
        let advisor = try run(["participants", "list", "--csv"], as: "sigrid-aesoy")
        #expect(advisor.stdout.contains("D-0044") && advisor.stdout.contains("D-0042"))
    }

    @Test func badParticipantFileImportsNothing() throws {
        _ = try planAndImport()
        let directory = try CLI.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.csv")
        try """
            id,name,language,interpreter,start,planned_end,final_goal,program_advisor
            D-0100,Ny Deltaker,ar,ja,2027-01-04,2029-01-03,work,ola-brattoy
            D-0101,Feil Dato,ar,ja,2027-13-04,2029-01-03,work,ola-brattoy
            """.write(to: bad, atomically: true, encoding: .utf8)
        let result = try run(["participants", "import", bad.path], as: "kari-vagen")
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:3:5: feil: start: '2027-13-04' er ikke en gyldig dato"), "\(result.stderr)")
        let list = try run(["participants", "list", "--csv"], as: "kari-vagen")
        #expect(!list.stdout.contains("D-0100"))
    }

    @Test func planDiffShowsWhatMoved() throws {
        _ = try run(["participants", "import", participantsCSV, "--agreement", CLI.example], as: "kari-vagen")
        #expect(try run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"]).status == 0)
        let leaderUID = MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-leaderMeeting-2027-spring", domain: "afjord.example.no")
        let directory = try CLI.temporaryDirectory()
        var yaml = try String(contentsOfFile: CLI.example, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "location: Åfjord rådhus, møterom Stokkøya\n  convener: kari-vagen\n  leadersOf: [flyktningtjenesten, nav-nord-fosen, voksenopplaeringen]\n\n# §5: årlig",
                                          with: "location: NAV Nord-Fosen, møterom 2\n  convener: kari-vagen\n  leadersOf: [flyktningtjenesten, nav-nord-fosen, voksenopplaeringen]\n\n# §5: årlig")
        let file = directory.appendingPathComponent("avtale.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: CLI.repositoryRoot.appendingPathComponent("calendars/skolerute-trondelag-2026-2028.ics"),
            to: directory.appendingPathComponent("skolerute-trondelag-2026-2028.ics")
        )
        let ics = directory.appendingPathComponent("feeds")
        let replan = try run(["plan", file.path, "--from", "2027-01-01", "--to", "2027-12-31", "--ics", ics.path])
        #expect(replan.stdout.contains("Planversjon 2: 0 nye, 2 endret"), "\(replan.stdout)")
        let diff = try run(["plan", "diff", "--csv"])
        #expect(diff.stdout.contains("\(leaderUID),moved,1,tentative"), "\(diff.stdout)")
        let agreementFile = try #require(CLI.feedFile(in: replan.stdout, for: "afjord-nav-nord-fosen"))
        let calendar = try String(contentsOf: ics.appendingPathComponent(agreementFile), encoding: .utf8)
        #expect(calendar.contains("SEQUENCE:1"))
    }
}

/// `samkal busy import` and planning around the imported time.
struct BusyCommandTests {
    typealias CLI = CommandLineTests

    @Test func importedBusyTimeMovesMeetingsAndABadFileChangesNothing() throws {
        let data = try CLI.temporaryDirectory().path
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example, "--as", "kari-vagen"], environment: environment).status == 0)
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: environment).status == 0)

        let directory = try CLI.temporaryDirectory()
        let busy = directory.appendingPathComponent("ola.ics")
        try [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            "BEGIN:VEVENT", "UID:fast@x", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T153000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,TU", "SUMMARY:Kurs", "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n").write(to: busy, atomically: true, encoding: .utf8)
        let broken = directory.appendingPathComponent("broken.ics")
        try "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2027X104T083000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(to: broken, atomically: true, encoding: .utf8)

        let bad = try CLI.run(["busy", "import", "ola-brattoy", broken.path], environment: environment)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("broken.ics:4:1: feil: DTSTART"), "\(bad.stderr)")
        let unknown = try CLI.run(["busy", "import", "ola-nordmann", busy.path], environment: environment)
        #expect(unknown.status != 0)
        // A participant's own calendar is busy time too (looked up among the stored participants).
        let participant = try CLI.run(["busy", "import", "D-0042", busy.path], environment: environment)
        #expect(participant.status == 0, "\(participant.stderr)")

        let good = try CLI.run(["busy", "import", "ola-brattoy", busy.path], environment: environment)
        #expect(good.status == 0, "\(good.stderr)")
        let replan = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--json"], environment: environment)
        #expect(replan.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(replan.stdout.utf8)) as? [String: Any]
        let meetings = object?["meetings"] as? [[String: Any]] ?? []
        let olas = meetings.filter { ($0["attendees"] as? [[String: Any]])?.contains { $0["id"] as? String == "ola-brattoy" } == true }
        #expect(!olas.isEmpty)
        for meeting in olas {
            let start = meeting["start"] as? String ?? ""
            let date = LocalDateText.weekday(of: String(start.prefix(10)))
            #expect(date != "Mon" && date != "Tue", "\(meeting["uid"] ?? "") on a busy day: \(start)")
        }
        let diff = try CLI.run(["plan", "diff"], environment: environment)
        #expect(diff.stdout.contains("Ola Brattøy er opptatt"), "\(diff.stdout)")
    }
}

/// Weekday names for ISO dates, computed with Foundation (independent of samkal's calendar).
enum LocalDateText {
    static func weekday(of iso: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: iso) else { return "?" }
        formatter.dateFormat = "EEE"
        return formatter.string(from: date)
    }
}

/// Bad input that once hung, half-succeeded or wrote before failing.
struct BoundedInputTests {
    typealias CLI = CommandLineTests

    static func calendar(_ rule: String) -> String {
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            "BEGIN:VEVENT", "UID:bomb@x", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20270104T083000", "DTEND;TZID=Europe/Oslo:20270104T083001",
            rule, "SUMMARY:Kurs", "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
    }

    /// FREQ=SECONDLY over the import window (tens of millions of steps, which libical 3.0
    /// walks even with a small COUNT) is refused at once, with the rule's line; an hourly
    /// rule is ordinary busy time (a daily one here).
    @Test func aRecurrenceBombIsRefusedWithItsLine() throws {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: environment).status == 0)
        let directory = try CLI.temporaryDirectory()
        let bomb = directory.appendingPathComponent("bomb.ics")
        try Self.calendar("RRULE:FREQ=SECONDLY").write(to: bomb, atomically: true, encoding: .utf8)
        let started = Date()
        let refused = try CLI.run(["busy", "import", "ola-brattoy", bomb.path], environment: environment)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bomb.ics:9:1: feil: RRULE: gjentakelsesregelen gir mer enn 100000 forekomster"), "\(refused.stderr)")
        let small = directory.appendingPathComponent("small.ics")
        try Self.calendar("RRULE:FREQ=DAILY").write(to: small, atomically: true, encoding: .utf8)
        let accepted = try CLI.run(["busy", "import", "ola-brattoy", small.path], environment: environment)
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }

    @Test func aMissingBusyDirectoryFails() throws {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: environment).status == 0)
        let missing = try CLI.temporaryDirectory().appendingPathComponent("finnes-ikke").path
        let result = try CLI.run(["busy", "import", "--dir", missing], environment: environment)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--dir: \(missing) finnes ikke eller er ikke en mappe"), "\(result.stderr)")
    }

    @Test func aPortOutOfRangeIsRefused() throws {
        let data = try CLI.seededDataDirectory()
        let flag = try CLI.run(["serve", "--port", "70000"], environment: ["SAMKAL_DATA": data])
        #expect(flag.status != 0)
        #expect(flag.stderr.contains("--port: '70000' er ikke et portnummer (1–65535)"), "\(flag.stderr)")
        let variable = try CLI.run(["serve"], environment: ["SAMKAL_DATA": data, "SAMKAL_PORT": "0"])
        #expect(variable.status != 0)
        #expect(variable.stderr.contains("SAMKAL_PORT: '0' er ikke et portnummer"), "\(variable.stderr)")
    }

    /// Feeds that cannot be written fail the command before the plan is stored.
    @Test func anUnwritableFeedDirectoryStoresNoPlan() throws {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let file = try CLI.temporaryDirectory().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let plan = try CLI.run(
            ["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--ics", file.appendingPathComponent("feeds").path],
            environment: environment
        )
        #expect(plan.status != 0)
        #expect(plan.stderr.contains("ingenting er lagret"), "\(plan.stderr)")
        let diff = try CLI.run(["plan", "diff"], environment: environment)
        #expect(!diff.stdout.contains("Planversjon"), "\(diff.stdout)")
    }
}
