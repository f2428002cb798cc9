import SamkalCore
import Testing

struct InvitationPlannerTests {
    static func attendee(_ id: String, convener: Bool = false) -> MeetingAttendee {
        MeetingAttendee(id: id, name: id.capitalized, email: "\(id)@example.no", partyID: "p", role: .contactPerson, isConvener: convener)
    }

    static func meeting(sequence: Int = 0, status: MeetingStatus = .tentative, attendees: [String] = ["b", "c"], date: String = "2027-03-02") -> PlannedMeeting {
        PlannedMeeting(
            uid: "m1@test", kind: .leaderMeeting, period: "2027-spring", title: "Ledermøte", agenda: [],
            date: LocalDate(iso: date)!, start: LocalTime(hour: 9, minute: 0)!, end: LocalTime(hour: 10, minute: 0)!,
            timeZoneID: "Europe/Oslo", location: "Rom", organizerID: "a",
            attendees: [attendee("a", convener: true)] + attendees.map { attendee($0) },
            participantID: nil, sequence: sequence, status: status
        )
    }

    static let today = LocalDate(iso: "2027-01-01")!

    @Test func aNewMeetingGetsOneRequestPerAttendeeButTheConvener() {
        let tasks = InvitationPlanner.due(meetings: [Self.meeting()], sent: [], today: Self.today)
        #expect(tasks.map(\.attendee.id) == ["b", "c"])
        #expect(tasks.allSatisfy { $0.method == .request })
    }

    @Test func whatIsInTheOutboxIsNotSentAgainButAMoveIs() {
        let sent = ["b", "c"].map { SentInvitation(meetingUID: "m1@test", attendee: Self.attendee($0), sequence: 0, method: .request) }
        #expect(InvitationPlanner.due(meetings: [Self.meeting()], sent: sent, today: Self.today).isEmpty)
        let moved = InvitationPlanner.due(meetings: [Self.meeting(sequence: 1)], sent: sent, today: Self.today)
        #expect(moved.map(\.attendee.id) == ["b", "c"])
        #expect(moved.allSatisfy { $0.method == .request && $0.meeting.sequence == 1 })
    }

    @Test func aCancellationGoesOnlyToThoseWhoWereInvited() {
        let sent = [SentInvitation(meetingUID: "m1@test", attendee: Self.attendee("b"), sequence: 0, method: .request)]
        let tasks = InvitationPlanner.due(meetings: [Self.meeting(sequence: 1, status: .cancelled)], sent: sent, today: Self.today)
        #expect(tasks.map(\.attendee.id) == ["b"])
        #expect(tasks.first?.method == .cancel)
        #expect(InvitationPlanner.due(meetings: [Self.meeting(sequence: 1, status: .cancelled)], sent: [], today: Self.today).isEmpty)
        let done = sent + [SentInvitation(meetingUID: "m1@test", attendee: Self.attendee("b"), sequence: 1, method: .cancel)]
        #expect(InvitationPlanner.due(meetings: [Self.meeting(sequence: 1, status: .cancelled)], sent: done, today: Self.today).isEmpty)
    }

    @Test func someoneTakenOffAMeetingIsToldItIsCancelledForThem() {
        let sent = ["b", "c"].map { SentInvitation(meetingUID: "m1@test", attendee: Self.attendee($0), sequence: 0, method: .request) }
        let tasks = InvitationPlanner.due(meetings: [Self.meeting(sequence: 1, attendees: ["b", "d"])], sent: sent, today: Self.today)
        #expect(tasks.map { "\($0.method.rawValue) \($0.attendee.id)" } == ["request b", "request d", "cancel c"])
    }

    @Test func pastMeetingsAreLeftAlone() {
        #expect(InvitationPlanner.due(meetings: [Self.meeting(date: "2026-12-01")], sent: [], today: Self.today).isEmpty)
    }
}

struct ReplyMatcherTests {
    static let meeting = InvitationPlannerTests.meeting(sequence: 2)

    static func reply(sequence: Int, answer: ParticipationAnswer = .accepted, email: String = "B@EXAMPLE.NO", stamp: Int = 100, date: String? = nil) -> IncomingReply {
        IncomingReply(
            uid: "m1@test", recurrenceDate: date.flatMap(LocalDate.init(iso:)), sequence: sequence,
            stamp: UTCTimestamp(secondsSince1970: stamp), answers: [.init(email: email, answer: answer)], comment: nil
        )
    }

    /// Matches as if the reply came from its own attendee, at a time after every stamp here.
    static func match(_ replies: [IncomingReply], meetings: [String: PlannedMeeting], recorded: [MeetingReply]) -> Result<[ReplyOutcome], ReplyProblem> {
        ReplyMatcher.match(
            replies, sender: replies.first?.answers.first?.email ?? "", meetings: meetings, recorded: recorded,
            now: UTCTimestamp(secondsSince1970: 10_000)
        )
    }

    @Test func aReplyCountsOnlyForTheOneWhoSentIt() {
        let now = UTCTimestamp(secondsSince1970: 10_000)
        #expect(throws: ReplyProblem.senderMismatch(uid: "m1@test", attendee: "B@EXAMPLE.NO", sender: "mallory@example.no")) {
            try ReplyMatcher.match([Self.reply(sequence: 2)], sender: "mallory@example.no", meetings: ["m1@test": Self.meeting], recorded: [], now: now).get()
        }
        let three = IncomingReply(
            uid: "m1@test", recurrenceDate: nil, sequence: 2, stamp: UTCTimestamp(secondsSince1970: 100),
            answers: [.init(email: "b@example.no", answer: .declined), .init(email: "a@example.no", answer: .declined), .init(email: "c@example.no", answer: .declined)],
            comment: nil
        )
        #expect(throws: ReplyProblem.notExactlyOneAttendee(uid: "m1@test", count: 3)) {
            try ReplyMatcher.match([three], sender: "b@example.no", meetings: ["m1@test": Self.meeting], recorded: [], now: now).get()
        }
    }

    @Test func aReplyFromTheFutureIsRefusedNotRecorded() throws {
        let now = UTCTimestamp(secondsSince1970: 10_000)
        let far = Self.reply(sequence: 2, stamp: 10_000 + ReplyMatcher.defaultSkewSeconds + 1)
        #expect(throws: ReplyProblem.stampInFuture(uid: "m1@test", stamp: far.stamp)) {
            try ReplyMatcher.match([far], sender: "b@example.no", meetings: ["m1@test": Self.meeting], recorded: [], now: now).get()
        }
        let skewed = Self.reply(sequence: 2, stamp: 10_000 + ReplyMatcher.defaultSkewSeconds)
        #expect(try ReplyMatcher.match([skewed], sender: "b@example.no", meetings: ["m1@test": Self.meeting], recorded: [], now: now).get().count == 1)
    }

    @Test func matchesOnUIDAndAddressWithoutOrganizer() throws {
        let outcomes = try Self.match([Self.reply(sequence: 2)], meetings: ["m1@test": Self.meeting], recorded: []).get()
        guard case .recorded(let reply) = outcomes.first else { Issue.record("not recorded"); return }
        #expect(reply.attendeeID == "b")
        #expect(reply.answer == .accepted)
        #expect(ReplyBook([reply]).answer(of: "b", to: Self.meeting) == .accepted)
        #expect(ReplyBook([reply]).answer(of: "b", to: InvitationPlannerTests.meeting(sequence: 3)) == nil)
    }

    @Test func staleAndOlderRepliesAreIgnored() throws {
        let stale = try Self.match([Self.reply(sequence: 1)], meetings: ["m1@test": Self.meeting], recorded: []).get()
        #expect(stale == [.stale(uid: "m1@test", attendeeID: "b", replySequence: 1, meetingSequence: 2)])
        let newer = MeetingReply(meetingUID: "m1@test", attendeeID: "b", sequence: 2, answer: .declined, stamp: UTCTimestamp(secondsSince1970: 200))
        let older = try Self.match([Self.reply(sequence: 2, stamp: 150)], meetings: ["m1@test": Self.meeting], recorded: [newer]).get()
        #expect(older == [.superseded(uid: "m1@test", attendeeID: "b")])
    }

    @Test func unknownMeetingsPeopleAndOccurrencesAreProblems() {
        #expect(throws: ReplyProblem.unknownMeeting(uid: "m1@test")) {
            try Self.match([Self.reply(sequence: 2)], meetings: [:], recorded: []).get()
        }
        #expect(throws: ReplyProblem.unknownAttendee(uid: "m1@test", email: "x@example.no")) {
            try Self.match([Self.reply(sequence: 2, email: "x@example.no")], meetings: ["m1@test": Self.meeting], recorded: []).get()
        }
        #expect(throws: ReplyProblem.occurrenceMismatch(uid: "m1@test", date: LocalDate(iso: "2027-03-03")!)) {
            try Self.match([Self.reply(sequence: 2, date: "2027-03-03")], meetings: ["m1@test": Self.meeting], recorded: []).get()
        }
    }
}
