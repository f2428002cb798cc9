import Foundation
import ICalendar
import SamkalCore
import Testing

/// `samkal invite`, `samkal outbox` and `samkal rsvp import` against a real SMTP server on
/// loopback, with what arrives read by Python's MIME and iCalendar implementations.
@Suite(.serialized) struct InvitationCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    let participantsCSV = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path

    init() throws {
        data = try CLI.temporaryDirectory().path
        // A known installation secret, so the tests know the opaque UIDs in advance.
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength)
            .write(to: URL(fileURLWithPath: data).appendingPathComponent("identifier.key"))
    }

    func run(_ arguments: [String], as person: String? = "kari-vagen", environment: [String: String] = [:], input: String? = nil) throws -> CLI.Result {
        var env = ["SAMKAL_DATA": data]
        if let person { env["SAMKAL_USER"] = person }
        env.merge(environment) { _, new in new }
        return try CLI.run(arguments, environment: env, input: input)
    }

    /// Imports the example participants and plans 2027; returns the plan's meetings.
    @discardableResult
    func plan() throws -> [[String: Any]] {
        let imported = try run(["participants", "import", participantsCSV, "--agreement", CLI.example])
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        return object?["meetings"] as? [[String: Any]] ?? []
    }

    /// Makes Ingrid Støen busy at the spring leader meeting, so the next plan moves it.
    func blockLeaderMeeting(_ meetings: [[String: Any]]) throws -> [String: Any] {
        let leader = try #require(meetings.first { ($0["uid"] as? String) == Self.leaderUID })
        let startText = leader["start"] as? String ?? ""
        let endText = leader["end"] as? String ?? ""
        let date = String(startText.prefix(10)).replacingOccurrences(of: "-", with: "")
        let start = String(startText.dropFirst(11).prefix(5)).replacingOccurrences(of: ":", with: "")
        let end = String(endText.dropFirst(11).prefix(5)).replacingOccurrences(of: ":", with: "")
        let busy = URL(fileURLWithPath: data).appendingPathComponent("ingrid.ics")
        try """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//busy//EN\r
            BEGIN:VEVENT\r
            UID:busy-1@test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART;TZID=Europe/Oslo:\(date)T\(start)00\r
            DTEND;TZID=Europe/Oslo:\(date)T\(end)00\r
            SUMMARY:Opptatt\r
            END:VEVENT\r
            END:VCALENDAR\r

            """.write(to: busy, atomically: true, encoding: .utf8)
        let imported = try run(["busy", "import", "ingrid-stoen", busy.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        return leader
    }

    static func events(_ message: [String: Any]) -> [[String: Any]] {
        (message["calendar"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
    }

    @Test func theExamplePlansInvitationsArriveAsOutlookAndGmailExpectThem() throws {
        let meetings = try plan()
        let server = try SMTPTestServer()
        let sent = try run(["invite"], environment: server.environment)
        #expect(sent.status == 0, "\(sent.stderr)")
        let files = try server.messages()
        let expected = meetings.reduce(0) { count, meeting in
            count + ((meeting["attendees"] as? [[String: Any]])?.count ?? 1) - 1
        }
        #expect(files.count == expected)
        #expect(sent.stdout.contains("Sendt: \(expected), venter: 0, feilet: 0"))

        let messages = try SMTPTestServer.inspect(files)
        #expect(messages.count == files.count)
        let participantNames = ["Amanuel Tesfay", "Fatima Noor", "Olena Kovalenko", "Ahmad Rahimi", "Hodan Ali"]
        for (file, message) in zip(files, messages) {
            let headers = message["headers"] as? [String: Any] ?? [:]
            // Recipients: the envelope and the To header name the same one attendee.
            let envelope = try JSONSerialization.jsonObject(
                with: Data(contentsOf: file.deletingPathExtension().appendingPathExtension("json"))
            ) as? [String: Any]
            let to = headers["to_addresses"] as? [String] ?? []
            #expect(to.count == 1)
            #expect(envelope?["rcpt_tos"] as? [String] == to)
            #expect(message["header_defects"] as? [String] == [], "\(file.lastPathComponent)")
            // Structure: multipart/alternative of text, HTML and the calendar, all base64.
            let structure = message["structure"] as? [String: Any] ?? [:]
            #expect(structure["content_type"] as? String == "multipart/alternative")
            let parts = structure["parts"] as? [[String: Any]] ?? []
            #expect(parts.map { $0["content_type"] as? String } == ["text/plain", "text/html", "text/calendar"])
            #expect(parts.allSatisfy { $0["transfer_encoding"] as? String == "base64" })
            #expect(parts.allSatisfy { ($0["charset"] as? String)?.lowercased() == "utf-8" })
            // The method parameter matches METHOD; ORGANIZER is the sender; RSVP asked of the recipient.
            let calendar = message["calendar"] as? [String: Any] ?? [:]
            #expect(parts.last?["method"] as? String == "REQUEST")
            #expect(calendar["method"] as? String == "REQUEST")
            #expect(calendar["timezones"] as? [String] == ["Europe/Oslo"])
            let event = try #require(Self.events(message).first)
            #expect(event["organizer"] as? String == headers["from_address"] as? String)
            #expect(event["status"] as? String == "CONFIRMED")
            let me = (event["attendees"] as? [[String: Any]] ?? []).first { $0["address"] as? String == to.first }
            #expect(me?["rsvp"] as? String == "TRUE")
            // libical's own RFC 5546 check of what actually went out.
            let report = ICalValidator.validate(message["calendar_raw"] as? String ?? "")
            #expect(report.isValid, "\(file.lastPathComponent): \(report.problems)")

            let subject = headers["subject"] as? String ?? ""
            let rawSubject = headers["raw_subject"] as? String ?? ""
            #expect(subject.hasPrefix("Innkalling: "))
            #expect(rawSubject.utf8.allSatisfy { $0 < 0x80 })
            let kinds = event["summary"] as? String ?? ""
            // Need-to-know: interpreters get time, place and language; leader meetings no names.
            if kinds.hasPrefix("Tolkeoppdrag") {
                let text = (message["text"] as? String ?? "") + (message["calendar_raw"] as? String ?? "") + subject
                #expect(!participantNames.contains { text.contains($0) }, "\(file.lastPathComponent)")
                // The case number only in the UID (a pseudonym), not in what the interpreter reads.
                let shown = (event["summary"] as? String ?? "") + (event["description"] as? String ?? "") + (message["text"] as? String ?? "")
                #expect(!shown.contains("D-00"), "\(file.lastPathComponent)")
            }
            if subject.contains("Ledermøte") || subject.contains("Årlig revisjon") {
                let text = (message["text"] as? String ?? "") + (message["html"] as? String ?? "") + (message["calendar_raw"] as? String ?? "")
                #expect(!participantNames.contains { text.contains($0) })
            }
            // Names never travel in subjects.
            #expect(!participantNames.contains { subject.contains($0) })
        }
        // UTF-8 subjects with æøå survive the round trip.
        let subjects = messages.compactMap { ($0["headers"] as? [String: Any])?["subject"] as? String }
        #expect(subjects.contains { $0.contains("Ledermøte") || $0.contains("møte") })
        #expect(subjects.contains { $0.contains("ø") || $0.contains("å") || $0.contains("æ") })

        // Exactly once: a second run has nothing to send.
        let again = try run(["invite"], environment: server.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 nye meldinger"))
        #expect(try server.messages().count == files.count)

        let outbox = try run(["outbox", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(outbox.stdout.utf8)) as? [[String: String]] ?? []
        #expect(rows.count == files.count)
        #expect(rows.allSatisfy { $0["status"] == "sent" })
    }

    @Test func aMoveSendsARequestWithTheNextSequenceAndACancellationACancel() throws {
        let meetings = try plan()
        let server = try SMTPTestServer()
        #expect(try run(["invite"], environment: server.environment).status == 0)
        let first = try server.messages().count

        let leader = try blockLeaderMeeting(meetings)
        // A participant leaves: their later meetings are cancelled.
        #expect(try run(["participants", "end", "D-0042", "--on", "2027-03-01"]).status == 0)
        let replanned = try run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"])
        #expect(replanned.status == 0, "\(replanned.stderr)")

        let sent = try run(["invite"], environment: server.environment)
        #expect(sent.status == 0, "\(sent.stderr)")
        let new = Array(try server.messages().dropFirst(first))
        let messages = try SMTPTestServer.inspect(new)
        let moved = messages.filter { message in
            Self.events(message).first?["uid"] as? String == leader["uid"] as? String
        }
        #expect(!moved.isEmpty)
        for message in moved {
            #expect((message["calendar"] as? [String: Any])?["method"] as? String == "REQUEST")
            #expect(Self.events(message).first?["sequence"] as? Int == 1)
            #expect(((message["headers"] as? [String: Any])?["subject"] as? String)?.hasPrefix("Endret: ") == true)
        }
        let cancels = messages.filter { ($0["calendar"] as? [String: Any])?["method"] as? String == "CANCEL" }
        #expect(!cancels.isEmpty)
        for message in cancels {
            let parts = (message["structure"] as? [String: Any])?["parts"] as? [[String: Any]] ?? []
            #expect(parts.last?["method"] as? String == "CANCEL")
            let event = try #require(Self.events(message).first)
            #expect(event["status"] as? String == "CANCELLED")
            #expect((event["sequence"] as? Int ?? 0) >= 1)
            // The UID is opaque: it names neither the participant nor the kind of meeting.
            let uid = event["uid"] as? String ?? ""
            #expect(MeetingIdentity.isOpaque(uid) && !uid.contains("D-0042") && !uid.contains("Meeting"), "\(uid)")
            #expect(ICalValidator.validate(message["calendar_raw"] as? String ?? "").isValid)
        }
    }

    @Test func aServerThatDropsTheConnectionMidSendGetsOneDeliveryInTheEnd() throws {
        try plan()
        let server = try SMTPTestServer(["--drop-during-data", "2"])
        let dry = try run(["invite", "--dry-run"])
        let expected = dry.stdout.split(separator: "\n").filter { $0.hasPrefix("REQUEST") }.count
        let sent = try run(["invite"], environment: server.environment)
        #expect(sent.status == 0, "\(sent.stderr)")
        let files = try server.messages()
        #expect(files.count == expected)
        let ids = try SMTPTestServer.inspect(files).compactMap { ($0["headers"] as? [String: Any])?["message_id"] as? String }
        #expect(Set(ids).count == ids.count, "a message arrived twice")
    }

    @Test func messagesWaitInTheOutboxWhileTheServerIsDownAndGoOutLater() throws {
        try plan()
        let down = ["SAMKAL_SMTP_HOST": "127.0.0.1", "SAMKAL_SMTP_PORT": "1", "SAMKAL_SMTP_SECURITY": "none"]
        let failed = try run(["invite", "--meeting", Self.leaderUID, "--retries", "1"], environment: down)
        #expect(failed.status == 75, "\(failed.stderr)")
        let outbox = try run(["outbox", "--status", "pending", "--json"])
        let pending = try JSONSerialization.jsonObject(with: Data(outbox.stdout.utf8)) as? [[String: String]] ?? []
        #expect(!pending.isEmpty)
        #expect(pending.count == 3)
        #expect(pending.allSatisfy { !($0["feil"] ?? "").isEmpty && !($0["neste forsøk"] ?? "").isEmpty })
        #expect(pending.first?["forsøk"] == "1")
        #expect(failed.stderr.contains("could not connect"))
    }

    @Test func authenticationUsesThePasswordFromTheEnvironmentAndNeverPrintsIt() throws {
        try plan()
        let server = try SMTPTestServer(["--auth", "samkal:hemmelig-passord"])
        var environment = server.environment
        environment["SAMKAL_SMTP_USER"] = "samkal"
        environment["SAMKAL_SMTP_PASSWORD"] = "feil"
        let uid = Self.leaderUID
        let refused = try run(["invite", "--meeting", uid], environment: environment)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("AUTH"))
        #expect(!(refused.stdout + refused.stderr).contains("feil\n"))
        environment["SAMKAL_SMTP_PASSWORD"] = "hemmelig-passord"
        let sent = try run(["invite", "--meeting", uid], environment: environment)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(!(sent.stdout + sent.stderr).contains("hemmelig"))
        #expect(try server.messages().count == 3)
    }

    @Test func startTLSIsUsedWithTheGivenCertificateAuthority() throws {
        try plan()
        let directory = try CLI.temporaryDirectory()
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
                             "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let server = try SMTPTestServer(["--tls-cert", certificate, "--tls-key", key, "--auth", "samkal:pw"])
        let uid = Self.leaderUID
        var environment = ["SAMKAL_SMTP_HOST": "localhost", "SAMKAL_SMTP_PORT": String(server.port),
                           "SAMKAL_SMTP_USER": "samkal", "SAMKAL_SMTP_PASSWORD": "pw"]
        // Without trusting the server's certificate, nothing is sent.
        let untrusted = try run(["invite", "--meeting", uid, "--retries", "1"], environment: environment)
        #expect(untrusted.status != 0)
        #expect(untrusted.stderr.contains("TLS"), "\(untrusted.stderr)")
        #expect(try server.messages().isEmpty)
        environment["SAMKAL_SMTP_CA_FILE"] = certificate
        let sent = try run(["invite", "--meeting", uid], environment: environment)
        #expect(sent.status == 0, "\(sent.stderr)")
        let files = try server.messages()
        #expect(files.count == 3)
        let envelope = try JSONSerialization.jsonObject(
            with: Data(contentsOf: try #require(files.first).deletingPathExtension().appendingPathExtension("json"))
        ) as? [String: Any]
        #expect(envelope?["tls"] as? Bool == true)
    }

    @Test func outboxDirWritesEmlFilesAndLeavesThemQueued() throws {
        try plan()
        let directory = try CLI.temporaryDirectory().appendingPathComponent("eml")
        let written = try run(["invite", "--outbox-dir", directory.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("ikke merket som sendt"))
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).filter { $0.pathExtension == "eml" }
        #expect(!files.isEmpty)
        let messages = try SMTPTestServer.inspect(Array(files.prefix(5)))
        #expect(messages.allSatisfy { ($0["calendar"] as? [String: Any])?["method"] as? String == "REQUEST" })
        // Nothing was sent: the outbox still holds every message, and writing again gives the same files.
        let outbox = try run(["outbox", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(outbox.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == files.count)
        #expect(rows.allSatisfy { $0["status"] as? String == "pending" }, "\(outbox.stdout.prefix(400))")
        let again = try run(["invite", "--outbox-dir", directory.path])
        #expect(again.stdout.contains("0 nye meldinger"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == files.count)
    }

    @Test func markSentHandsTheFilesOverAndRecordsThemSent() throws {
        try plan()
        let directory = try CLI.temporaryDirectory().appendingPathComponent("pickup")
        let handed = try run(["invite", "--outbox-dir", directory.path, "--mark-sent"])
        #expect(handed.status == 0, "\(handed.stderr)")
        #expect(handed.stdout.contains("merket dem som sendt"))
        let outbox = try run(["outbox", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(outbox.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["status"] as? String == "sent" })
        let nothingLeft = try run(["invite", "--outbox-dir", directory.path, "--mark-sent"])
        #expect(nothingLeft.stdout.contains("0 nye meldinger"))
        let alone = try run(["invite", "--mark-sent"])
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--mark-sent gjelder bare sammen med --outbox-dir"))
    }

    @Test func onlyTheRefugeeServiceSendsInvitations() throws {
        try plan()
        let refused = try run(["invite", "--dry-run"], as: "marit-fjaerli")
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("flyktningtjenesten"))
    }

    static let leaderUID = MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-leaderMeeting-2027-spring", domain: "afjord.example.no")

    /// A reply as Outlook sends it: METHOD:REPLY, no ORGANIZER.
    static func outlookReply(sequence: Int, answer: String, attendee: String = "per.hakon.lian@nav.example.no", stamp: String = "20261123T090000Z") -> String {
        """
        BEGIN:VCALENDAR\r
        METHOD:REPLY\r
        PRODID:Microsoft Exchange Server 2010\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        ATTENDEE;PARTSTAT=\(answer);CN=Per Håkon Lian:mailto:\(attendee.uppercased())\r
        UID:\(leaderUID)\r
        SEQUENCE:\(sequence)\r
        DTSTAMP:\(stamp)\r
        DTSTART;TZID=Europe/Oslo:20270301T090000\r
        SUMMARY;LANGUAGE=nb-NO:Godtatt: Ledermøte\r
        END:VEVENT\r
        END:VCALENDAR\r

        """
    }

    @Test func repliesUpdateTheAnswerStaleOnesAreIgnoredAndGarbageChangesNothing() throws {
        let planned = try plan()
        #expect(try run(["invite", "--outbox-dir", try CLI.temporaryDirectory().path, "--mark-sent"]).status == 0)

        let accepted = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: Self.outlookReply(sequence: 0, answer: "ACCEPTED"))
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("per-hakon-lian: kommer"))
        var list = try run(["rsvp", "list", "--meeting", Self.leaderUID, "--json"])
        var rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: String]] ?? []
        #expect(rows.first { $0["person"] == "per-hakon-lian" }?["partstat"] == "ACCEPTED")

        // The same answer inside a whole email (base64 calendar part), as a client sends it.
        let calendar = Self.outlookReply(sequence: 0, answer: "DECLINED", stamp: "20261124T090000Z")
        let email = """
            From: Per =?UTF-8?B?SMOla29u?= Lian <per.hakon.lian@nav.example.no>\r
            To: Ingrid <ingrid.stoen@afjord.example.no>\r
            Subject: Avslått: Ledermøte\r
            MIME-Version: 1.0\r
            Content-Type: multipart/alternative; boundary="b1"\r
            \r
            --b1\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Kan ikke.\r
            --b1\r
            Content-Type: text/calendar; charset="utf-8"; method=REPLY\r
            Content-Transfer-Encoding: base64\r
            \r
            \(Data(calendar.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]))\r
            --b1--\r

            """
        let file = URL(fileURLWithPath: data).appendingPathComponent("reply.eml")
        try email.write(to: file, atomically: true, encoding: .utf8)
        let declined = try run(["rsvp", "import", file.path])
        #expect(declined.status == 0, "\(declined.stderr)")
        #expect(declined.stdout.contains("kommer ikke"))

        // An older answer (earlier DTSTAMP) to the same version does not overwrite it.
        let older = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: Self.outlookReply(sequence: 0, answer: "ACCEPTED", stamp: "20261123T100000Z"))
        #expect(older.status == 0)
        #expect(older.stdout.contains("nyere svar"))

        // Garbage and unknown meetings or people: an error naming the file, nothing recorded.
        for bad in ["this is not a calendar\n", Self.outlookReply(sequence: 0, answer: "ACCEPTED", attendee: "stranger@example.com"),
                    Self.outlookReply(sequence: 0, answer: "ACCEPTED").replacingOccurrences(of: "METHOD:REPLY", with: "METHOD:REQUEST")] {
            let result = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: bad)
            #expect(result.status == 1, "\(bad)")
            #expect(result.stderr.contains("standard inn"))
        }
        // Spoofed answers: someone else's address in From, a bare .ics nobody vouches for,
        // several ATTENDEEs in one REPLY, a DTSTAMP far in the future. Each refused, nothing recorded.
        let spoofedFile = URL(fileURLWithPath: data).appendingPathComponent("spoofed.eml")
        try email.replacingOccurrences(of: "Lian <per.hakon.lian@nav.example.no>", with: "Lian <mallory@example.com>")
            .write(to: spoofedFile, atomically: true, encoding: .utf8)
        let fromSomeoneElse = try run(["rsvp", "import", spoofedFile.path])
        #expect(fromSomeoneElse.status == 1)
        #expect(fromSomeoneElse.stderr.contains("mallory@example.com"), "\(fromSomeoneElse.stderr)")
        let unvouched = try run(["rsvp", "import", "-"], input: Self.outlookReply(sequence: 0, answer: "ACCEPTED", stamp: "20261124T120000Z"))
        #expect(unvouched.status == 1)
        #expect(unvouched.stderr.contains("--from"), "\(unvouched.stderr)")
        let three = Self.outlookReply(sequence: 0, answer: "ACCEPTED", stamp: "20261124T120000Z").replacingOccurrences(
            of: "UID:", with: "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ingrid.stoen@afjord.example.no\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:kari.vagen@afjord.example.no\r\nUID:"
        )
        let several = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: three)
        #expect(several.status == 1)
        #expect(several.stderr.contains("nøyaktig én"), "\(several.stderr)")
        let future = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: Self.outlookReply(sequence: 0, answer: "ACCEPTED", stamp: "99991231T235959Z"))
        #expect(future.status == 1)
        #expect(future.stderr.contains("fram i tid"), "\(future.stderr)")
        list = try run(["rsvp", "list", "--meeting", Self.leaderUID, "--json"])
        rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: String]] ?? []
        #expect(rows.first { $0["person"] == "per-hakon-lian" }?["partstat"] == "DECLINED")

        // After a move (SEQUENCE 1) the old answer no longer counts, and a reply to the old
        // version is ignored.
        _ = try blockLeaderMeeting(planned)
        let replanned = try run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"])
        #expect(replanned.status == 0, "\(replanned.stderr)")
        let stale = try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: Self.outlookReply(sequence: 0, answer: "ACCEPTED", stamp: "20261125T090000Z"))
        #expect(stale.status == 0, "\(stale.stderr)")
        #expect(stale.stdout.contains("gammelt svar ignorert"))
        list = try run(["rsvp", "list", "--meeting", Self.leaderUID, "--json"])
        rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: String]] ?? []
        #expect(rows.first { $0["person"] == "per-hakon-lian" }?["partstat"] == "NEEDS-ACTION")
    }
}
