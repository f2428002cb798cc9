import Foundation
import ICalendar
import SamkalCore
import SamkalPublishing
import Testing

/// Every viewer of the example (each person, each party, the agreement) × every meeting of
/// a year with participants × every output that carries a meeting (feed event, invitation
/// calendar): what each shows must follow the one rule, `AccessPolicy.disclosure`. A new
/// output that bypassed the rule would show what this catches.
struct NeedToKnowMatrixTests {
    static func example() throws -> (Agreement, [String: Participant], Plan) {
        let root = FeedBuilderTests.repositoryRoot
        let path = root.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        let csvPath = root.appendingPathComponent("calendars/afjord-deltakere.csv").path
        let participants = try ParticipantCSV.parse(
            String(contentsOfFile: csvPath, encoding: .utf8), file: csvPath, knownPeople: Set(agreement.people.keys)
        )
        let plan = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(iso: "2026-11-01T12:00:00Z")!, participants: participants, identity: .testing
        ))
        return (agreement, Dictionary(uniqueKeysWithValues: participants.map { ($0.id, $0) }), plan)
    }

    /// The text of one VEVENT, unfolded, for searching.
    static func eventText(_ event: ICalEvent) -> String {
        ([event.uid, event.summary ?? "", event.description ?? "", event.location ?? ""]
            + event.categories + event.attendees.map { "\($0.commonName ?? "") \($0.email)" }).joined(separator: "\n")
    }

    /// What must and must not be in an event shown with `disclosure`.
    static func check(_ text: String, meeting: PlannedMeeting, disclosure: Disclosure, participants: [String: Participant], context: String) {
        guard let id = meeting.participantID, let participant = participants[id] else { return }
        let kindWords = [meeting.kind.rawValue, meeting.kind.title(in: .nb)]
        switch disclosure {
        case .full:
            #expect(text.contains(participant.name), "\(context): a follower sees the name")
        case .pseudonymous:
            #expect(!text.contains(participant.name), "\(context): name in a pseudonymous view")
            #expect(!meeting.attendees.filter { $0.role == .interpreter }.contains { text.contains($0.email) }, "\(context): interpreter in a pseudonymous view")
        case .interpreter:
            #expect(!text.contains(participant.name), "\(context): name shown to an interpreter")
            #expect(!text.contains(id), "\(context): case id shown to an interpreter")
            for word in kindWords { #expect(!text.contains(word), "\(context): meeting kind '\(word)' shown to an interpreter") }
            let others = meeting.attendees.filter { !$0.isConvener && $0.role != .interpreter }
            #expect(!others.contains { text.contains($0.email) }, "\(context): other attendees shown to an interpreter")
        case .hidden:
            Issue.record("\(context): a hidden meeting was rendered")
        }
    }

    @Test func everyFeedOfEveryViewerShowsEachMeetingAsTheRuleSays() throws {
        let (agreement, participants, plan) = try Self.example()
        let policy = AccessPolicy(agreement: agreement, participants: participants)
        let scopes: [FeedScope] = [.agreement] + agreement.parties.map { .party($0.id) } + agreement.sortedPeople.map { .person($0.id) }
        var seen: Set<String> = []
        for scope in scopes {
            let calendar = FeedBuilder().calendar(for: scope, plan: plan, agreement: agreement, participants: participants)
            let events = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0.uid, $0) })
            for meeting in plan.meetings {
                let disclosure = policy.disclosure(of: meeting, to: scope.viewer)
                guard let event = events[meeting.uid] else {
                    #expect(disclosure == .hidden, "\(scope): \(meeting.period) missing though \(disclosure)")
                    continue
                }
                seen.insert("\(disclosure)".components(separatedBy: "(").first ?? "")
                Self.check(Self.eventText(event), meeting: meeting, disclosure: disclosure, participants: participants, context: "\(scope) \(meeting.period)")
            }
        }
        // The example exercises every kind of view.
        #expect(seen == ["full", "pseudonymous", "interpreter"])
    }

    @Test func theInterpreterServicesCalendarGetsTheInterpretersView() throws {
        let (agreement, participants, plan) = try Self.example()
        let calendar = FeedBuilder().calendar(for: .party("tolketjenesten"), plan: plan, agreement: agreement, participants: participants)
        #expect(!calendar.events.isEmpty)
        let text = try calendar.serialized()
        for participant in participants.values {
            #expect(!text.contains(participant.id) && !text.contains(participant.name))
        }
        for kind in MeetingKind.allCases where kind.participantAttends {
            #expect(!text.contains(kind.title(in: .nb)) && !text.contains(kind.rawValue))
        }
        #expect(calendar.events.allSatisfy { ($0.summary ?? "").hasPrefix("Tolkeoppdrag") })
    }

    @Test func everyInvitationShowsItsRecipientWhatTheirOwnFeedShows() throws {
        let (agreement, participants, plan) = try Self.example()
        let policy = AccessPolicy(agreement: agreement, participants: participants)
        let builder = InvitationBuilder()
        for meeting in plan.meetings {
            for attendee in meeting.attendees where !attendee.isConvener {
                for method in [InvitationMethod.request, .cancel] {
                    let task = InvitationTask(meeting: meeting, attendee: attendee, method: method)
                    let disclosure = builder.disclosure(for: task, agreement: agreement, participants: participants)
                    #expect(disclosure == policy.disclosure(of: meeting, to: .person(attendee.id)))
                    let calendar = builder.calendar(
                        for: task, agreement: agreement, participants: participants, replies: ReplyBook(),
                        stamp: UTCTimestamp(iso: "2026-11-01T12:00:00Z")!, language: .nb
                    )
                    let event = try #require(calendar.events.first)
                    Self.check(Self.eventText(event), meeting: meeting, disclosure: disclosure, participants: participants,
                               context: "\(method) to \(attendee.id) \(meeting.period)")
                }
            }
        }
    }

    /// A CANCEL to someone taken off a meeting: they see it as they saw it while on it.
    @Test func aCancellationToSomeoneTakenOffKeepsTheirView() throws {
        let (agreement, participants, plan) = try Self.example()
        let meeting = try #require(plan.meetings.first { $0.participantID == "D-0043" && $0.attendees.contains { $0.role == .interpreter } })
        let interpreter = try #require(meeting.attendees.first { $0.role == .interpreter })
        var without = meeting
        without.attendees.removeAll { $0.id == interpreter.id }
        let task = InvitationTask(meeting: without, attendee: interpreter, method: .cancel)
        let builder = InvitationBuilder()
        #expect(builder.disclosure(for: task, agreement: agreement, participants: participants) == .interpreter(language: "ti"))
        let text = try builder.calendar(
            for: task, agreement: agreement, participants: participants, replies: ReplyBook(),
            stamp: UTCTimestamp(iso: "2026-11-01T12:00:00Z")!, language: .nb
        ).serialized()
        #expect(!text.contains("D-0043") && !text.contains("Rahel") && !text.contains("foreldrepermisjon"))
    }
}
