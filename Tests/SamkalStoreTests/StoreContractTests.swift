import Foundation
import SamkalCore
import SamkalStore
import Testing

/// The rest of the store contract, on every implementation: subscriptions, replies, busy
/// time, the audit log, change times and the change stamp.
struct StoreContractTests {
    typealias Fixture = StoreFixture

    @Test(arguments: StoreImplementation.allCases)
    func subscriptionsAreMadeFoundRotatedAndRevoked(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let audit = AuditEntry(at: Fixture.at(10), actorID: "kari-vagen", action: .writeLinks, target: "person:ola-brattoy", allowed: true, rule: .runsProgramme)
        let made = try await store.addFeed(kind: .person, subject: "ola-brattoy", label: "Ola", tokenHash: "h1", audit: audit, now: Fixture.at(10))
        #expect(made.kind == .person && made.subject == "ola-brattoy" && made.isActive)
        let other = try await store.addFeed(kind: .agreement, subject: "afjord-nav-nord-fosen", label: "Avtalen", tokenHash: "h2", now: Fixture.at(11))
        #expect(other.id != made.id)
        await #expect(throws: StoreError.duplicateToken) {
            _ = try await store.addFeed(kind: .party, subject: "nav-nord-fosen", label: "NAV", tokenHash: "h1", now: Fixture.at(12))
        }
        #expect(try await store.feed(tokenHash: "h1")?.id == made.id)
        #expect(try await store.feed(id: other.id)?.subject == "afjord-nav-nord-fosen")
        #expect(try await store.rotateFeed(id: made.id, tokenHash: "h3", audit: nil))
        #expect(try await store.feed(tokenHash: "h1") == nil)
        #expect(try await store.feed(tokenHash: "h3")?.id == made.id)
        #expect(try await store.revokeFeed(id: made.id, now: Fixture.at(13)))
        #expect(try await !store.revokeFeed(id: made.id, now: Fixture.at(14)))
        #expect(try await store.feed(tokenHash: "h3") == nil)
        #expect(try await store.feed(id: made.id)?.revokedAt == Fixture.at(13))
        #expect(try await store.feeds().map(\.id) == [made.id, other.id])
        #expect(try await store.auditLog(limit: nil).contains { $0.action == .writeLinks && $0.target == "person:ola-brattoy" })
    }

    /// One id is one person in the whole store: another agreement may have the same people
    /// (a region's shared NAV staff), and both are stored; the same id with another name is
    /// refused as a whole, and the store keeps what it had.
    @Test(arguments: StoreImplementation.allCases)
    func sharedPeopleAreOnePersonAndADifferentDefinitionIsRefused(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let path = Fixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let yaml = original.replacingOccurrences(of: "\nid: afjord-nav-nord-fosen\n", with: "\nid: ny-avtale\n")
        let renamed = try AgreementParser.parse(yaml: yaml, file: path).resolved(calendarPeriods: [])
        let stamp = UTCTimestamp(date: LocalDate(iso: "2026-11-01")!)
        let plan = Planner.plan(PlanRequest(agreement: renamed, range: fixture.plan.range, stamp: stamp, identity: .testing))
        _ = try await fixture.store.recordPlan(plan, agreement: renamed, now: Fixture.at(5))
        #expect(try await fixture.store.agreementIDs() == ["afjord-nav-nord-fosen", "ny-avtale"])

        let other = original.replacingOccurrences(of: "\nid: afjord-nav-nord-fosen\n", with: "\nid: tredje-avtale\n")
            .replacingOccurrences(of: "name: Jonas Ødegård", with: "name: Jonas Ødegaard")
        let different = try AgreementParser.parse(yaml: other, file: path).resolved(calendarPeriods: [])
        let otherPlan = Planner.plan(PlanRequest(agreement: different, range: fixture.plan.range, stamp: stamp, identity: .testing))
        await #expect(throws: StoreError.personDefinedDifferently(person: "jonas-odegard", agreement: "afjord-nav-nord-fosen")) {
            _ = try await fixture.store.recordPlan(otherPlan, agreement: different, now: Fixture.at(6))
        }
        #expect(try await fixture.store.agreement(id: "tredje-avtale") == nil)
        #expect(try await fixture.store.agreementIDs() == ["afjord-nav-nord-fosen", "ny-avtale"])
    }

    /// A participant belongs to exactly one agreement: importing it under another is refused
    /// (never moved), and nothing of that import is stored.
    @Test(arguments: StoreImplementation.allCases)
    func aParticipantOfAnotherAgreementIsRefused(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let stored = try await fixture.store.participants(agreementID: fixture.agreement.id)
        let taken = try #require(stored.first)
        let path = Fixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let yaml = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\nid: afjord-nav-nord-fosen\n", with: "\nid: ny-avtale\n")
        let renamed = try AgreementParser.parse(yaml: yaml, file: path).resolved(calendarPeriods: [])
        await #expect(throws: StoreError.participantInAnotherAgreement(participant: taken.id, agreement: fixture.agreement.id)) {
            _ = try await fixture.store.importParticipants([taken], agreement: renamed, now: Fixture.at(5))
        }
        #expect(try await fixture.store.agreementIDs() == [fixture.agreement.id])
        #expect(try await fixture.store.agreementID(ofParticipant: taken.id) == fixture.agreement.id)
    }

    @Test(arguments: StoreImplementation.allCases)
    func repliesKeepTheLatestAnswerPerAttendee(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let meeting = fixture.meeting(.leaderMeeting, "2027-spring")
        func reply(_ answer: ParticipationAnswer, _ stamp: Int) -> MeetingReply {
            MeetingReply(meetingUID: meeting.uid, attendeeID: "per-hakon-lian", sequence: 0, answer: answer, stamp: Fixture.at(stamp), comment: nil)
        }
        try await fixture.store.recordReplies([reply(.accepted, 20)], actorID: "kari-vagen", now: Fixture.at(21))
        try await fixture.store.recordReplies([reply(.declined, 30)], actorID: "kari-vagen", now: Fixture.at(31))
        let replies = try await fixture.store.replies()
        #expect(replies.count == 1)
        #expect(replies.first?.answer == .declined && replies.first?.receivedAt == Fixture.at(31))
        #expect(try await fixture.store.auditLog(limit: 1).first?.action == .recordReplies)
    }

    @Test(arguments: StoreImplementation.allCases)
    func busyTimeIsReplacedPerOwnerAndSource(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        try await store.replaceBusy([("ola-brattoy", "a.ics", [BusyPeriod(start: 100, end: 200)]), ("ola-brattoy", "b.ics", [BusyPeriod(start: 50, end: 60)])])
        try await store.replaceBusy([("ola-brattoy", "a.ics", [BusyPeriod(start: 300, end: 400)])])
        #expect(try await store.busyTime()["ola-brattoy"] == [BusyPeriod(start: 50, end: 60), BusyPeriod(start: 300, end: 400)])
        try await store.replaceBusy([("ola-brattoy", "a.ics", []), ("ola-brattoy", "b.ics", [])])
        #expect(try await store.busyTime()["ola-brattoy"] == nil)
    }

    @Test(arguments: StoreImplementation.allCases)
    func theAuditLogKeepsOrderAndALimitGivesTheLatest(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let entries = (1...5).map {
            AuditEntry(at: Fixture.at(100 + $0), actorID: "kari-vagen", action: .readAudit, target: "t\($0)", allowed: $0 % 2 == 0, rule: .internalControl)
        }
        try await store.recordAudit(entries)
        let all = try await store.auditLog(limit: nil)
        #expect(all.suffix(5).map(\.target) == ["t1", "t2", "t3", "t4", "t5"])
        #expect(try await store.auditLog(limit: 2).map(\.target) == ["t4", "t5"])
        #expect(Set(all.compactMap(\.id)).count == all.count)
    }

    @Test(arguments: StoreImplementation.allCases)
    func everyCommitMovesTheChangeStampAndMeetingsKnowWhenTheyChanged(_ implementation: StoreImplementation) async throws {
        let fixture = try await Fixture.make(implementation)
        let before = fixture.store.changeStamp()
        #expect(fixture.store.changeStamp() == before)
        try await fixture.store.recordAudit([AuditEntry(at: Fixture.at(200), actorID: "x", action: .readAudit, target: "", allowed: false, rule: .unknownPerson)])
        #expect(fixture.store.changeStamp() != before)
        let times = try await fixture.store.meetingChangeTimes(agreementID: fixture.agreement.id)
        #expect(times.count == fixture.plan.meetings.count)
        #expect(Set(times.values) == [Fixture.at(1)])
        #expect(try await fixture.store.agreementIDs() == [fixture.agreement.id])
        #expect(try await fixture.store.agreement(id: fixture.agreement.id)?.id == fixture.agreement.id)
        #expect(try await fixture.store.agreement(id: "unknown") == nil)
        let meeting = try #require(fixture.plan.meetings.first)
        #expect(try await fixture.store.meeting(uid: meeting.uid) == meeting)
    }
}
