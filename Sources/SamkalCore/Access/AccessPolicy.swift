/// Decides, from the roles alone, whether a person may read or write a meeting's
/// minutes and attendance, or a participant's attendance report. Pure and total:
/// every question gets an answer and the rule behind it.
public struct AccessPolicy: Sendable {
    /// Everyone in the agreement, by id.
    public let people: [String: Person]
    /// Participants by case id.
    public let participants: [String: Participant]

    /// The parties of kind `refugeeService`.
    public let refugeeServicePartyIDs: Set<String>

    public init(people: [String: Person], participants: [String: Participant], refugeeServicePartyIDs: Set<String> = []) {
        self.people = people
        self.participants = participants
        self.refugeeServicePartyIDs = refugeeServicePartyIDs
    }

    public init(agreement: Agreement, participants: [Participant]) {
        self.init(
            people: agreement.people,
            participants: Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            refugeeServicePartyIDs: Set(agreement.parties.filter { $0.kind == .refugeeService }.map(\.id))
        )
    }

    /// Reading a meeting's minutes and attendance.
    public func canRead(meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return AccessDecision(allowed: false, rule: .unknownPerson) }
        if meeting.involves(personID: personID) {
            return AccessDecision(allowed: true, rule: .invitedToMeeting)
        }
        if let participantID = meeting.participantID, follows(participantID, personID) {
            return AccessDecision(allowed: true, rule: .followsParticipant)
        }
        if person.role == .leader, meeting.kind == .leaderMeeting || meeting.kind == .agreementRevision {
            return AccessDecision(allowed: true, rule: .leaderReadsLeaderMeeting)
        }
        return AccessDecision(allowed: false, rule: .noNeedToKnow)
    }

    /// Writing (or amending) minutes: those invited, and for a participant's meeting those who follow them.
    public func canWrite(meeting: PlannedMeeting, as personID: String) -> AccessDecision {
        guard people[personID] != nil else { return AccessDecision(allowed: false, rule: .unknownPerson) }
        if meeting.involves(personID: personID) {
            return AccessDecision(allowed: true, rule: .invitedToMeeting)
        }
        if let participantID = meeting.participantID, follows(participantID, personID) {
            return AccessDecision(allowed: true, rule: .followsParticipant)
        }
        return AccessDecision(allowed: false, rule: .noNeedToKnow)
    }

    /// Reading a participant's attendance report.
    public func canReadParticipant(_ participantID: String, as personID: String) -> AccessDecision {
        guard people[personID] != nil else { return AccessDecision(allowed: false, rule: .unknownPerson) }
        if follows(participantID, personID) {
            return AccessDecision(allowed: true, rule: .followsParticipant)
        }
        return AccessDecision(allowed: false, rule: .noNeedToKnow)
    }

    /// Seeing a participant's record (name, programme, advisors): the refugee service,
    /// which runs the programme, and those who follow the participant.
    public func canView(participantID: String, as personID: String) -> AccessDecision {
        guard let person = people[personID] else { return AccessDecision(allowed: false, rule: .unknownPerson) }
        if follows(participantID, personID) {
            return AccessDecision(allowed: true, rule: .followsParticipant)
        }
        if refugeeServicePartyIDs.contains(person.partyID) {
            return AccessDecision(allowed: true, rule: .runsProgramme)
        }
        return AccessDecision(allowed: false, rule: .noNeedToKnow)
    }

    private func follows(_ participantID: String, _ personID: String) -> Bool {
        participants[participantID]?.followerIDs.contains(personID) ?? false
    }
}
