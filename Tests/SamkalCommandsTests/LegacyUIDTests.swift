import Foundation
import SamkalCore
import SamkalStore
import Testing

/// A data directory written before UIDs were opaque (`<agreement>-<kind>-<period>@domain`):
/// the next plan re-issues every meeting under its opaque UID in the same slot, the old
/// UIDs leave the feeds, and invitations cancel the old and invite under the new.
struct LegacyUIDTests {
    typealias CLI = CommandLineTests

    @Test func readableUIDsAreReissuedInTheSameSlotAndCancelledWhereTheyWereSent() async throws {
        // The plan as samkal makes it today, to copy slots from.
        let current = try CLI.seededDataDirectory()
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        let env = ["SAMKAL_DATA": current, "SAMKAL_USER": "kari-vagen"]
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: env).status == 0)
        let source = try SQLiteStore(directory: current)
        let agreement = try #require(try await source.agreement(id: "afjord-nav-nord-fosen"))
        let participants = try await source.participants(agreementID: agreement.id)
        let meetings = try await source.meetings(agreementID: agreement.id)

        // The same meetings under the UIDs an earlier release gave them.
        let data = try CLI.seededDataDirectory()
        let legacy = meetings.map { meeting in
            PlannedMeeting(
                uid: "\(agreement.id)-\(meeting.kind.rawValue)-\(meeting.period)@\(agreement.uidDomain)",
                kind: meeting.kind, period: meeting.period, title: meeting.title, agenda: meeting.agenda,
                date: meeting.date, start: meeting.start, end: meeting.end, timeZoneID: meeting.timeZoneID,
                location: meeting.location, organizerID: meeting.organizerID, attendees: meeting.attendees,
                participantID: meeting.participantID, sequence: 0, status: .tentative
            )
        }
        let old = try SQLiteStore(directory: data)
        let now = UTCTimestamp(iso: "2026-11-01T12:00:00Z")!
        _ = try await old.importParticipants(participants, agreement: agreement, now: now)
        _ = try await old.recordPlan(Plan(
            agreementID: agreement.id, agreementName: agreement.name,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: now, timeZoneID: agreement.timeZoneID, language: .nb, meetings: legacy, warnings: [], unplaced: []
        ), agreement: agreement, now: now)
        let leader = try #require(legacy.first { $0.kind == .leaderMeeting && $0.period == "2027-spring" })
        let nav = try #require(leader.attendees.first { $0.id == "per-hakon-lian" })
        _ = try await old.enqueueInvitations([NewOutboxMessage(
            invitation: SentInvitation(meetingUID: leader.uid, attendee: nav, sequence: 0, method: .request),
            sender: "ingrid.stoen@afjord.example.no", recipient: nav.email, subject: "Innkalling: Ledermøte vår 2027",
            messageID: "old@afjord.example.no", message: Array("earlier".utf8)
        )], actorID: "kari-vagen", now: now)

        let oldEnv = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let feeds = try CLI.temporaryDirectory()
        let replan = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--ics", feeds.path], environment: oldEnv)
        #expect(replan.status == 0, "\(replan.stderr)")
        #expect(replan.stdout.contains("Planversjon 2: \(legacy.count) nye, 0 endret, \(legacy.count) avlyst"), "\(replan.stdout)")

        // Every meeting kept its day and time, now under its opaque UID.
        let store = try SQLiteStore(directory: data)
        let after = try await store.meetings(agreementID: agreement.id)
        let live = after.filter { $0.status != .cancelled }
        #expect(live.allSatisfy { MeetingIdentity.isOpaque($0.uid) })
        #expect(Set(live.map { "\($0.period) \($0.date) \($0.start)" }) == Set(meetings.map { "\($0.period) \($0.date) \($0.start)" }))
        #expect(Set(after.filter { $0.status == .cancelled }.map(\.uid)) == Set(legacy.map(\.uid)))

        let diff = try CLI.run(["plan", "diff", "--csv"], environment: oldEnv)
        #expect(diff.stdout.contains("\(leader.uid),cancelled,1,cancelled"))
        #expect(diff.stdout.contains("får ny, anonym UID i samme tidspunkt"))

        // No feed carries an old UID any more.
        for file in try FileManager.default.contentsOfDirectory(atPath: feeds.path) {
            let text = try String(contentsOf: feeds.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("-leaderMeeting-") && !text.contains("-D-00"), "\(file) still has a readable UID")
        }

        // The one who had the old invitation gets its CANCEL; everyone gets the new REQUEST.
        let invite = try CLI.run(["invite", "--dry-run"], environment: oldEnv)
        #expect(invite.status == 0, "\(invite.stderr)")
        let cancels = invite.stdout.split(separator: "\n").filter { $0.hasPrefix("CANCEL") }
        #expect(cancels.count == 1)
        #expect(cancels.first?.contains(nav.email) == true)
        #expect(invite.stdout.split(separator: "\n").contains { $0.hasPrefix("REQUEST") && $0.contains(nav.email) && $0.contains("Ledermøte vår 2027") })
    }
}
