/// What one person is in one meeting. Need to know (tjenstlig behov) follows this role,
/// not the attendee list: an interpreter is on the list but needs only time, place and
/// language.
public enum MeetingRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kaller inn: the convener (ORGANIZER), who writes the minutes.
    case convener
    /// Følger deltakeren: the participant's programme advisor, NAV advisor or a named team
    /// member — for a meeting about that participant, whether invited or not.
    case follower
    /// Invited in their work, and not following the participant (a party's contact person
    /// called in for a team need, the school's contact at a leave follow-up), or anyone
    /// invited to a meeting at agreement level.
    case attendee
    /// Tolk: booked to interpret.
    case interpreter
    /// A leader not invited, to a meeting at leader level (they read its minutes).
    case leader
    /// None of the above.
    case none
}
