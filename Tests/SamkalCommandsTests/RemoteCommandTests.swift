import Foundation
import Testing

/// The command line against a live `samkal serve`, signed in through a real OpenID
/// provider (device flow) or with a personal access token: the same output, exit status
/// and need-to-know results as local mode on the same store; and what cannot prove a
/// person is refused.
@Suite(.serialized) struct RemoteCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    let server: LiveServer
    /// The held information meeting with minutes, and a later one without.
    let held: String
    let later: String

    init() async throws {
        data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let planned = try await CLI.runOffThePool(["plan", CLI.example, "--from", "2026-08-01", "--to", "2027-03-31", "--json"], environment: env)
        #expect(planned.status == 0, "\(planned.stderr)")
        // Minutes of a held meeting, with an action item for NAV.
        let meetings = (try JSONSerialization.jsonObject(with: Data(planned.stdout.utf8)) as? [String: Any])?["meetings"] as? [[String: Any]] ?? []
        let info = meetings.filter { $0["kind"] as? String == "infoMeeting" }
        held = info.first(where: { $0["period"] as? String == "2026-autumn" })?["uid"] as? String ?? "none"
        later = info.last?["uid"] as? String ?? "none"
        let logged = try await CLI.runOffThePool(
            ["minutes", "log", held, "--file", "-", "--decision", "Neste møte i mars", "--action", "jonas-odegard|Sjekk tiltaksplass|2027-02-01"],
            environment: env, input: "Referat fra informasjonsmøtet.\n"
        )
        #expect(logged.status == 0, "\(logged.stderr)")
        server = try await LiveServer.started(data: data)
    }

    func local(_ arguments: [String], as person: String) async throws -> CLI.Result {
        try await CLI.runOffThePool(arguments + ["--as", person], environment: ["SAMKAL_DATA": data])
    }

    func remote(_ arguments: [String], config: String) async throws -> CLI.Result {
        try await CLI.runOffThePool(arguments, environment: ["SAMKAL_CONFIG": config, "SAMKAL_DATA": "/nonexistent/samkal-data"])
    }

    /// A personal access token for `person`, made by the operator on the server machine.
    func accessToken(for person: String) async throws -> String {
        let made = try await CLI.runOffThePool(["tokens", "create", "--person", person, "--expires", "1d"], environment: ["SAMKAL_DATA": data])
        return try #require(made.stdout.firstMatch(of: /samkal_[A-Za-z0-9_-]{43}/)).output.description
    }

    func signInWithToken(_ token: String, config: String) async throws -> CLI.Result {
        try await CLI.runOffThePool(["login", "--server", server.address, "--token", "-"], environment: ["SAMKAL_CONFIG": config], input: token + "\n")
    }

    @Test func aPersonSignsInThroughTheDeviceFlowAndSeesWhatLocalModeShowsThem() async throws {
        let config = try CLI.temporaryDirectory().path
        let signedIn = try await server.signedIn(email: "kari.vagen@afjord.example.no", config: config)
        #expect(signedIn.status == 0, "\(signedIn.stderr)")
        #expect(signedIn.stdout.contains("Logget inn på \(server.address) som Kari Vågen (kari-vagen)."))
        #expect(signedIn.stderr.contains("/device?user_code="))
        let file = config + "/credentials.json"
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let whoami = try await remote(["whoami"], config: config)
        #expect(whoami.stdout.contains("Kari Vågen (kari-vagen)") && whoami.stdout.contains("innlogget via 127.0.0.1"), "\(whoami.stdout)")
        for arguments in [
            ["participants", "list"], ["participants", "list", "--json"], ["participants", "list", "--csv", "--lang", "en"],
            ["meetings", "--from", "2027-01-01", "--to", "2027-03-31"], ["meetings", "--from", "2027-01-01", "--to", "2027-03-31", "--json"],
            ["meetings", "--from", "2027-03-01", "--to", "2027-01-01"], ["meetings", "--from", "2027-01-01", "--to", "2027-03-31", "--mine", "--kind", "teamMeeting"],
            ["minutes", "list"], ["minutes", "list", "--json", "--open-actions"], ["minutes", "list", "--from", "2027-01-01"],
            ["minutes", "list", "--from", "2027-03-01", "--to", "2027-01-01"], ["actions"], ["actions", "--all", "--json"],
            ["participants", "show", "D-0042"], ["participants", "show", "D-0042", "--json"], ["participants", "show", "X-1"],
            ["attendance", "D-0042"], ["attendance", "--kind", "infoMeeting"], ["attendance", "--party", "nav-nord-fosen", "--csv"],
            ["attendance", "D-0042", "--kind", "infoMeeting"],
            ["minutes", "show", held], ["minutes", "show", held, "--format", "html", "--lang", "en"], ["minutes", "show", "M-"],
            ["minutes", "show", "finnes-ikke@x"], ["plan", "diff"], ["plan", "diff", "--json"], ["plan", "diff", "--csv", "--lang", "nn"],
            ["plan", "diff", "--agreement", "finnes-ikke"],
            ["report", "internkontroll", "--year", "2027", "--as-of", "2027-02-01"],
            ["report", "internkontroll", "--year", "2027", "--as-of", "2027-02-01", "--format", "json", "--lang", "en"],
            ["report", "internkontroll", "--year", "2027", "--as-of", "2027-02-01", "--format", "csv"],
            ["report", "internkontroll", "--year", "2027", "--as-of", "2027-02-01", "--format", "html", "--lang", "nn"],
            ["report", "internkontroll", "--year", "2027", "--agreement", "finnes-ikke"],
        ] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "kari-vagen")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr)")
        }
        // The audit log says who read it, and through which sign-in.
        let audit = try await remote(["audit", "--json"], config: config)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: String]])
        #expect(rows.contains { $0["who"] == "kari-vagen" && $0["action"] == "readParticipants" && $0["via"]?.hasPrefix("oidc:sub-kari.vagen@") == true })
        #expect(rows.contains { $0["who"] == "kari-vagen" && $0["action"] == "readParticipants" && $0["via"]?.hasPrefix("operator:") == true })
    }

    @Test func aNAVAdvisorWithATokenIsRefusedWhatLocalModeRefusesThem() async throws {
        let config = try CLI.temporaryDirectory().path
        let signedIn = try await signInWithToken(try await accessToken(for: "jonas-odegard"), config: config)
        #expect(signedIn.status == 0 && signedIn.stdout.contains("Jonas Ødegård (jonas-odegard)"), "\(signedIn.stderr)")
        for arguments in [
            ["participants", "list"], ["audit"], ["audit", "--lang", "en"], ["meetings", "--from", "2027-01-01", "--to", "2027-03-31", "--lang", "nn"],
            ["meetings", "--from", "2027-01-01", "--to", "2027-03-31", "--participant", "D-0044"],
            ["minutes", "list"], ["actions", "--lang", "en"], ["actions", "done", "999"],
            ["participants", "show", "D-0042"], ["participants", "show", "D-0045"], ["attendance", "D-0045"], ["attendance", "--kind", "infoMeeting"],
            ["minutes", "show", held], ["minutes", "log", later, "--file", "/dev/null"], ["plan", "diff"],
            ["report", "internkontroll", "--year", "2027"],
        ] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "jonas-odegard")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        #expect(try await remote(["audit"], config: config).status == 77)
        // NAV writes no minutes of the refugee service's information meeting, there or here.
        let write = try await CLI.runOffThePool(["minutes", "log", later, "--file", "-"], environment: ["SAMKAL_CONFIG": config, "SAMKAL_DATA": "/nonexistent/samkal-data"], input: "Notat.\n")
        let here = try await CLI.runOffThePool(["minutes", "log", later, "--file", "-", "--as", "jonas-odegard"], environment: ["SAMKAL_DATA": data], input: "Notat.\n")
        #expect(write.status == here.status && write.stderr == here.stderr, "\(write.stderr) / \(here.stderr)")
    }

    /// The refugee service writes minutes from her own machine; the server's record is the
    /// same document as one written on the server.
    @Test func minutesWrittenAgainstTheServerAreTheMinutesOnTheServer() async throws {
        let config = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        let written = try await CLI.runOffThePool(
            ["minutes", "log", later, "--file", "-", "--decision", "Godkjent", "--action", "kari-vagen|Send referatet|2027-03-10"],
            environment: ["SAMKAL_CONFIG": config, "SAMKAL_DATA": "/nonexistent/samkal-data"], input: "Referat skrevet hjemmefra.\n"
        )
        #expect(written.status == 0 && written.stdout.contains("Referat"), "\(written.stderr)")
        let there = try await remote(["minutes", "show", later], config: config)
        let here = try await local(["minutes", "show", later], as: "kari-vagen")
        #expect(there.status == 0 && there.stdout == here.stdout && there.stdout.contains("Referat skrevet hjemmefra."), "\(there.stderr)")
        // Bad flags are bad flags against the server too, and change nothing.
        for arguments in [["--action", "kari-vagen|uten dato"], ["--present", "kari-vagen", "--absent", "kari-vagen"], ["--excused", "kari-vagen"]] {
            let bad = try await CLI.runOffThePool(["minutes", "log", later, "--file", "-"] + arguments, environment: ["SAMKAL_CONFIG": config, "SAMKAL_DATA": "/nonexistent/samkal-data"], input: "x\n")
            let same = try await CLI.runOffThePool(["minutes", "log", later, "--file", "-", "--as", "kari-vagen"] + arguments, environment: ["SAMKAL_DATA": data], input: "x\n")
            #expect(bad.status == same.status && bad.stderr == same.stderr, "\(arguments): \(bad.stderr) / \(same.stderr)")
        }
        #expect(try await remote(["minutes", "show", later], config: config).stdout == there.stdout, "nothing written by the refused ones")
    }

    /// Links, the outbox and the answers to invitations from the refugee service's own
    /// machine: the same listings as on the server machine; a link made or rotated there
    /// works on the server at once, and a revoked one stops.
    @Test func theRefugeeServiceManagesLinksAndFollowsInvitationsFromHerMachine() async throws {
        // Invitations queued on the server machine (no mail server there yet: status 75).
        let queued = try await CLI.runOffThePool(["invite", "--as", "kari-vagen"], environment: ["SAMKAL_DATA": data, "SAMKAL_SMTP_HOST": ""])
        #expect(queued.status == 75, "\(queued.stderr)")
        let config = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        let base = ["--base-url", "https://samkal.afjord.example.no"]
        let made = try await remote(["feeds", "add", "--person", "kari-vagen"] + base, config: config)
        #expect(made.status == 0 && made.stdout.contains("https://samkal.afjord.example.no/feeds/"), "\(made.stderr)")
        let token = try #require(made.stdout.firstMatch(of: /feeds\/([A-Za-z0-9_-]{43})\.ics/)).output.1.description
        #expect(try await server.fetched("/feeds/\(token).ics") == 200)
        // Made against the server, the links are to the server unless told otherwise.
        let own = try await remote(["feeds", "add", "--party", "nav-nord-fosen"], config: config)
        #expect(own.status == 0 && own.stdout.contains(server.address + "/feeds/"), "\(own.stdout)")
        let madeHere = try await local(["feeds", "add", "--person", "kari-vagen"] + base, as: "kari-vagen")
        func masked(_ text: String) -> String {
            text.replacing(/[A-Za-z0-9_-]{43}/, with: "TOKEN").replacing(/\b\d+\b/, with: "N")
        }
        #expect(masked(made.stdout) == masked(madeHere.stdout) && made.stderr == madeHere.stderr, "\(made.stdout) / \(madeHere.stdout)")
        for arguments in [
            ["feeds", "list"], ["feeds", "list", "--json"], ["feeds", "list", "--agreement", "finnes-ikke"],
            ["feeds", "add", "--party", "finnes-ikke"], ["feeds", "add", "--person", "finnes-ikke"], ["feeds", "revoke", "9999"],
            ["feeds", "rotate", "9999"],
            ["outbox"], ["outbox", "list", "--json"], ["outbox", "list", "--status", "failed"], ["outbox", "list", "--status", "tull"],
            ["outbox", "retry"], ["rsvp", "list"], ["rsvp", "list", "--csv", "--lang", "en"], ["rsvp", "list", "--meeting", later],
            ["rsvp", "list", "--meeting", "M-"],
        ] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "kari-vagen")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        #expect(try await local(["outbox"], as: "kari-vagen").stdout.contains("REQUEST"), "the queued invitations are listed")
        let id = try #require(made.stdout.firstMatch(of: /Abonnement (\d+)/)).output.1
        let rotated = try await remote(["feeds", "rotate", String(id)] + base, config: config)
        #expect(rotated.status == 0, "\(rotated.stderr)")
        let newToken = try #require(rotated.stdout.firstMatch(of: /feeds\/([A-Za-z0-9_-]{43})\.ics/)).output.1.description
        #expect(try await server.fetched("/feeds/\(token).ics") == 404)
        #expect(try await server.fetched("/feeds/\(newToken).ics") == 200)
        let revoked = try await remote(["feeds", "revoke", String(id)], config: config)
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(try await server.fetched("/feeds/\(newToken).ics") == 404)

        // NAV: only the link to their own calendar; no outbox, no answers.
        let navConfig = try CLI.temporaryDirectory().path
        #expect(try await signInWithToken(try await accessToken(for: "jonas-odegard"), config: navConfig).status == 0)
        for arguments in [
            ["feeds", "list"], ["feeds", "add", "--person", "kari-vagen"], ["feeds", "add", "--party", "nav-nord-fosen"], ["feeds", "revoke", String(id)],
            ["outbox"], ["outbox", "retry"], ["rsvp", "list"], ["rsvp", "list", "--meeting", later],
        ] {
            let there = try await remote(arguments, config: navConfig)
            let here = try await local(arguments, as: "jonas-odegard")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        #expect(try await remote(["outbox"], config: navConfig).status == 77)
        let navOwn = try await remote(["feeds", "add", "--person", "jonas-odegard"], config: navConfig)
        #expect(navOwn.status == 0, "\(navOwn.stderr)")
    }

    /// The register and the replies from the refugee service's own machine: files are read
    /// there and sent, their problems said as on the server machine, where they are.
    @Test func theRegisterAndTheRepliesAreKeptFromHerMachine() async throws {
        let config = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        let files = try CLI.temporaryDirectory()
        let bad = files.appendingPathComponent("deltakere.csv").path
        let header = "id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor,team_needs,team_members,parental_leave,holidays"
        try (header + "\nD-0200,Ny Deltaker,ar,ja,2027-13-01,2029-01-31,work,ola-brattoy,,,,,\nD-0201,Ny To,ar,kanskje,2027-02-01,2029-01-31,work,finnes-ikke,,,,,\n")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let reply = files.appendingPathComponent("svar.ics").path
        try ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB", "METHOD:REPLY", "BEGIN:VEVENT", "UID:finnes-ikke@x",
             "DTSTAMP:20260101T000000Z", "DTSTART:20270104T080000Z", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jonas.odegard@nav.example.no",
             "END:VEVENT", "END:VCALENDAR", ""].joined(separator: "\r\n").write(toFile: reply, atomically: true, encoding: .utf8)
        let busy = CLI.repositoryRoot.appendingPathComponent("calendars/opptatt-jonas-odegard.ics").path
        let add = ["participants", "add", "--id", "D-0100", "--name", "Ny Deltaker", "--language", "ar", "--interpreter", "ja",
                   "--start", "2027-02-01", "--planned-end", "2029-01-31", "--final-goal", "work", "--program-advisor", "ola-brattoy"]
        let added = try await remote(add, config: config)
        #expect(added.status == 0 && added.stdout.contains("D-0100"), "\(added.stderr)")
        // Read in once, so both ways below update the same rows.
        let imported = try await remote(["participants", "import", CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path], config: config)
        #expect(imported.status == 0, "\(imported.stderr)")
        for arguments in [
            ["participants", "show", "D-0100"], ["participants", "import", CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path],
            ["participants", "import", bad], ["participants", "import", "/nonexistent/deltakere.csv"],
            ["participants", "import", bad, "--agreement", "finnes-ikke"],
            add + ["--start", "2027-13-01"], add + ["--program-advisor", "finnes-ikke", "--lang", "en"],
            ["participants", "end", "D-0100", "--on", "2027-13-01"], ["participants", "end", "X-1"],
            ["rsvp", "import", reply, "--from", "jonas.odegard@nav.example.no"], ["rsvp", "import", reply],
            ["rsvp", "import", "/nonexistent/svar.ics"],
            ["busy", "import", "jonas-odegard", busy], ["busy", "import", "jonas-odegard", busy, "--from", "2027-01-01", "--to", "2027-06-30"],
            ["busy", "import", "jonas-odegard", reply], ["busy", "import", "finnes-ikke", busy], ["busy", "import", "--dir", files.path],
            ["busy", "import", "jonas-odegard", busy, "--from", "2027-06-30", "--to", "2027-01-01"], ["busy", "import", "--dir", "/nonexistent"],
        ] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "kari-vagen")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        let busyRead = try await remote(["busy", "import", "jonas-odegard", busy], config: config)
        #expect(busyRead.status == 0 && busyRead.stdout.contains("jonas-odegard"), "\(busyRead.stderr)")
        let ended = try await remote(["participants", "end", "D-0100", "--on", "2027-06-30"], config: config)
        #expect(ended.status == 0 && ended.stdout.contains("2027-06-30"), "\(ended.stderr)")
        let shown = try await local(["participants", "show", "D-0100", "--json"], as: "kari-vagen")
        #expect(shown.stdout.contains("2027-06-30"), "ended on the server: \(shown.stdout)")
        // An agreement file is read in on the server, not sent.
        let file = try await remote(["participants", "import", bad, "--agreement", CLI.example], config: config)
        #expect(file.status == 64 && file.stderr.contains("avtalefiler leses inn på tjeneren"), "\(file.stderr)")

        // NAV keeps no register and records no replies, there or here.
        let navConfig = try CLI.temporaryDirectory().path
        #expect(try await signInWithToken(try await accessToken(for: "jonas-odegard"), config: navConfig).status == 0)
        for arguments in [
            add, ["participants", "import", bad], ["participants", "end", "D-0100"], ["rsvp", "import", reply, "--from", "jonas.odegard@nav.example.no"],
            ["busy", "import", "jonas-odegard", busy],
        ] {
            let there = try await remote(arguments, config: navConfig)
            let here = try await local(arguments, as: "jonas-odegard")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
            #expect(there.status == 77, "\(arguments)")
        }
    }

    /// The refugee service plans a stored agreement from her own machine: what a dry run
    /// shows, what the server refuses and the version it stores are what local mode gives.
    @Test func theRefugeeServicePlansFromHerMachine() async throws {
        let config = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        let files = try CLI.temporaryDirectory()
        let bad = files.appendingPathComponent("deltakere.csv").path
        let header = "id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor,team_needs,team_members,parental_leave,holidays"
        try (header + "\nD-0200,Ny Deltaker,ar,ja,2027-13-01,2029-01-31,work,ola-brattoy,,,,,\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let participants = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        let plan = ["plan", "afjord-nav-nord-fosen", "--from", "2027-01-01", "--to", "2027-06-30"]
        for arguments in [
            plan + ["--dry-run"], plan + ["--dry-run", "--json"], plan + ["--dry-run", "--lang", "en", "--optimize"],
            plan + ["--dry-run", "--participants", participants, "--stamp", "2027-01-01T08:00:00Z"],
            plan + ["--dry-run", "--participants", bad], plan + ["--dry-run", "--participants", "/nonexistent/deltakere.csv"],
            ["plan", "finnes-ikke", "--from", "2027-01-01", "--to", "2027-06-30"],
            ["plan", "afjord-nav-nord-fosen", "--from", "2027-06-30", "--to", "2027-01-01"],
            ["plan", "afjord-nav-nord-fosen", "--from", "2027-01-01", "--to", "2300-01-01"],
        ] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "kari-vagen")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        // A real run stores a version on the server; both ways then show the same changes.
        let stored = try await remote(plan + ["--stamp", "2027-01-01T08:00:00Z"], config: config)
        #expect(stored.status == 0 && stored.stdout.contains("Planversjon"), "\(stored.stderr)")
        let diffThere = try await remote(["plan", "diff", "--agreement", "afjord-nav-nord-fosen"], config: config)
        let diffHere = try await local(["plan", "diff", "--agreement", "afjord-nav-nord-fosen"], as: "kari-vagen")
        #expect(diffThere.status == 0 && diffThere.stdout == diffHere.stdout, "\(diffThere.stderr)")
        let number = try #require(stored.stdout.firstMatch(of: /Planversjon (\d+):/)).output.1
        #expect(diffHere.stdout.hasPrefix("Planversjon \(number) ("), "the version stored through the server: \(diffHere.stdout)")
        // A region planned together: the same lines both ways (a run that changes nothing
        // after one that may have), and the region's agreement files are read in on the server.
        let region = ["plan", "--all", "--from", "2027-01-01", "--to", "2027-06-30", "--stamp", "2027-01-01T08:00:00Z"]
        #expect(try await remote(region, config: config).status == 0)
        let regionHere = try await local(region, as: "kari-vagen")
        let regionThere = try await remote(region, config: config)
        func numbersMasked(_ text: String) -> String { text.replacing(/Planversjon \d+/, with: "Planversjon N") }
        #expect(regionThere.status == 0 && numbersMasked(regionThere.stdout) == numbersMasked(regionHere.stdout), "\(regionThere.stdout) / \(regionHere.stdout)")
        #expect(regionThere.stdout.contains("afjord-nav-nord-fosen: Planversjon"), "\(regionThere.stdout)")
        let regionFile = try await remote(region + [CLI.example], config: config)
        #expect(regionFile.status == 64 && regionFile.stderr.contains("avtalefiler leses inn på tjeneren"), "\(regionFile.stderr)")
        // Files are read in and calendars written where the store is.
        let file = try await remote(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-06-30"], config: config)
        #expect(file.status == 64 && file.stderr.contains("avtalefiler leses inn på tjeneren"), "\(file.stderr)")
        let feeds = try await remote(plan + ["--ics", files.path], config: config)
        #expect(feeds.status == 64 && feeds.stderr.contains("tjeneren publiserer kalenderne"), "\(feeds.stderr)")

        // NAV plans nothing, there or here.
        let navConfig = try CLI.temporaryDirectory().path
        #expect(try await signInWithToken(try await accessToken(for: "jonas-odegard"), config: navConfig).status == 0)
        for arguments in [plan + ["--dry-run"], region] {
            let refused = try await remote(arguments, config: navConfig)
            let refusedHere = try await local(arguments, as: "jonas-odegard")
            #expect(refused.status == 77 && refused.stderr == refusedHere.stderr, "\(arguments): \(refused.stderr)")
        }
    }

    /// The refugee service convenes from her own machine: the server makes the invitations
    /// and delivers them with its own mail server, each once.
    @Test func theRefugeeServiceConvenesFromHerMachine() async throws {
        let mail = try SMTPTestServer()
        let mailing = try await LiveServer.started(data: data, environment: mail.environment)
        defer { mailing.stop() }
        let config = try CLI.temporaryDirectory().path
        try await mailing.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        for arguments in [["invite", "--dry-run"], ["invite", "--dry-run", "--meeting", later, "--lang", "en"], ["invite", "--meeting", "M-"]] {
            let there = try await remote(arguments, config: config)
            let here = try await local(arguments, as: "kari-vagen")
            #expect(there.status == here.status && there.stdout == here.stdout && there.stderr == here.stderr, "\(arguments): \(there.stderr) / \(here.stderr)")
        }
        let preview = try await local(["invite", "--dry-run"], as: "kari-vagen")
        let expected = preview.stdout.split(separator: "\n").filter { $0.hasPrefix("REQUEST") || $0.hasPrefix("CANCEL") }.count
        #expect(expected > 0)
        let sent = try await remote(["invite"], config: config)
        #expect(sent.status == 0 && sent.stdout.contains("Sendt: \(expected),"), "\(sent.stdout) \(sent.stderr)")
        #expect(try mail.messages().count == expected, "each message once")
        // Nothing new: the same answer there and here, and nothing sent twice.
        let again = try await remote(["invite"], config: config)
        let here = try await local(["invite"], as: "kari-vagen")
        #expect(again.status == here.status && again.stdout == here.stdout && again.status == 0, "\(again.stdout) / \(here.stdout)")
        #expect(try mail.messages().count == expected)
        let files = try await remote(["invite", "--outbox-dir", "/tmp"], config: config)
        #expect(files.status == 64 && files.stderr.contains("mot en tjener leverer tjeneren innkallingene"), "\(files.stderr)")
        // NAV convenes nothing, there or here.
        let navConfig = try CLI.temporaryDirectory().path
        let token = try await accessToken(for: "jonas-odegard")
        #expect(try await CLI.runOffThePool(["login", "--server", mailing.address, "--token", "-"], environment: ["SAMKAL_CONFIG": navConfig], input: token + "\n").status == 0)
        let refused = try await remote(["invite"], config: navConfig)
        let refusedHere = try await local(["invite"], as: "jonas-odegard")
        #expect(refused.status == 77 && refused.stderr == refusedHere.stderr, "\(refused.stderr)")
    }

    @Test func withAServerTheIdentityIsTheSignedInOneAndUnprovenTokensAreRefused() async throws {
        let config = try CLI.temporaryDirectory().path
        let token = try await accessToken(for: "jonas-odegard")
        #expect(try await signInWithToken(token, config: config).status == 0)
        let claimed = try await remote(["participants", "list", "--as", "kari-vagen"], config: config)
        #expect(claimed.status == 64 && claimed.stderr.contains("--as: mot en tjener er du den du logget inn som"), "\(claimed.stderr)")
        // NAV closes its own action item against the server.
        let done = try await remote(["actions", "done", "1"], config: config)
        #expect(done.status == 0 && done.stdout.contains("Sjekk tiltaksplass"), "\(done.stderr)")

        // A token that proves nobody is never stored.
        let forged = try await signInWithToken("samkal_" + String(repeating: "A", count: 43), config: try CLI.temporaryDirectory().path)
        #expect(forged.status == 1 && forged.stderr.contains("godtar ikke lenger legitimasjonen"), "\(forged.stderr)")

        // A tampered ID token in the credentials: refused, whatever it says.
        let oidcConfig = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "jonas.odegard@nav.example.no", config: oidcConfig)
        let file = URL(fileURLWithPath: oidcConfig + "/credentials.json")
        var stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let parts = try #require(stored["token"] as? String).split(separator: ".")
        let claims = Data(#"{"iss":"\#(server.issuer)","sub":"x","aud":"samkal-cli","exp":4102444800,"email":"kari.vagen@afjord.example.no"}"#.utf8)
            .base64EncodedString().replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        stored["token"] = "\(parts[0]).\(claims).\(parts[2])"
        try JSONSerialization.data(withJSONObject: stored).write(to: file)
        let tampered = try await remote(["whoami"], config: oidcConfig)
        #expect(tampered.status == 1 && tampered.stderr.contains("godtar ikke lenger legitimasjonen"), "\(tampered.stderr)")

        // Revoked on the server: refused from the next command on.
        let listed = try await CLI.runOffThePool(["tokens", "list", "--json"], environment: ["SAMKAL_DATA": data])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: String]])?.first?["id"])
        #expect(try await CLI.runOffThePool(["tokens", "revoke", id], environment: ["SAMKAL_DATA": data]).status == 0)
        let revoked = try await remote(["participants", "list"], config: config)
        #expect(revoked.status == 1 && revoked.stderr.contains("godtar ikke lenger legitimasjonen"), "\(revoked.stderr)")

        #expect(try await remote(["logout"], config: config).stdout.contains("Logget ut fra"))
        #expect(!FileManager.default.fileExists(atPath: config + "/credentials.json"))
    }

    /// `samkal logout` ends an identity-provider sign-in at the server: a copy of its ID
    /// token, replayed, is refused though it has not expired; the person's other sign-ins
    /// are not touched, and a personal access token stays valid after its logout.
    @Test func aTokenReplayedAfterLogoutIsRefused() async throws {
        let config = try CLI.temporaryDirectory().path
        let other = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "jonas.odegard@nav.example.no", config: config)
        try await server.requireSignedIn(email: "jonas.odegard@nav.example.no", config: other)
        let copy = try CLI.temporaryDirectory().path
        try FileManager.default.copyItem(atPath: config + "/credentials.json", toPath: copy + "/credentials.json")
        let out = try await remote(["logout"], config: config)
        #expect(out.status == 0 && out.stdout.contains("Logget ut fra") && out.stderr.isEmpty, "\(out.stderr)")
        let replayed = try await remote(["whoami"], config: copy)
        #expect(replayed.status == 1 && replayed.stderr.contains("godtar ikke lenger legitimasjonen"), "\(replayed.stderr)")
        #expect(try await remote(["whoami"], config: other).status == 0, "another sign-in of the same person")

        let scripted = try CLI.temporaryDirectory().path
        #expect(try await signInWithToken(try await accessToken(for: "jonas-odegard"), config: scripted).status == 0)
        let tokenCopy = try CLI.temporaryDirectory().path
        try FileManager.default.copyItem(atPath: scripted + "/credentials.json", toPath: tokenCopy + "/credentials.json")
        #expect(try await remote(["logout"], config: scripted).status == 0)
        #expect(try await remote(["whoami"], config: tokenCopy).status == 0, "revoked with tokens revoke, not by logout")
    }

    /// A server that cannot be reached is not told: the credentials are deleted here, and
    /// the person is told the sign-in holds there until its token expires.
    @Test func aLogoutTheServerCannotHearStillSignsOutHere() async throws {
        let config = try CLI.temporaryDirectory().path
        try await server.requireSignedIn(email: "jonas.odegard@nav.example.no", config: config)
        let file = URL(fileURLWithPath: config + "/credentials.json")
        var stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        stored["server"] = "http://127.0.0.1:9"
        try JSONSerialization.data(withJSONObject: stored).write(to: file)
        let out = try await remote(["logout"], config: config)
        #expect(out.status == 0 && out.stdout.contains("Logget ut fra http://127.0.0.1:9"), "\(out.stderr)")
        #expect(out.stderr == "merk: http://127.0.0.1:9 kunne ikke nås, så der gjelder innloggingen til tokenet går ut\n")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// A server that does not answer is said as samkal says it, for every command, never
    /// as the OpenAPI runtime's error (found by hand: "uventet feil (ClientError)").
    @Test func aServerThatDoesNotAnswerIsSaidSo() async throws {
        let config = try CLI.temporaryDirectory().path
        #expect(try await signInWithToken(try await accessToken(for: "kari-vagen"), config: config).status == 0)
        let file = URL(fileURLWithPath: config + "/credentials.json")
        var stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        stored["server"] = "http://127.0.0.1:9"
        try JSONSerialization.data(withJSONObject: stored).write(to: file)
        for command in [["whoami"], ["meetings"], ["minutes", "list"], ["plan", "afjord-nav-nord-fosen", "--from", "2027-01-01", "--to", "2027-01-31"]] {
            let out = try await remote(command, config: config)
            #expect(out.status == 1 && out.stderr == "feil: får ikke svar fra samkal på http://127.0.0.1:9\n", "\(command): \(out.stderr)")
        }
    }

    /// An ID token about to expire is renewed with the refresh token before a command
    /// (and saved); a sign-in the person denies stores nothing.
    @Test func anExpiringTokenIsRenewedAndADeniedSignInStoresNothing() async throws {
        let data = try CLI.seededDataDirectory()
        let planned = try await CLI.runOffThePool(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-01-31", "--as", "kari-vagen"], environment: ["SAMKAL_DATA": data])
        #expect(planned.status == 0, "\(planned.stderr)")
        // Tokens that live 30 seconds: within a minute of expiry from the start.
        let shortLived = try await LiveServer.started(data: data, tokenLifetime: 30)
        let config = try CLI.temporaryDirectory().path
        try await shortLived.requireSignedIn(email: "kari.vagen@afjord.example.no", config: config)
        let file = URL(fileURLWithPath: config + "/credentials.json")
        func stored() throws -> [String: Any] { try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]) }
        let before = try stored()
        let whoami = try await CLI.runOffThePool(["whoami"], environment: ["SAMKAL_CONFIG": config])
        #expect(whoami.status == 0 && whoami.stdout.contains("kari-vagen"), "\(whoami.stderr)")
        let after = try stored()
        // Renewed: the provider rotates its refresh token on every use (the ID token of the
        // same second may come out byte for byte the same).
        #expect(after["refreshToken"] as? String != before["refreshToken"] as? String, "renewed")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let deniedConfig = try CLI.temporaryDirectory().path
        let denied = try await shortLived.signedIn(email: nil, config: deniedConfig)
        #expect(denied.status == 1 && denied.stderr.contains("innloggingen ble avvist"), "\(denied.stderr)")
        #expect(!FileManager.default.fileExists(atPath: deniedConfig + "/credentials.json"))
        shortLived.stop()
    }
}
