import Foundation
import SamkalCore
import Testing

/// The example region from the command line: Åfjord's and Osen's agreements with NAV
/// Nord-Fosen and their regional leader meeting in one store. Commands that concern one
/// agreement take `--agreement ID` and never pick one; a municipality sees nothing of the
/// other's participants, probed in both directions, every probe refused and audited.
struct RegionCommandTests {
    typealias CLI = CommandLineTests

    let data: String
    static let calendars = CLI.repositoryRoot.appendingPathComponent("calendars")
    static let afjord = calendars.appendingPathComponent("afjord-nav-nord-fosen.yaml").path
    static let osen = calendars.appendingPathComponent("osen-nav-nord-fosen.yaml").path
    static let region = calendars.appendingPathComponent("nord-fosen-region.yaml").path
    static let agreementIDs = "afjord-nav-nord-fosen, nord-fosen-region, osen-nav-nord-fosen"

    /// Both municipalities' participants imported and each agreement planned for 2027 by its
    /// own refugee service: Åfjord, then Osen, then the region.
    init() throws {
        data = try CLI.seededDataDirectory()
        for (person, arguments) in [
            ("kari-vagen", ["participants", "import", Self.calendars.appendingPathComponent("afjord-deltakere.csv").path, "--agreement", Self.afjord]),
            ("tor-lyso", ["participants", "import", Self.calendars.appendingPathComponent("osen-deltakere.csv").path, "--agreement", Self.osen]),
            ("kari-vagen", ["plan", Self.afjord, "--from", "2027-01-01", "--to", "2027-12-31"]),
            ("tor-lyso", ["plan", Self.osen, "--from", "2027-01-01", "--to", "2027-12-31"]),
            ("kari-vagen", ["plan", Self.region, "--from", "2027-01-01", "--to", "2027-12-31"]),
        ] {
            let result = try run(arguments, as: person)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func run(_ arguments: [String], as person: String) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": person])
    }

    /// Every row but the audit log's.
    func dump() throws -> [String] {
        try StoreDump.of(data).filter { !$0.hasPrefix("audit:") && !$0.contains("name:\"audit\"") }
    }

    @Test func aCommandForOneAgreementNeverPicksOneOfSeveral() throws {
        for arguments in [
            ["participants", "list"], ["plan", "diff"], ["audit"], ["outbox"], ["rsvp", "list"], ["feeds", "list"], ["invite", "--dry-run"],
        ] {
            let result = try run(arguments, as: "kari-vagen")
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("flere avtaler er lagret (\(Self.agreementIDs)): velg én med --agreement ID"), "\(arguments): \(result.stderr)")
        }
        let unknown = try run(["participants", "list", "--agreement", "roan"], as: "kari-vagen")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("ukjent avtale: roan (lagret: \(Self.agreementIDs))"), "\(unknown.stderr)")
        let chosen = try run(["participants", "list", "--agreement", "osen-nav-nord-fosen"], as: "tor-lyso")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout.contains("OS-0103") && chosen.stdout.contains("Flatanger kommune") && chosen.stdout.contains("Osen kommune"))
    }

    /// Osen's refugee service into Åfjord's participants and Åfjord's into Osen's: refused
    /// (77), nothing changed, and the probe in the audit log of the agreement it touched.
    @Test(arguments: [("tor-lyso", "D-0042", "afjord-nav-nord-fosen", "kari-vagen"), ("kari-vagen", "OS-0101", "osen-nav-nord-fosen", "tor-lyso")])
    func oneMunicipalitySeesNothingOfTheOthersParticipants(_ probe: (person: String, participant: String, owner: String, ownerService: String)) throws {
        let before = try dump()
        for arguments in [
            ["participants", "show", probe.participant], ["participants", "end", probe.participant, "--on", "2027-06-01"],
            ["attendance", probe.participant], ["participants", "list", "--agreement", probe.owner],
        ] {
            let result = try run(arguments, as: probe.person)
            #expect(result.status == 77, "\(arguments): \(result.status) \(result.stderr)")
            #expect(!result.stdout.contains(probe.participant), "\(arguments)")
        }
        // Named under the wrong agreement, the participant is unknown there.
        let home = probe.owner == "osen-nav-nord-fosen" ? "afjord-nav-nord-fosen" : "osen-nav-nord-fosen"
        let elsewhere = try run(["participants", "show", probe.participant, "--agreement", home], as: probe.person)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.stderr.contains("ukjent deltaker: \(probe.participant)"), "\(elsewhere.stderr)")
        let listed = try run(["meetings", "--participant", probe.participant, "--from", "2027-01-01", "--to", "2027-12-31"], as: probe.person)
        #expect(!listed.stdout.contains(probe.participant), "\(listed.stdout)")
        let busy = try run(["busy", "import", probe.participant, CLI.repositoryRoot.appendingPathComponent("calendars/opptatt-jonas-odegard.ics").path, "--agreement", probe.owner], as: probe.person)
        #expect(busy.status == 77, "\(busy.stderr)")
        // The store is as it was, apart from the audit log, where the owner's refugee service
        // reads the refusals; the prober's own agreement's log shows none of it.
        let owners = try run(["audit", "--agreement", probe.owner, "--csv"], as: probe.ownerService)
        #expect(owners.status == 0, "\(owners.stderr)")
        let refusals = owners.stdout.split(separator: "\n").filter { $0.contains(probe.person) && $0.contains(",nei,") }
        #expect(refusals.count >= 4, "\(owners.stdout)")
        let own = probe.owner == "osen-nav-nord-fosen" ? "afjord-nav-nord-fosen" : "osen-nav-nord-fosen"
        let probers = try run(["audit", "--agreement", own, "--csv"], as: probe.person)
        #expect(probers.status == 0, "\(probers.stderr)")
        #expect(!probers.stdout.contains(probe.participant), "\(probers.stdout)")
        #expect(try dump() == before)
    }

    /// A NAV advisor who works with both municipalities sees, in each, the participants he
    /// follows there — and has one calendar holding both, never booked twice.
    @Test func aSharedAdvisorSeesHisOwnInEachAndHasOneCalendar() throws {
        let osen = try run(["participants", "list", "--agreement", "osen-nav-nord-fosen", "--csv"], as: "jonas-odegard")
        #expect(osen.status == 0, "\(osen.stderr)")
        #expect(osen.stdout.contains("OS-0101") && osen.stdout.contains("OS-0103") && !osen.stdout.contains("OS-0102"))
        #expect(!osen.stdout.contains("D-00"))
        let afjord = try run(["participants", "list", "--agreement", "afjord-nav-nord-fosen", "--csv"], as: "jonas-odegard")
        #expect(afjord.stdout.contains("D-0042") && !afjord.stdout.contains("OS-01"))

        // Every shared person's feed, written by plan --ics, spans both agreements; an
        // independent reader (python icalendar) finds no overlap in any person's feed.
        let directory = try CLI.temporaryDirectory().appendingPathComponent("feeds").path
        let written = try run(["plan", "--all", "--from", "2027-01-01", "--to", "2027-12-31", "--ics", directory], as: "kari-vagen")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("afjord-nav-nord-fosen: Planversjon 5: 0 nye, 0 endret, 0 avlyst, 0 gjeninnsatt."), "\(written.stdout)")
        #expect(written.stdout.contains("nord-fosen-region: Planversjon 4: 0 nye, 0 endret, 0 avlyst, 0 gjeninnsatt."), "\(written.stdout)")
        #expect(written.stdout.contains("Ikke planlagt, du kaller ikke inn der (møtene står fast og er opptatt tid for de andre): osen-nav-nord-fosen"))
        let people = written.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, parts[1].hasPrefix("person:") else { return nil }
            return (String(parts[1].dropFirst("person:".count)), directory + "/" + parts[0])
        }
        #expect(people.count == 18)
        let jonas = try #require(people.first { $0.0 == "jonas-odegard" }?.1)
        let text = try String(contentsOfFile: jonas, encoding: .utf8)
        #expect(text.contains("@afjord.example.no") && text.contains("@osen.example.no"))
        let (status, report) = try CLI.python("Tests/Support/check_overlaps.py", people.map(\.1))
        #expect(status == 0, "\(report)")
        #expect(report.contains(", 0 overlaps"), "\(report)")
    }

    /// An agreement that refers to another (`from:`) is checked against the file beside it,
    /// or the store; one found in neither is a sentence at the `from:` line.
    @Test func fromNamesAnAgreementBesideTheFileOrStored() throws {
        let alone = try CLI.temporaryDirectory()
        let copy = alone.appendingPathComponent("osen-nav-nord-fosen.yaml")
        try FileManager.default.copyItem(atPath: Self.osen, toPath: copy.path)
        try FileManager.default.copyItem(
            atPath: Self.calendars.appendingPathComponent("skolerute-trondelag-2026-2028.ics").path,
            toPath: alone.appendingPathComponent("skolerute-trondelag-2026-2028.ics").path
        )
        let empty = try CLI.temporaryDirectory().appendingPathComponent("data").path
        let missing = try CLI.run(["check", copy.path], environment: ["SAMKAL_DATA": empty])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("osen-nav-nord-fosen.yaml:34:11: feil: parties[1].from: avtalen 'afjord-nav-nord-fosen' finnes verken som afjord-nav-nord-fosen.yaml ved siden av filen eller i lageret"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: empty), "checking created a store")
        // With Åfjord's agreement stored, the same file checks.
        let stored = try CLI.run(["check", copy.path], environment: ["SAMKAL_DATA": data])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("OK: osen-nav-nord-fosen"))
        let beside = try CLI.run(["check", Self.region], environment: ["SAMKAL_DATA": empty])
        #expect(beside.status == 0, "\(beside.stderr)")
    }
}

extension RegionCommandTests {
    /// A link to a person or party needs no `--agreement`: it is made under an agreement
    /// they are in, and their calendar spans all of them.
    @Test func aLinkToASharedPersonIsMadeWithoutChoosingAnAgreement() throws {
        let made = try run(["feeds", "add", "--person", "jonas-odegard"], as: "tor-lyso")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Jonas Ødegård"))
        let party = try run(["feeds", "add", "--party", "nav-nord-fosen"], as: "kari-vagen")
        #expect(party.status == 0, "\(party.stderr)")
        // Osen's refugee service lists its own agreement's links, not Åfjord's party links.
        let listed = try run(["feeds", "list", "--agreement", "osen-nav-nord-fosen", "--csv"], as: "tor-lyso")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("jonas-odegard") && listed.stdout.contains("nav-nord-fosen"))
        let unknown = try run(["feeds", "add", "--person", "ingen-slik"], as: "tor-lyso")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("ukjent person: ingen-slik"), "\(unknown.stderr)")
    }

    /// Listing meetings across both agreements puts each entry in the log of the agreement
    /// whose meetings it names.
    @Test func aSharedAdvisorsListingIsAuditedInEachAgreementsLog() throws {
        let listed = try run(["meetings", "--from", "2027-01-01", "--to", "2027-12-31"], as: "jonas-odegard")
        #expect(listed.status == 0, "\(listed.stderr)")
        let osen = try run(["audit", "--agreement", "osen-nav-nord-fosen", "--csv"], as: "tor-lyso").stdout
        let afjord = try run(["audit", "--agreement", "afjord-nav-nord-fosen", "--csv"], as: "kari-vagen").stdout
        let osenListing = osen.split(separator: "\n").filter { $0.contains("jonas-odegard") && $0.contains("listMeetings") }
        let afjordListing = afjord.split(separator: "\n").filter { $0.contains("jonas-odegard") && $0.contains("listMeetings") }
        #expect(!osenListing.isEmpty && !afjordListing.isEmpty, "\(osen)\n\(afjord)")
        #expect(osenListing.allSatisfy { !$0.contains("@afjord.example.no") })
        #expect(afjordListing.allSatisfy { !$0.contains("@osen.example.no") })
    }
}

extension RegionCommandTests {
    /// A shared person's address changed in both municipalities' files: planned alone, one
    /// agreement is refused (the other still says otherwise) and nothing is stored; planned
    /// together with `plan --all`, in either order on the command line, both change at once.
    @Test(arguments: [false, true]) func aSharedPersonChangedInBothFilesIsPlannedTogether(osenFirst: Bool) throws {
        let directory = try CLI.temporaryDirectory()
        for name in ["afjord-nav-nord-fosen.yaml", "osen-nav-nord-fosen.yaml", "nord-fosen-region.yaml", "skolerute-trondelag-2026-2028.ics"] {
            let text = try String(contentsOf: Self.calendars.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "jonas.odegard@nav.example.no", with: "jonas.odegard@nav-nord-fosen.example.no")
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let afjord = directory.appendingPathComponent("afjord-nav-nord-fosen.yaml").path
        let osen = directory.appendingPathComponent("osen-nav-nord-fosen.yaml").path
        let before = try dump()
        let alone = try run(["plan", afjord, "--from", "2027-01-01", "--to", "2027-12-31"], as: "kari-vagen")
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("personen jonas-odegard er definert med et annet navn eller en annen adresse i avtalen"), "\(alone.stderr)")
        #expect(alone.stderr.contains("samkal plan --all"))
        #expect(try dump() == before)

        // A coordinator who convenes in both: Osen's file with Kari Vågen in its refugee service.
        let coordinated = try String(contentsOfFile: osen, encoding: .utf8).replacingOccurrences(
            of: "      - { id: mari-vingsand,",
            with: "      - { id: kari-vagen, name: Kari Vågen, email: kari.vagen@afjord.example.no, role: contactPerson }\n      - { id: mari-vingsand,"
        )
        try coordinated.write(toFile: osen, atomically: true, encoding: .utf8)
        let files = osenFirst ? [osen, afjord] : [afjord, osen]
        let together = try run(["plan", "--all"] + files + ["--from", "2027-01-01", "--to", "2027-12-31"], as: "kari-vagen")
        #expect(together.status == 0, "\(together.stderr)")
        let stored = try StoreDump.of(data).filter { $0.hasPrefix("person:") && $0.contains("jonas-odegard") }
        #expect(stored.count == 2, "\(stored)")
        #expect(stored.allSatisfy { $0.contains("jonas.odegard@nav-nord-fosen.example.no") }, "\(stored)")
    }
}

extension RegionCommandTests {
    /// Agreements that refer to each other in a circle are reported at the `from:` that
    /// closes it, and nothing is created.
    @Test func agreementsReferringInACircleAreRefused() throws {
        let directory = try CLI.temporaryDirectory()
        for (id, other) in [("a", "b"), ("b", "a")] {
            try """
                id: \(id)
                name: \(id)
                parties:
                  - { id: ft-\(id), kind: refugeeService, name: FT \(id), contacts: [ { id: p-\(id), name: P \(id), email: p-\(id)@x.example.no, role: contactPerson } ] }
                  - { id: ft-\(other), from: \(other) }
                """.write(to: directory.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let empty = try CLI.temporaryDirectory().appendingPathComponent("data").path
        let result = try CLI.run(["check", directory.appendingPathComponent("a.yaml").path], environment: ["SAMKAL_DATA": empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.yaml:5:23: feil: from: avtalen 'a' viser tilbake til seg selv gjennom from:, eller kjeden er lengre enn 4"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: empty))
    }
}
