import Foundation
import SamkalCore
import Testing

/// Need to know from the command line, probed as each role: who may read and write what,
/// which commands ask who you are, what written files and mail reveal, and how private the
/// data directory is.
struct PrivacyCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    let participantsCSV = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path

    init() throws {
        data = try CLI.seededDataDirectory()
    }

    func run(_ arguments: [String], as person: String? = "kari-vagen", input: String? = nil) throws -> CLI.Result {
        var environment = ["SAMKAL_DATA": data]
        if let person { environment["SAMKAL_USER"] = person }
        return try CLI.run(arguments, environment: environment, input: input)
    }

    /// Imports the example's participants and plans 2027; returns the plan's meetings.
    func plan() throws -> [[String: Any]] {
        let imported = try run(["participants", "import", participantsCSV, "--agreement", CLI.example])
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        return object?["meetings"] as? [[String: Any]] ?? []
    }

    static func attendees(_ meeting: [String: Any]) -> [[String: Any]] {
        meeting["attendees"] as? [[String: Any]] ?? []
    }

    /// Header text with its RFC 2047 `=?UTF-8?B?…?=` words decoded.
    static func decodingEncodedWords(_ text: String) -> String {
        var result = text
        while let start = result.range(of: "=?UTF-8?B?"), let end = result.range(of: "?=", range: start.upperBound..<result.endIndex) {
            let word = String(result[start.upperBound..<end.lowerBound])
            let decoded = Data(base64Encoded: word).map { String(decoding: $0, as: UTF8.self) } ?? word
            result.replaceSubrange(start.lowerBound..<end.upperBound, with: decoded)
        }
        return result
    }

    func auditCSV() throws -> String {
        try run(["audit", "--csv"]).stdout
    }

    @Test func anInterpreterNeitherReadsNorWritesMinutes() throws {
        let meetings = try plan()
        let meeting = try #require(meetings.first { meeting in
            meeting["kind"] as? String == "threeWayMeeting" && meeting["participant"] as? String == "D-0042"
                && Self.attendees(meeting).contains { $0["role"] as? String == "interpreter" }
        })
        let uid = try #require(meeting["uid"] as? String)
        let interpreter = try #require(Self.attendees(meeting).first { $0["role"] as? String == "interpreter" }?["id"] as? String)

        let logged = try run(["minutes", "log", uid, "--file", "-"], as: "ola-brattoy", input: "Amanuel vil bli elektriker.\n")
        #expect(logged.status == 0, "\(logged.stderr)")

        let read = try run(["minutes", "show", uid], as: interpreter)
        #expect(read.status == 77)
        #expect(read.stdout.isEmpty)
        #expect(read.stderr.contains("tolken får bare vite tid, sted og språk"), "\(read.stderr)")
        let write = try run(["minutes", "log", uid, "--file", "-"], as: interpreter, input: "Tolken skriver.\n")
        #expect(write.status == 77)
        let listed = try run(["minutes", "list"], as: interpreter)
        #expect(!listed.stdout.contains(uid))
        let attendance = try run(["attendance", "D-0042"], as: interpreter)
        #expect(attendance.status == 77)

        // The advisor still reads them; every try is in the audit log.
        #expect(try run(["minutes", "show", uid], as: "ola-brattoy").stdout.contains("elektriker"))
        let audit = try auditCSV()
        #expect(audit.contains("\(interpreter),readMinutes,\(uid),nei,interpreterOnlyTimeAndPlace"), "\(audit)")
        #expect(audit.contains("\(interpreter),writeMinutes,\(uid)#2,nei,interpreterOnlyTimeAndPlace"))
    }

    @Test func commandsOnPersonalDataAskWhoYouAreAndRefuseOtherRoles() throws {
        _ = try plan()
        let anonymous = try run(["participants", "end", "D-0044", "--on", "2027-03-01"], as: nil)
        #expect(anonymous.status != 0)
        #expect(anonymous.stderr.contains("--as"))
        for arguments in [["participants", "import", participantsCSV], ["participants", "end", "D-0044"], ["audit"],
                          ["feeds", "list"], ["feeds", "add", "--person", "ola-brattoy"], ["busy", "import", "--dir", data],
                          ["outbox"], ["plan", "diff"], ["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"]] {
            let result = try run(arguments, as: nil)
            #expect(result.status != 0, "\(arguments) without --as")
            #expect(result.stderr.contains("--as"), "\(arguments): \(result.stderr)")
        }
        // NAV may not change the register, make links to others' calendars or read the audit log.
        let ended = try run(["participants", "end", "D-0044", "--on", "2027-03-01"], as: "jonas-odegard")
        #expect(ended.status == 77)
        #expect(!(try run(["participants", "show", "D-0044", "--csv"]).stdout.contains("2027-03-01")))
        #expect(try run(["feeds", "add", "--person", "ola-brattoy"], as: "jonas-odegard").status == 77)
        #expect(try run(["audit"], as: "jonas-odegard").status == 77)
        #expect(try run(["audit"], as: "ola-brattoy").status == 77)
        #expect(try run(["plan", "diff"], as: "jonas-odegard").status == 77)

        // A person may make and list the link to their own calendar, and only see their own.
        let own = try run(["feeds", "add", "--person", "jonas-odegard"], as: "jonas-odegard")
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try run(["feeds", "add", "--agreement", "afjord-nav-nord-fosen"]).status == 0)
        let mine = try run(["feeds", "list", "--csv"], as: "jonas-odegard")
        #expect(mine.stdout.contains("jonas-odegard") && !mine.stdout.contains("agreement"))
        #expect(try run(["feeds", "revoke", "2"], as: "jonas-odegard").status == 77)
        #expect(try run(["feeds", "rotate", "1"], as: "jonas-odegard").status == 0)

        // The refugee service may; and `--as` is accepted by every command.
        #expect(try run(["participants", "end", "D-0044", "--on", "2027-03-01"]).status == 0)
        #expect(try run(["check", CLI.example, "--as", "kari-vagen"], as: nil).status == 0)

        let audit = try auditCSV()
        for line in ["jonas-odegard,writeParticipants,D-0044,nei,onlyRefugeeService", "kari-vagen,writeParticipants,D-0044,ja,runsProgramme",
                     "jonas-odegard,writeLinks,person:ola-brattoy,nei,onlyRefugeeService", "jonas-odegard,writeLinks,person:jonas-odegard,ja,ownCalendar",
                     "jonas-odegard,readAudit,all,nei,onlyInternalControl", "kari-vagen,writeParticipants,import,ja,runsProgramme",
                     "jonas-odegard,readLinks,list:own,ja,ownCalendar", "kari-vagen,plan,afjord-nav-nord-fosen,ja,runsProgramme"] {
            #expect(audit.contains(line), "missing from the audit log: \(line)")
        }
    }

    @Test func nationalIdentityNumbersWithSeparatorsAreRefused() throws {
        _ = try plan()
        for id in ["010190 12345", "010190-12345"] {
            let added = try run([
                "participants", "add", "--id", id, "--name", "Test Testesen", "--language", "ar", "--interpreter", "nei",
                "--start", "2027-01-04", "--planned-end", "2028-01-03", "--final-goal", "work", "--program-advisor", "ola-brattoy",
            ])
            #expect(added.status != 0)
            #expect(added.stderr.contains("fødselsnummer"), "\(added.stderr)")
        }
        #expect(!(try run(["participants", "list", "--csv"]).stdout.contains("Testesen")))
    }

    @Test func theDataDirectoryAndItsFilesArePrivate() throws {
        _ = try plan()
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0) & 0o777
        }
        let fresh = try CLI.temporaryDirectory().appendingPathComponent("new-data").path
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-03-31", "--as", "kari-vagen"],
                            environment: ["SAMKAL_DATA": fresh]).status == 0)
        #expect(try mode(fresh) == 0o700)
        for name in ["samkal.sqlite", "samkal.sqlite-wal", "samkal.sqlite-shm", "identifier.key"] {
            let path = (fresh as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { #expect(try mode(path) == 0o600, "\(name)") }
        }
        #expect(FileManager.default.fileExists(atPath: (fresh as NSString).appendingPathComponent("identifier.key")))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fresh)
        let warned = try CLI.run(["plan", "diff", "--as", "kari-vagen"], environment: ["SAMKAL_DATA": fresh])
        #expect(warned.stderr.contains("advarsel") && warned.stderr.contains("chmod 700"), "\(warned.stderr)")
    }

    /// What an interpreter's invitations carry, headers and file names included, and what
    /// written feeds are called: nothing of the case.
    @Test func identifiersAndInterpretersMailRevealNothing() throws {
        let meetings = try plan()
        let casey = ["D-0042", "D-0043", "D-0044", "D-0045", "D-0046", "Amanuel", "Rahel", "Olena", "Ahmad", "Fatima",
                     "foreldrepermisjon", "leaveFollowUp", "threeWayMeeting", "Trekantsamtale", "Teammøte", "Overgang"]
        for meeting in meetings {
            let uid = meeting["uid"] as? String ?? ""
            #expect(MeetingIdentity.isOpaque(uid), "\(uid)")
            for word in casey { #expect(!uid.contains(word), "\(uid)") }
        }
        let outbox = try CLI.temporaryDirectory()
        let invited = try run(["invite", "--outbox-dir", outbox.path])
        #expect(invited.status == 0, "\(invited.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path)
        #expect(!files.isEmpty)
        var interpreterMails = 0
        for file in files {
            for word in casey { #expect(!file.contains(word), "file name \(file)") }
            let text = try String(contentsOf: outbox.appendingPathComponent(file), encoding: .utf8)
            let headers = text.components(separatedBy: "\r\n\r\n").first ?? ""
            let messageID = headers.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("message-id:") } ?? ""
            for word in casey { #expect(!messageID.contains(word), "\(messageID)") }
            guard headers.contains("@tolk.example.no") else { continue }
            interpreterMails += 1
            // Decode every base64 part of the mail and search it all.
            let decoded = text.components(separatedBy: "\r\n\r\n").dropFirst().map { block -> String in
                let joined = block.components(separatedBy: "\r\n").prefix { !$0.hasPrefix("--") }.joined()
                return Data(base64Encoded: joined).map { String(decoding: $0, as: UTF8.self) } ?? block
            }.joined(separator: "\n")
            let decodedHeaders = Self.decodingEncodedWords(headers)
            for word in casey {
                #expect(!decodedHeaders.contains(word) && !decoded.contains(word), "an interpreter's mail \(file) holds '\(word)'")
            }
        }
        #expect(interpreterMails > 0)
    }
}
