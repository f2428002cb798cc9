import SamkalCore
import Testing

/// Identifiers that leave samkal tell nothing, stay stable, and a store from before keeps
/// its slots when its readable UIDs are re-issued.
struct MeetingIdentityTests {
    typealias Fixture = ParticipantPlanningTests

    @Test func uidsAreOpaqueStableAndDependOnTheSecret() throws {
        let key = "liten-leaveFollowUp-D-0043-l1-1"
        let uid = MeetingIdentity.testing.uid(forKey: key, domain: "kommune.example.no")
        #expect(MeetingIdentity.isOpaque(uid))
        #expect(uid.hasSuffix("@kommune.example.no"))
        for word in ["D-0043", "leave", "liten", "l1"] { #expect(!uid.contains(word)) }
        #expect(uid == MeetingIdentity.testing.uid(forKey: key, domain: "kommune.example.no"))
        let other = try #require(MeetingIdentity(key: [UInt8](repeating: 1, count: MeetingIdentity.keyLength)))
        #expect(other.uid(forKey: key, domain: "kommune.example.no") != uid)
        #expect(MeetingIdentity(key: [1, 2, 3]) == nil)
        #expect(!MeetingIdentity.isOpaque("liten-leaveFollowUp-D-0043-l1-1@kommune.example.no"))
        #expect(MeetingIdentity.legacyKey(of: "liten-leaveFollowUp-D-0043-l1-1@kommune.example.no") == key)
    }

    @Test func aPlanWithParticipantsHasOnlyOpaqueUIDs() throws {
        let leave = Fixture.span("2027-03-01", "2027-12-31")
        let plan = Fixture.plan(try Fixture.agreement(), [Fixture.participant("D-0043", interpreter: true, leave: [leave])])
        #expect(!plan.meetings.isEmpty)
        for meeting in plan.meetings {
            #expect(MeetingIdentity.isOpaque(meeting.uid))
            #expect(!meeting.uid.contains("D-0043") && !meeting.uid.contains(meeting.kind.rawValue))
        }
    }

    /// A store written before UIDs were opaque: its meetings keep their slots under their
    /// opaque UIDs; the old ones are cancelled as re-issued and leave every feed.
    @Test func readableUIDsOfAnEarlierStoreAreReissuedInTheSameSlot() throws {
        let agreement = try Fixture.agreement()
        let participants = [Fixture.participant("D-1", language: "ti", interpreter: true)]
        let first = Fixture.plan(agreement, participants)
        // The same meetings as an earlier release stored them: UID = logical identity @ domain.
        let legacy = first.meetings.map { meeting in
            PlannedMeeting(
                uid: "\(agreement.id)-\(meeting.kind.rawValue)-\(meeting.period)@\(agreement.uidDomain)",
                kind: meeting.kind, period: meeting.period, title: meeting.title, agenda: meeting.agenda,
                date: meeting.date, start: meeting.start, end: meeting.end, timeZoneID: meeting.timeZoneID,
                location: meeting.location, organizerID: meeting.organizerID, attendees: meeting.attendees,
                participantID: meeting.participantID, sequence: 2, status: .confirmed
            )
        }
        let again = Fixture.plan(agreement, participants, previous: legacy)
        #expect(again.meetings.map(\.uid) == first.meetings.map(\.uid))
        #expect(again.meetings.map(\.date) == first.meetings.map(\.date))
        #expect(again.reissued.count == legacy.count)
        let outcome = PlanVersioning.reconcile(stored: legacy, with: again)
        let cancelled = outcome.changes.filter { $0.kind == .cancelled }
        #expect(cancelled.count == legacy.count)
        #expect(cancelled.allSatisfy { $0.reason == .reissued && $0.after.isReissuedUnderOpaqueUID })
        #expect(outcome.changes.filter { $0.kind == .added }.count == legacy.count)
        #expect(cancelled.first?.describe(in: .nb).contains("anonym UID") == true)
    }
}
