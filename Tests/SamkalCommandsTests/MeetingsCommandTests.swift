import Foundation
import SamkalCore
import Testing

/// `samkal meetings` and short references, run as a user would: find a meeting, then log
/// its minutes and send its invitations by the reference.
struct MeetingsCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    let participantsCSV = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
    static let range = ["--from", "2026-01-01", "--to", "2027-06-30"]

    init() throws {
        data = try CLI.temporaryDirectory().path
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength)
            .write(to: URL(fileURLWithPath: data).appendingPathComponent("identifier.key"))
    }

    func run(_ arguments: [String], as person: String? = "kari-vagen", input: String? = nil, language: String? = nil) throws -> CLI.Result {
        var environment = ["SAMKAL_DATA": data]
        if let person { environment["SAMKAL_USER"] = person }
        if let language { environment["SAMKAL_LANG"] = language }
        return try CLI.run(arguments, environment: environment, input: input)
    }

    /// Imports the participants and plans autumn 2026 (held) to summer 2027 (ahead); returns
    /// the UIDs of the autumn 2026 information meeting and the spring 2027 leader meeting.
    func plan() throws -> (held: String, ahead: String) {
        let imported = try run(["participants", "import", participantsCSV, "--agreement", CLI.example])
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try run(["plan", CLI.example] + Self.range + ["--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let meetings = object?["meetings"] as? [[String: Any]] ?? []
        let held = meetings.last { $0["kind"] as? String == "infoMeeting" && ($0["start"] as? String ?? "") < "2026-11-30" }?["uid"] as? String
        let ahead = CLI.uid(inPlanJSON: plan.stdout, kind: "leaderMeeting", period: "2027-spring")
        return (held ?? "", ahead ?? "")
    }

    /// `samkal meetings --json` as `person`: rows by UID.
    func listed(as person: String, _ extra: [String] = []) throws -> [String: [String: String]] {
        let result = try run(["meetings"] + Self.range + ["--json"] + extra, as: person)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]] ?? []
        return Dictionary(rows.map { ($0["uid"] ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aMeetingFoundInTheListingIsLoggedAndInvitedByItsShortReference() throws {
        let (held, ahead) = try plan()
        let rows = try listed(as: "kari-vagen")
        let references = rows.values.compactMap { $0["ref"] }
        #expect(Set(references).count == rows.count)
        for reference in references {
            #expect(reference.range(of: "^M-[2-9A-HJKNP-Z]{5,12}$", options: .regularExpression) != nil, "\(reference)")
        }
        let heldReference = try #require(rows[held]?["ref"])
        let aheadReference = try #require(rows[ahead]?["ref"])
        #expect(rows[held]?["kind"] == "infoMeeting" && rows[held]?["time_zone"] == "Europe/Oslo")

        // In lower case and without M-, as someone types it.
        let typed = String(heldReference.dropFirst(2)).lowercased()
        let logged = try run(["minutes", "log", typed, "--present", "kari-vagen", "--present", "D-0042", "--file", "-"], input: "Gjennomgang.\n")
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("(versjon 1)"), "\(logged.stdout)")
        let shown = try run(["minutes", "show", heldReference])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Gjennomgang."))

        let invite = try run(["invite", "--meeting", aheadReference, "--dry-run"])
        #expect(invite.status == 0, "\(invite.stderr)")
        #expect(invite.stdout.contains("REQUEST seq 0"), "\(invite.stdout)")
        #expect(invite.stdout.contains("Ledermøte vår 2027"), "\(invite.stdout)")
        #expect(!invite.stdout.contains("Informasjonsmøte"))
        let replies = try run(["rsvp", "list", "--meeting", aheadReference, "--csv"])
        #expect(replies.status == 0, "\(replies.stderr)")

        // The table, for people: the same reference, a time, Norwegian or English headings.
        let table = try run(["meetings"] + Self.range)
        #expect(table.stdout.hasPrefix("ref "), "\(table.stdout)")
        #expect(table.stdout.contains(aheadReference) && table.stdout.contains("Ledermøte vår 2027"))
        #expect(table.stderr.contains("møter 2026-01-01–2027-06-30"), "\(table.stderr)")
        let english = try run(["meetings", "--lang", "en"] + Self.range)
        #expect(english.stdout.contains("date") && english.stdout.contains("place"))
        let nynorsk = try run(["meetings", "--lang", "nn"] + Self.range)
        #expect(nynorsk.stdout.contains("stad") && nynorsk.stdout.contains("førebels"), "\(nynorsk.stdout)")
        let csv = try run(["meetings", "--csv", "--kind", "leaderMeeting"] + Self.range)
        #expect(csv.stdout.hasPrefix("ref,date,start,end,time_zone,kind,title,location,status,uid\n"), "\(csv.stdout)")
        #expect(csv.stdout.contains(aheadReference) && !csv.stdout.contains(heldReference))
    }

    @Test func anUnknownReferenceSaysSo() throws {
        _ = try plan()
        let rows = try listed(as: "kari-vagen")
        let unknown = rows.values.contains { $0["ref"]?.hasPrefix("M-ZZZZZ") == true } ? "M-YYYYY" : "M-ZZZZZ"
        let logged = try run(["minutes", "log", unknown, "--file", "-"], input: "Tekst.\n")
        #expect(logged.status == 1)
        #expect(logged.stderr.contains("feil: ukjent møte: '\(unknown)' er verken en møte-UID eller en kort referanse"), "\(logged.stderr)")
        let english = try run(["invite", "--meeting", unknown, "--dry-run"], language: "en")
        #expect(english.status == 1)
        #expect(english.stderr.contains("unknown meeting: '\(unknown)' is neither a meeting UID nor a short reference"), "\(english.stderr)")
        let uid = try run(["minutes", "show", "finnes-ikke@x"])
        #expect(uid.status == 1 && uid.stderr.contains("ukjent møte: 'finnes-ikke@x'"), "\(uid.stderr)")
    }

    @Test func eachRoleListsWhatItMaySee() throws {
        _ = try plan()
        let interpreter = try run(["meetings", "--csv"] + Self.range, as: "tolk-tigrinja")
        #expect(interpreter.status == 0, "\(interpreter.stderr)")
        #expect(interpreter.stdout.contains("Tolkeoppdrag (ti)"))
        for word in ["D-00", "Amanuel", "Trekantsamtale", "Teammøte", "threeWayMeeting", "deltaker"] {
            #expect(!interpreter.stdout.contains(word), "\(word) in \(interpreter.stdout)")
        }
        let nav = try listed(as: "jonas-odegard")
        #expect(nav.values.contains { $0["title"] == "Trekantsamtale – Amanuel Tesfay (D-0042)" })
        #expect(!nav.values.contains { $0["title"]?.contains("D-0045") == true })
        let teacher = try listed(as: "lars-ornes")
        #expect(!teacher.values.contains { $0["title"]?.contains("D-0044") == true })
        let refugeeService = try listed(as: "kari-vagen")
        #expect(refugeeService.values.contains { $0["title"] == "Trekantsamtale – deltaker D-0042" })
        #expect(!refugeeService.values.contains { $0["title"]?.contains("Amanuel") == true })
        let mine = try listed(as: "lars-ornes", ["--mine"])
        #expect(!mine.isEmpty && mine.count <= teacher.count)
        let audit = try run(["audit", "--csv"])
        #expect(audit.stdout.contains("jonas-odegard,listMeetings,"), "\(audit.stdout)")
        #expect(audit.stdout.contains("tolk-tigrinja,listMeetings,"))
        let unknown = try run(["meetings"], as: "ola-nordmann")
        #expect(unknown.status == 77)
        let backwards = try run(["meetings", "--to", "2020-01-01"])
        #expect(backwards.status == 64 && backwards.stderr.contains("--to (2020-01-01) kommer før --from"), "\(backwards.stderr)")
        let notADate = try run(["meetings", "--from", "1.3.2027"])
        #expect(notADate.status == 64 && notADate.stderr.contains("--from: '1.3.2027' er ikke en gyldig dato"), "\(notADate.stderr)")
    }

    @Test func theConvenerSeesAttendanceAtHerMeetingsAndOthersAreStillRefused() throws {
        let (held, _) = try plan()
        let logged = try run(["minutes", "log", held, "--present", "kari-vagen", "--present", "D-0042", "--file", "-"], input: "Tekst.\n")
        #expect(logged.status == 0, "\(logged.stderr)")

        // Kari convened the information meeting and follows nobody: her meetings only.
        let convener = try run(["attendance", "D-0042", "--json"])
        #expect(convener.status == 0, "\(convener.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(convener.stdout.utf8)) as? [[String: String]]
        #expect(rows?.first?["attended"] == "1")
        #expect(convener.stderr.contains("merk: for D-0042 teller bare møtene du har kalt inn"), "\(convener.stderr)")
        let advisor = try run(["attendance", "D-0042", "--json"], as: "ola-brattoy")
        #expect(advisor.status == 0, "\(advisor.stderr)")
        #expect(!advisor.stderr.contains("merk:"))
        let overview = try run(["attendance", "--kind", "infoMeeting", "--csv"])
        #expect(overview.status == 0 && overview.stdout.contains("D-0042,"), "\(overview.stdout)")

        // Invited, but neither convening nor following: refused, saying what would do.
        let invited = try run(["attendance", "D-0042"], as: "marit-fjaerli")
        #expect(invited.status == 77)
        #expect(invited.stderr.contains("nektet: ikke tjenstlig behov: du kan se oppmøte for møter du har kalt inn, eller for deltakere du følger"), "\(invited.stderr)")
        let nynorsk = try run(["attendance", "D-0042"], as: "marit-fjaerli", language: "nn")
        #expect(nynorsk.stderr.contains("du kan sjå oppmøte for møte du har kalla inn"), "\(nynorsk.stderr)")
        let english = try run(["attendance", "D-0042"], as: "eva-strom", language: "en")
        #expect(english.status == 77)
        #expect(english.stderr.contains("you can see attendance at meetings you convened"), "\(english.stderr)")

        let audit = try run(["audit", "--csv"])
        #expect(audit.stdout.contains("kari-vagen,readAttendance,D-0042,ja,convenesMeeting"), "\(audit.stdout)")
        #expect(audit.stdout.contains("marit-fjaerli,readAttendance,D-0042,nei,attendanceNeedsConvenerOrFollower"))
    }
}
