import Foundation
import SamkalCore
import SamkalService
import SamkalStore
import Testing

/// `samkal meetings` and short references as a use case, on every store: each role sees
/// the meetings it may, as it may; references resolve for every command.
struct MeetingDirectoryTests {
    /// The example agreement and participants, planned for 2027 with their meetings.
    struct Fixture {
        let store: any SamkalStore
        let plan: Plan
        let directory: MeetingDirectory

        static func make(_ implementation: StoreImplementation) async throws -> Fixture {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-meetings-\(UUID().uuidString)")
            let store = try implementation.make(in: folder)
            let root = StoreFixture.repositoryRoot
            let path = root.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
            let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
            let csv = try String(contentsOfFile: root.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
            let participants = try ParticipantCSV.parse(csv, file: "deltakere.csv", knownPeople: Set(agreement.people.keys))
            let computed = Planner.plan(PlanRequest(
                agreement: agreement, range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
                stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), participants: participants, identity: .testing
            ))
            _ = try await store.importParticipants(participants, agreement: agreement, now: StoreFixture.at(1))
            let version = try await store.recordPlan(computed, agreement: agreement, now: StoreFixture.at(2))
            return Fixture(store: store, plan: version.plan, directory: MeetingDirectory(store: store, identity: .testing))
        }

        static let year = MeetingFilter(from: LocalDate(iso: "2027-01-01")!, to: LocalDate(iso: "2027-12-31")!)

        func list(_ filter: MeetingFilter = Fixture.year, as person: String, language: Language = .nb) async throws -> [ListedMeeting] {
            guard case .allowed(let list, _) = try await directory.list(filter, as: person, now: StoreFixture.at(10), language: language) else {
                Issue.record("\(person) may list meetings")
                return []
            }
            return list.meetings
        }

        func meeting(_ uid: String) -> PlannedMeeting? { plan.meetings.first { $0.uid == uid } }
    }

    @Test(arguments: StoreImplementation.allCases) func theRefugeeServiceSeesEveryMeetingAndNoParticipantsName(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let rows = try await fixture.list(as: "kari-vagen")
        let planned = fixture.plan.meetings.filter { $0.status != .cancelled }
        #expect(rows.count == planned.count)
        #expect(Set(rows.map(\.uid)) == Set(planned.map(\.uid)))
        #expect(rows.contains { $0.title == "Trekantsamtale – deltaker D-0042" })
        for name in ["Amanuel", "Rahel", "Olena", "Ahmad", "Fatima"] {
            #expect(!rows.contains { $0.title.contains(name) }, "\(name)")
        }
        #expect(rows.map(\.date) == rows.map(\.date).sorted())
        // The same references for everyone, and unique.
        #expect(Set(rows.map(\.reference)).count == rows.count)
        let advisor = try await fixture.list(as: "ola-brattoy")
        for row in advisor { #expect(rows.first { $0.uid == row.uid }?.reference == row.reference) }
    }

    @Test(arguments: StoreImplementation.allCases) func aNAVAdvisorSeesHerParticipantsInFullAndNoOneElses(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let rows = try await fixture.list(as: "jonas-odegard")
        #expect(rows.contains { $0.title == "Trekantsamtale – Amanuel Tesfay (D-0042)" })
        // D-0045 has no NAV advisor: jonas follows the others, not Ahmad.
        #expect(!rows.contains { $0.participantID == "D-0045" || $0.title.contains("Ahmad") })
        for row in rows {
            let meeting = try #require(fixture.meeting(row.uid))
            #expect(meeting.involves(personID: "jonas-odegard") || meeting.participantID.map { ["D-0042", "D-0043", "D-0044", "D-0046"].contains($0) } == true)
        }
        let theirs = try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, participantID: "D-0044"), as: "jonas-odegard")
        #expect(!theirs.isEmpty)
        #expect(theirs.allSatisfy { $0.participantID == "D-0044" || $0.kind == .infoMeeting })
        // The refugee service sees the information meetings D-0044 is expected at too.
        let service = try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, participantID: "D-0044"), as: "kari-vagen")
        #expect(service.contains { $0.kind == .infoMeeting } && service.contains { $0.participantID == "D-0044" })
        #expect(service.allSatisfy { $0.participantID == "D-0044" || $0.kind == .infoMeeting })
        let threeWay = try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, kind: .threeWayMeeting), as: "jonas-odegard")
        #expect(!threeWay.isEmpty && threeWay.allSatisfy { $0.kind == .threeWayMeeting })
        // Listing meetings about participants is audited, with the rule that showed them.
        let audit = try await fixture.store.auditLog(limit: nil).filter { $0.action == .listMeetings }
        #expect(audit.contains { $0.actorID == "jonas-odegard" && $0.allowed && $0.rule == .followsParticipant })
        let listedUIDs = Set(audit.filter { $0.actorID == "jonas-odegard" }.flatMap { $0.target.split(separator: ",").map(String.init) })
        #expect(rows.filter { $0.participantID != nil }.allSatisfy { listedUIDs.contains($0.uid) })
    }

    @Test(arguments: StoreImplementation.allCases) func anInterpreterSeesTimePlaceAndLanguageAndCannotFilterOutTheCase(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let rows = try await fixture.list(as: "tolk-tigrinja")
        #expect(!rows.isEmpty)
        for row in rows {
            let meeting = try #require(fixture.meeting(row.uid))
            #expect(meeting.involves(personID: "tolk-tigrinja"))
            #expect(row.kind == nil && row.participantID == nil)
            #expect(row.title == "Tolkeoppdrag (ti)" || row.title == "Tolkeoppdrag")
            for word in ["D-00", "Amanuel", "Rahel", "Trekant", "Team", "deltaker"] { #expect(!row.title.contains(word)) }
            #expect(!row.reference.contains("D-00"))
        }
        // A filter by kind or participant would tell her what her view does not.
        #expect(try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, kind: .threeWayMeeting), as: "tolk-tigrinja").isEmpty)
        #expect(try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, participantID: "D-0042"), as: "tolk-tigrinja").isEmpty)
        #expect(try await fixture.list(as: "tolk-tigrinja", language: .en).allSatisfy { $0.title.hasPrefix("Interpreting") })
    }

    @Test(arguments: StoreImplementation.allCases) func anUnrelatedTeacherSeesNoParticipantHeDoesNotFollow(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let rows = try await fixture.list(as: "lars-ornes")
        // Lars is on the teams of D-0042, D-0043, D-0045 and D-0046, never D-0044's.
        #expect(!rows.contains { $0.participantID == "D-0044" || $0.title.contains("Olena") })
        #expect(rows.contains { $0.kind == .cooperationMeeting })
        #expect(try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, participantID: "D-0044"), as: "lars-ornes").isEmpty)
        let mine = try await fixture.list(MeetingFilter(from: Fixture.year.from, to: Fixture.year.to, mine: true), as: "lars-ornes")
        for row in mine { #expect(fixture.meeting(row.uid)?.involves(personID: "lars-ornes") == true) }
        // Someone not in the agreement is refused, and that is audited.
        guard case .refused(let rule) = try await fixture.directory.list(Fixture.year, as: "ola-nordmann", now: StoreFixture.at(11), language: .nb) else {
            Issue.record("an unknown person lists nothing")
            return
        }
        #expect(rule == .unknownPerson)
        #expect(try await fixture.store.auditLog(limit: 1).first?.allowed == false)
    }

    @Test(arguments: StoreImplementation.allCases) func withoutDatesTheListingCoversEightWeeksFromToday(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        // 2027-01-01T12:00:00Z.
        let now = UTCTimestamp(date: LocalDate(iso: "2027-01-01")!, secondOfDay: 43_200)
        guard case .allowed(let list, _) = try await fixture.directory.list(MeetingFilter(), as: "kari-vagen", now: now, language: .nb) else {
            Issue.record("kari lists")
            return
        }
        #expect(list.range == DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-02-25")!))
        #expect(list.meetings.allSatisfy { list.range.contains($0.date) } && !list.meetings.isEmpty)
        await #expect(throws: MeetingFilter.Problem.self) {
            _ = try await fixture.directory.list(MeetingFilter(to: LocalDate(iso: "2026-12-01")!), as: "kari-vagen", now: now, language: .nb)
        }
    }

    @Test(arguments: StoreImplementation.allCases) func aReferenceOrAUIDResolvesToTheMeeting(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let rows = try await fixture.list(as: "kari-vagen")
        let row = try #require(rows.first { $0.kind == .infoMeeting })
        for typed in [row.reference, row.reference.lowercased(), String(row.reference.dropFirst(2)), row.uid, " \(row.reference) "] {
            #expect(try await fixture.directory.resolve(typed, as: "kari-vagen", now: StoreFixture.at(20), language: .nb) == row.uid, "\(typed)")
        }
        // Resolving is not reading: anyone gets the UID, and the command's own rule decides.
        #expect(try await fixture.directory.resolve(row.reference, as: "eva-strom", now: StoreFixture.at(21), language: .nb) == row.uid)
        let unknownReference = rows.map(\.reference).contains("M-ZZZZZ") ? "M-YYYYY" : "M-ZZZZZ"
        for typed in [unknownReference, "finnes-ikke@x", "M-0OIL1", "x"] {
            await #expect(throws: MeetingReferenceProblem.unknown(typed)) {
                _ = try await fixture.directory.resolve(typed, as: "kari-vagen", now: StoreFixture.at(22), language: .nb)
            }
        }
        #expect(MeetingReferenceProblem.unknown("M-ZZZZZ").message(in: .en).contains("unknown meeting: 'M-ZZZZZ'"))
    }

    @Test func anAmbiguousReferenceListsOnlyTheCandidatesTheAskerMaySee() throws {
        let meeting = PlannedMeeting(
            uid: "x@test", kind: .teamMeeting, period: "p", title: "Teammøte – deltaker D-0042", agenda: [],
            date: LocalDate(iso: "2027-03-02")!, start: LocalTime(minutes: 600)!, end: LocalTime(minutes: 660)!,
            timeZoneID: "Europe/Oslo", location: "Rom", organizerID: "ola-brattoy", attendees: [], participantID: "D-0042",
            sequence: 0, status: .tentative
        )
        let candidate = ListedMeeting(meeting, reference: "M-4F7KQ2", disclosure: .pseudonymous, rule: .runsProgramme, participantName: nil, language: .nb)
        let listed = MeetingReferenceProblem.ambiguous("M-4F7KQ", candidates: [candidate]).message(in: .nb)
        #expect(listed == "referansen 'M-4F7KQ' passer til flere møter; skriv flere tegn:\n  M-4F7KQ2  2027-03-02 10:00–11:00  Teammøte – deltaker D-0042")
        let none = MeetingReferenceProblem.ambiguous("M-4F7KQ", candidates: []).message(in: .en)
        #expect(none == "the reference 'M-4F7KQ' matches several meetings; type more characters or the whole UID")
    }
}

extension MeetingDirectoryTests {
    /// An opaque UID whose code is read from `value` (its first 64 bits).
    static func crafted(_ value: UInt64, _ tail: String) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + tail + "@afjord.example.no"
    }

    /// `meeting` under another UID.
    static func renamed(_ meeting: PlannedMeeting, _ uid: String) -> PlannedMeeting {
        PlannedMeeting(
            uid: uid, kind: meeting.kind, period: meeting.period, title: meeting.title, agenda: meeting.agenda,
            date: meeting.date, start: meeting.start, end: meeting.end, timeZoneID: meeting.timeZoneID, location: meeting.location,
            organizerID: meeting.organizerID, attendees: meeting.attendees, participantID: meeting.participantID,
            sequence: meeting.sequence, status: meeting.status
        )
    }

    @Test(arguments: StoreImplementation.allCases) func anAmbiguousReferenceOffersOnlyWhatTheAskerMaySee(_ implementation: StoreImplementation) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-ambiguous-\(UUID().uuidString)")
        let store = try implementation.make(in: folder)
        let root = StoreFixture.repositoryRoot
        let path = root.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        let csv = try String(contentsOfFile: root.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
        let participants = try ParticipantCSV.parse(csv, file: "deltakere.csv", knownPeople: Set(agreement.people.keys))
        var plan = Planner.plan(PlanRequest(
            agreement: agreement, range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), participants: participants, identity: .testing
        ))
        // A cooperation meeting and one of D-0044's whose references share five characters.
        let cooperation = try #require(plan.meetings.firstIndex { $0.kind == .cooperationMeeting })
        let olenas = try #require(plan.meetings.firstIndex { $0.participantID == "D-0044" && $0.kind == .teamMeeting })
        let base: UInt64 = 987_654_321_098
        let shared = Self.crafted(base, "00000000000000aa")
        let other = Self.crafted(base + 30 * 30 * 30 * 30 * 30, "00000000000000bb")
        plan.meetings[cooperation] = Self.renamed(plan.meetings[cooperation], shared)
        plan.meetings[olenas] = Self.renamed(plan.meetings[olenas], other)
        _ = try await store.importParticipants(participants, agreement: agreement, now: StoreFixture.at(1))
        _ = try await store.recordPlan(plan, agreement: agreement, now: StoreFixture.at(2))
        let directory = MeetingDirectory(store: store, identity: .testing)

        let index = MeetingReferenceIndex(uids: plan.meetings.map(\.uid), identity: .testing)
        let long = try #require(index.reference(of: shared))
        #expect(long.count == 8)
        let typed = String(long.prefix(7))
        // The longer reference names one meeting.
        #expect(try await directory.resolve(long, as: "lars-ornes", now: StoreFixture.at(10), language: .nb) == shared)
        // The shared beginning: the refugee service is offered both, the teacher only the
        // cooperation meeting (he does not follow D-0044), the interpreter nothing.
        func candidates(_ person: String) async throws -> [ListedMeeting] {
            do {
                _ = try await directory.resolve(typed, as: person, now: StoreFixture.at(11), language: .nb)
            } catch MeetingReferenceProblem.ambiguous(let text, let candidates) {
                #expect(text == typed)
                return candidates
            }
            Issue.record("\(typed) is ambiguous")
            return []
        }
        #expect(Set(try await candidates("kari-vagen").map(\.uid)) == [shared, other])
        #expect(try await candidates("kari-vagen").first { $0.uid == other }?.title == "Teammøte – deltaker D-0044")
        #expect(try await candidates("lars-ornes").map(\.uid) == [shared])
        #expect(try await candidates("tolk-dari").isEmpty)
        // Offering a meeting about a participant is a listing, and audited as one.
        let audit = try await store.auditLog(limit: nil).filter { $0.action == .listMeetings }
        #expect(audit.contains { $0.actorID == "kari-vagen" && $0.rule == .runsProgramme && $0.target == "\(typed): \(other)" })
        #expect(!audit.contains { $0.actorID == "lars-ornes" || $0.actorID == "tolk-dari" })
    }
}
