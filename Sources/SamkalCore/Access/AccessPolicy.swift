/// The one place that decides what anyone may know of a meeting, a participant or the
/// records (tjenstlig behov). Pure and total: every question gets an answer and the rule
/// behind it. Feeds, invitations, mail subjects, minutes, attendance, participant
/// listings, subscription links and the audit log all ask here.
///
/// The rule follows a person's *role in the meeting* (`MeetingRole`), never merely the
/// attendee list:
///
/// | role | meeting about a participant | meeting at agreement level |
/// |---|---|---|
/// | convener | full view; reads and writes minutes | full; reads and writes |
/// | follower (advisor, NAV advisor, team member) | full; reads and writes | — |
/// | other attendee | pseudonymous; no minutes | full; reads and writes |
/// | interpreter | time, place, language; no minutes | time and place; no minutes |
/// | leader not invited | not shown; no minutes | leader level: reads minutes |
/// | anyone else | nothing | nothing |
public struct AccessPolicy: Sendable {
    /// Everyone in the agreement, by id.
    public let people: [String: Person]
    /// Participants by case id.
    public let participants: [String: Participant]
    /// The parties of kind `refugeeService`.
    public let refugeeServicePartyIDs: Set<String>
    /// Parties that only interpret (kind `interpreterService`, or all of whose people are
    /// interpreters): their calendar gets the interpreter's view.
    public let interpreterPartyIDs: Set<String>

    public init(
        people: [String: Person], participants: [String: Participant],
        refugeeServicePartyIDs: Set<String> = [], interpreterPartyIDs: Set<String> = []
    ) {
        self.people = people
        self.participants = participants
        self.refugeeServicePartyIDs = refugeeServicePartyIDs
        self.interpreterPartyIDs = interpreterPartyIDs
    }

    public init(agreement: Agreement, participants: [Participant]) {
        self.init(agreement: agreement, participants: Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    public init(agreement: Agreement, participants: [String: Participant]) {
        self.init(
            people: agreement.people,
            participants: participants,
            refugeeServicePartyIDs: Set(agreement.parties.filter { $0.kind == .refugeeService }.map(\.id)),
            interpreterPartyIDs: Set(agreement.parties.filter { party in
                party.kind == .interpreterService
                    || (!party.memberIDs.isEmpty && party.memberIDs.allSatisfy { agreement.people[$0]?.role == .interpreter })
            }.map(\.id))
        )
    }

    // MARK: Roles

    /// What `personID` is in `meeting`. `asAttendee` is the person's attendee record when
    /// they are being told about the meeting although no longer on it (a CANCEL to someone
    /// taken off).
    public func role(of personID: String, in meeting: PlannedMeeting, asAttendee: MeetingAttendee? = nil) -> MeetingRole {
        let attendee = meeting.attendees.first { $0.id == personID } ?? asAttendee.flatMap { $0.id == personID ? $0 : nil }
        if meeting.organizerID == personID || attendee?.isConvener == true { return .convener }
        if let participantID = meeting.participantID, follows(participantID, personID) { return .follower }
        if let attendee {
            return attendee.role == .interpreter ? .interpreter : .attendee
        }
        if people[personID]?.role == .leader, meeting.kind.isLeaderLevel { return .leader }
        return .none
    }

    // MARK: What a view shows

    /// How much of `meeting` `viewer` sees: in their feed, in an invitation to them, in
    /// the subject of that mail.
    public func disclosure(of meeting: PlannedMeeting, to viewer: Viewer, asAttendee: MeetingAttendee? = nil) -> Disclosure {
        switch viewer {
        case .agreement:
            return meeting.participantID == nil ? .full : .pseudonymous
        case .party(let partyID):
            guard meeting.involves(partyID: partyID) else { return .hidden }
            if interpreterPartyIDs.contains(partyID) {
                return .interpreter(language: interpretedLanguage(meeting))
            }
            return meeting.participantID == nil ? .full : .pseudonymous
        case .person(let personID):
            let attends = meeting.involves(personID: personID) || asAttendee?.id == personID
            guard attends else { return .hidden }
            switch role(of: personID, in: meeting, asAttendee: asAttendee) {
            case .convener, .follower: return .full
            case .attendee: return meeting.participantID == nil ? .full : .pseudonymous
            case .interpreter: return .interpreter(language: interpretedLanguage(meeting))
            case .leader, .none: return .hidden
            }
        }
    }

    /// The language an interpreter is booked for: the participant's.
    private func interpretedLanguage(_ meeting: PlannedMeeting) -> String {
        meeting.participantID.flatMap { participants[$0]?.language } ?? ""
    }

    /// How `meeting` shows in a listing of meetings (`samkal meetings`, the candidates of
    /// an ambiguous reference) for `personID`, and the rule that lets them see it:
    /// - as in their own calendar, when they are on it (the convener and followers in
    ///   full, other attendees pseudonymously, interpreters time, place and language);
    /// - in full to a follower of the participant who is not invited, and to a leader not
    ///   invited to a meeting at leader level — those whose minutes they may read;
    /// - to the refugee service, which plans and convenes every meeting, as the whole
    ///   agreement's calendar shows it (participant meetings pseudonymously);
    /// - to anyone else not at all.
    public func listing(of meeting: PlannedMeeting, as personID: String) -> (disclosure: Disclosure, rule: AccessRule) {
        guard let person = people[personID] else { return (.hidden, .unknownPerson) }
        let role = self.role(of: personID, in: meeting)
        let own = disclosure(of: meeting, to: .person(personID))
        switch (own, role) {
        case (.hidden, .follower): return (.full, .followsParticipant)
        case (.hidden, .leader): return (.full, .leaderReadsLeaderMeeting)
        case (.hidden, _):
            guard refugeeServicePartyIDs.contains(person.partyID) else { return (.hidden, .noNeedToKnow) }
            return (disclosure(of: meeting, to: .agreement), .runsProgramme)
        case (_, .convener): return (own, .convenesMeeting)
        case (_, .follower): return (own, .followsParticipant)
        default: return (own, .invitedToMeeting)
        }
    }

    // MARK: Records of a meeting

    /// Reading or writing a meeting's minutes and attendance.
    public func decision(_ operation: RecordOperation, meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        guard people[personID] != nil else { return .refused(.unknownPerson) }
        switch role(of: personID, in: meeting) {
        case .convener:
            return .allowed(.convenesMeeting)
        case .follower:
            return .allowed(.followsParticipant)
        case .attendee:
            return meeting.participantID == nil ? .allowed(.invitedToMeeting) : .refused(.attendeeWithoutCaseAccess)
        case .interpreter:
            return .refused(.interpreterOnlyTimeAndPlace)
        case .leader:
            return operation == .readMinutes ? .allowed(.leaderReadsLeaderMeeting) : .refused(.noNeedToKnow)
        case .none:
            return .refused(.noNeedToKnow)
        }
    }

    /// Reading a meeting's minutes and attendance.
    public func canRead(meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        decision(.readMinutes, meeting: meeting, as: personID)
    }

    /// Writing (or amending) minutes.
    public func canWrite(meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        decision(.writeMinutes, meeting: meeting, as: personID)
    }

    // MARK: Participants

    /// Reading a participant's whole attendance report: those who follow the participant.
    public func canReadParticipant(_ participantID: String, as personID: String) -> AccessDecision {
        guard people[personID] != nil else { return .refused(.unknownPerson) }
        return follows(participantID, personID) ? .allowed(.followsParticipant) : .refused(.attendanceNeedsConvenerOrFollower)
    }

    /// Reading a participant's attendance (oppmøte) at one meeting: those who follow the
    /// participant, and the meeting's convener, who registers the attendance and writes the
    /// minutes — of that meeting, not of the participant's other meetings.
    public func canReadAttendance(of participantID: String, at meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        guard people[personID] != nil else { return .refused(.unknownPerson) }
        if follows(participantID, personID) { return .allowed(.followsParticipant) }
        if role(of: personID, in: meeting) == .convener { return .allowed(.convenesMeeting) }
        return .refused(.attendanceNeedsConvenerOrFollower)
    }

    /// Which of `meetings` (those a participant is expected at) count in the participant's
    /// attendance for `personID`: all of them for a follower (`followsParticipant`); for
    /// anyone else those they convened (`convenesMeeting`); refused when that is none.
    public func attendanceAccess(of participantID: String, among meetings: [PlannedMeeting], as personID: String) -> AccessResult<[PlannedMeeting]> {
        let whole = canReadParticipant(participantID, as: personID)
        if whole.allowed { return .allowed(meetings, rule: whole.rule) }
        if whole.rule == .unknownPerson { return .refused(.unknownPerson) }
        let convened = meetings.filter { canReadAttendance(of: participantID, at: $0, as: personID).allowed }
        return convened.isEmpty ? .refused(.attendanceNeedsConvenerOrFollower) : .allowed(convened, rule: .convenesMeeting)
    }

    /// Seeing a participant's record (name, programme, advisors): the refugee service,
    /// which runs the programme, and those who follow the participant.
    public func canView(participantID: String, as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return .refused(.unknownPerson) }
        if follows(participantID, personID) { return .allowed(.followsParticipant) }
        if refugeeServicePartyIDs.contains(person.partyID) { return .allowed(.runsProgramme) }
        return .refused(.noNeedToKnow)
    }

    /// Importing, adding or ending participants: the refugee service keeps the register.
    public func canManageParticipants(as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return .refused(.unknownPerson) }
        return refugeeServicePartyIDs.contains(person.partyID) ? .allowed(.runsProgramme) : .refused(.onlyRefugeeService)
    }

    /// Planning, importing busy time, convening (invitations, the outbox, answers): the
    /// refugee service, which convenes the meetings and runs the programme.
    public func canConvene(as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return .refused(.unknownPerson) }
        return refugeeServicePartyIDs.contains(person.partyID) ? .allowed(.runsProgramme) : .refused(.onlyRefugeeServiceConvenes)
    }

    // MARK: Links and the audit log

    /// Making, listing, revoking or rotating subscription links: the refugee service for
    /// anyone's; a person for their own calendar (`ownPersonID` is whose link it is).
    public func canManageLinks(ownPersonID: String?, as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return .refused(.unknownPerson) }
        if refugeeServicePartyIDs.contains(person.partyID) { return .allowed(.runsProgramme) }
        if let ownPersonID, ownPersonID == personID { return .allowed(.ownCalendar) }
        return .refused(.onlyRefugeeService)
    }

    /// Reading the audit log: the refugee service's leader and contact persons, who keep
    /// internal control (internkontroll).
    public func canReadAudit(as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return .refused(.unknownPerson) }
        let keepsControl = refugeeServicePartyIDs.contains(person.partyID) && (person.role == .leader || person.role == .contactPerson)
        return keepsControl ? .allowed(.internalControl) : .refused(.onlyInternalControl)
    }

    /// Reading the internal-control report (internkontroll) of the agreement: the refugee
    /// service, which runs the programme, with every participant; a party's leader, who
    /// follows up the agreement, with the participants' checks as counts only
    /// (`showsParticipants` false). Anyone else is refused.
    public func canReadInternalControl(as personID: String) -> (decision: AccessDecision, showsParticipants: Bool) {
        guard let person = people[personID] else { return (.refused(.unknownPerson), false) }
        if refugeeServicePartyIDs.contains(person.partyID) { return (.allowed(.runsProgramme), true) }
        if person.role == .leader { return (.allowed(.leadsParty), false) }
        return (.refused(.onlyRefugeeServiceAndLeaders), false)
    }

    /// Whether the NIR registration deadlines of the agreement's participants belong in
    /// `personID`'s calendar: the refugee service's contact persons, who register.
    public func keepsRegistrationDeadlines(_ personID: String) -> Bool {
        guard let person = people[personID] else { return false }
        return refugeeServicePartyIDs.contains(person.partyID) && person.role == .contactPerson
    }

    private func follows(_ participantID: String, _ personID: String) -> Bool {
        participants[participantID]?.followerIDs.contains(personID) ?? false
    }
}
