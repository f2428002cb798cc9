import SamkalCore
import Testing

/// `from:` in an agreement file: a party or room as another agreement defines it, its
/// people the same people; what cannot be resolved is reported where it is written.
struct AgreementReferenceTests {
    static func parse(_ parties: String, rooms: String = "", zone: String = "Europe/Oslo") throws -> AgreementDraft {
        let afjord = try PlannerTests.exampleAgreement()
        let yaml = """
            id: osen
            name: Osen
            timeZone: \(zone)
            parties:
              - id: osen-ft
                kind: refugeeService
                name: Flyktningtjenesten, Osen
                contacts:
                  - { id: tor-lyso, name: Tor Lysø, email: tor@osen.example.no, role: contactPerson }
            \(parties)
            \(rooms)
            """
        return try AgreementParser.parse(yaml: yaml, file: "osen.yaml", referenced: ["afjord-nav-nord-fosen": afjord])
    }

    static func problems(_ parties: String, rooms: String = "", zone: String = "Europe/Oslo") throws -> [String] {
        do {
            _ = try parse(parties, rooms: rooms, zone: zone)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.problem.message(in: .en))" }
        }
    }

    @Test func aReferencedPartyBringsItsLeaderAndTheContactsListed() throws {
        let agreement = try Self.parse("  - { id: nav-nord-fosen, from: afjord-nav-nord-fosen, contacts: [per-hakon-lian, jonas-odegard] }")
            .resolved(calendarPeriods: [])
        let nav = try #require(agreement.party("nav-nord-fosen"))
        #expect(nav.kind == .nav && nav.name == "NAV Nord-Fosen" && nav.leaderID == "per-hakon-lian")
        // The leader named among the contacts too is no error (the leader is always there).
        #expect(nav.memberIDs == ["per-hakon-lian", "jonas-odegard"])
        #expect(agreement.people["jonas-odegard"]?.email == "jonas.odegard@nav.example.no")
        #expect(agreement.people["marit-fjaerli"] == nil)
    }

    @Test func withoutContactsEveryoneOfThePartyComes() throws {
        let agreement = try Self.parse("  - { id: tolketjenesten, from: afjord-nav-nord-fosen }", rooms: "rooms: [ { id: samtalerom-2, from: afjord-nav-nord-fosen } ]")
            .resolved(calendarPeriods: [])
        #expect(agreement.party("tolketjenesten")?.memberIDs.count == 5)
        #expect(agreement.rooms.map(\.name) == ["Flyktningtjenesten, samtalerom 2"])
    }

    @Test func whatCannotBeResolvedIsReportedWhereItIsWritten() throws {
        #expect(try Self.problems("  - { id: nav-nord-fosen, from: roan }") == [
            "10:33 the agreement 'roan' is neither beside the file as roan.yaml nor in the store; plan it first, or put its file beside this one",
        ])
        #expect(try Self.problems("  - { id: nav-osen, from: afjord-nav-nord-fosen }") == ["10:11 'nav-osen' is not in the agreement 'afjord-nav-nord-fosen'"])
        #expect(try Self.problems("  - { id: nav-nord-fosen, from: afjord-nav-nord-fosen, contacts: [kari-vagen] }")
            == ["10:67 'kari-vagen' is not in the agreement 'afjord-nav-nord-fosen'"])
        #expect(try Self.problems("  - { id: nav-nord-fosen, from: afjord-nav-nord-fosen }", zone: "Europe/Stockholm") == [
            "10:33 the agreement 'afjord-nav-nord-fosen' uses the time zone Europe/Oslo; agreements that share people must use the same one",
        ])
        #expect(try Self.problems("", rooms: "rooms: [ { id: rom-9, from: afjord-nav-nord-fosen } ]") == ["11:16 'rom-9' is not in the agreement 'afjord-nav-nord-fosen'"])
    }

    @Test func theReferencesAreFoundBeforeTheFileIsRead() {
        let yaml = """
            id: region
            parties:
              - { id: a, from: afjord-nav-nord-fosen }
              - { id: b, from: osen-nav-nord-fosen }
              - { id: c, from: afjord-nav-nord-fosen }
            rooms: [ { id: r, from: kommune-03 } ]
            """
        #expect(AgreementReferences.ids(in: yaml, file: "region.yaml") == ["afjord-nav-nord-fosen", "osen-nav-nord-fosen", "kommune-03"])
        #expect(AgreementReferences.references(in: yaml, file: "region.yaml").first?.location.line == 3)
        #expect(AgreementReferences.agreementID(in: yaml, file: "region.yaml") == "region")
        #expect(AgreementReferences.ids(in: "id: [", file: "bad.yaml") == [])
    }
}
