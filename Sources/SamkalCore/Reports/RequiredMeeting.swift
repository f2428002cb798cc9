/// One meeting the agreement and the guidance require: what the planner asks for, with the
/// days it is due in. The UID is the one the planner gives the meeting, so a stored meeting
/// is found by it; a meeting that cannot even be asked for (a participant without a NAV
/// advisor) says why.
public struct RequiredMeeting: Sendable, Hashable {
    public let uid: String
    public let kind: MeetingKind
    /// The period the meeting belongs to: `2027-spring`, `D-0042-early`.
    public let period: String
    public let participantID: String?
    /// The days the meeting is due in (its window).
    public let window: DateSpan
    /// The day it is due on; the window's first day for a meeting due anywhere in a window.
    public let nominalDate: LocalDate
    /// Why the meeting cannot be planned at all, when that is known before planning.
    public let impossible: PlanNote?

    /// The requirements (IMDi's guidance and the agreement's rules) due in `range`: every
    /// meeting the planner asks for whose due day is in the range, in the planner's order.
    public static func due(
        in range: DateSpan, agreement: Agreement, participants: [Participant], identity: MeetingIdentity
    ) -> [RequiredMeeting] {
        let request = PlanRequest(agreement: agreement, range: range, stamp: UTCTimestamp(secondsSince1970: 0), identity: identity)
        var required = MeetingRequests(request: request).all().map { RequiredMeeting($0) }
        let expander = ParticipantMeetingRequests(agreement: agreement, range: range, language: .nb, identity: identity)
        for participant in participants.sorted(by: { $0.id < $1.id }) {
            for item in expander.items(for: participant) {
                switch item {
                case .request(let meetingRequest):
                    required.append(RequiredMeeting(meetingRequest))
                case .impossible(let meeting, let window, let nominal):
                    required.append(RequiredMeeting(
                        uid: meeting.uid, kind: meeting.kind, period: meeting.period, participantID: meeting.participantID,
                        window: window, nominalDate: nominal, impossible: meeting.note
                    ))
                }
            }
        }
        return required.filter { range.contains($0.nominalDate) }
    }

    private init(_ request: MeetingRequest) {
        self.init(
            uid: request.uid, kind: request.kind, period: request.period, participantID: request.participantID,
            window: request.window, nominalDate: request.nominalDate ?? request.window.first, impossible: nil
        )
    }

    public init(
        uid: String, kind: MeetingKind, period: String, participantID: String?, window: DateSpan,
        nominalDate: LocalDate, impossible: PlanNote?
    ) {
        self.uid = uid
        self.kind = kind
        self.period = period
        self.participantID = participantID
        self.window = window
        self.nominalDate = nominalDate
        self.impossible = impossible
    }
}
