/// One meeting as one person may see it in a listing (`samkal meetings`, the candidates
/// of an ambiguous reference): the need-to-know rule's disclosure applied to its title,
/// kind and participant. Nothing here says more than the person's own view of it.
public struct ListedMeeting: Sendable, Hashable {
    public let uid: String
    /// The short reference (`M-4F7KQ`).
    public let reference: String
    public let date: LocalDate
    /// Wall-clock times in `timeZoneID` (the agreement's, Europe/Oslo).
    public let start: LocalTime
    public let end: LocalTime
    public let timeZoneID: String
    /// `nil` in an interpreter's view, which does not tell the kind of meeting.
    public let kind: MeetingKind?
    /// The participant's case id, where the view shows it (full or pseudonymous).
    public let participantID: String?
    public let title: String
    public let location: String
    public let status: MeetingStatus
    /// How much the person sees of it, and the rule that lets them.
    public let disclosure: Disclosure
    public let rule: AccessRule

    /// `meeting` as `disclosure` shows it; `participantName` is used only in full view.
    public init(
        _ meeting: PlannedMeeting, reference: String, disclosure: Disclosure, rule: AccessRule,
        participantName: String?, language: Language
    ) {
        uid = meeting.uid
        self.reference = reference
        date = meeting.date
        start = meeting.start
        end = meeting.end
        timeZoneID = meeting.timeZoneID
        location = meeting.location
        status = meeting.status
        self.disclosure = disclosure
        self.rule = rule
        switch disclosure {
        case .interpreter(let spoken):
            kind = nil
            participantID = nil
            title = MeetingListText.interpreterTitle(language: spoken).text(in: language)
        case .full, .pseudonymous, .hidden:
            kind = meeting.kind
            participantID = meeting.participantID
            if let id = meeting.participantID {
                let name = disclosure == .full ? participantName : nil
                title = MeetingListText.participantTitle(kind: meeting.kind, caseID: id, name: name).text(in: language)
            } else {
                title = meeting.title
            }
        }
    }
}
