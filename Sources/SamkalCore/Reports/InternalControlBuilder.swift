/// Builds the internal-control report (internkontroll) of one agreement and year from what
/// the store holds: the requirements are worked out again from the agreement and the
/// participants (`RequiredMeeting.due`), and each is found among the stored meetings by
/// its UID. Pure: the day, the meetings, the minutes and the last plan's reasons come in.
public struct InternalControlBuilder: Sendable {
    public let agreement: Agreement
    public let participants: [Participant]
    public let year: Int
    /// The day the report is made for, in the agreement's time zone.
    public let asOf: LocalDate
    /// The agreement's stored meetings, cancelled ones too.
    public let meetings: [PlannedMeeting]
    /// The latest revision of the minutes of each meeting that has them, by UID.
    public let minutes: [String: Int]
    /// Why the last plan could not place a meeting, by UID.
    public let unplaced: [String: PlanNote]
    public let identity: MeetingIdentity
    /// The short references of every stored meeting (of every agreement, so each is unique).
    public let references: MeetingReferenceIndex

    public init(
        agreement: Agreement, participants: [Participant], year: Int, asOf: LocalDate, meetings: [PlannedMeeting],
        minutes: [String: Int], unplaced: [String: PlanNote], identity: MeetingIdentity, references: MeetingReferenceIndex
    ) {
        self.references = references
        self.agreement = agreement
        self.participants = participants
        self.year = year
        self.asOf = asOf
        self.meetings = meetings
        self.minutes = minutes
        self.unplaced = unplaced
        self.identity = identity
    }

    /// The year as a span of days; nil for a year outside the calendar samkal keeps.
    public static func span(ofYear year: Int) -> DateSpan? {
        guard let first = LocalDate(year: year, month: 1, day: 1), let last = LocalDate(year: year, month: 12, day: 31) else { return nil }
        return DateSpan(first: first, last: last)
    }

    /// The report; participants by name, and their deadlines, only `showingParticipants`
    /// (a reader who may see every participant of the agreement), else their checks as counts.
    public func report(showingParticipants: Bool) -> InternalControlReport {
        guard let range = Self.span(ofYear: year) else {
            return InternalControlReport(
                agreementID: agreement.id, agreementName: agreement.name, year: year, asOf: asOf,
                timeZoneID: agreement.timeZoneID, requirements: [], participants: showingParticipants ? [] : nil,
                participantSummary: [], deadlines: showingParticipants ? [] : nil
            )
        }
        var stored: [String: PlannedMeeting] = [:]
        for meeting in meetings { stored[meeting.uid] = meeting }
        let required = RequiredMeeting.due(in: range, agreement: agreement, participants: participants, identity: identity)
        let controlled = required.map { control($0, stored: stored[$0.uid]) }

        var requirements: [AgreementRequirement] = []
        for kind in [MeetingKind.leaderMeeting, .agreementRevision, .infoMeeting, .cooperationMeeting] {
            var ofKind = controlled.filter { $0.participantID == nil && $0.kind == kind }
            if kind == .agreementRevision, ofKind.isEmpty, case .agendaItem(let period, _) = agreement.revision {
                ofKind = controlled.filter { $0.kind == .leaderMeeting && $0.period == "\(year)-\(period)" }
            }
            guard !ofKind.isEmpty else { continue }
            requirements.append(AgreementRequirement(kind: kind, meetings: ofKind))
        }

        var byParticipant: [String: [ControlledMeeting]] = [:]
        for meeting in controlled {
            if let id = meeting.participantID { byParticipant[id, default: []].append(meeting) }
        }
        let controls = participants.sorted { $0.id < $1.id }.compactMap { participant -> ParticipantControl? in
            guard let theirs = byParticipant[participant.id], !theirs.isEmpty,
                  let programme = DateSpan(first: participant.programmeStart, last: max(participant.programmeStart, participant.lastDay))
            else { return nil }
            var checks: [ParticipantCheckKind: [ControlledMeeting]] = [:]
            for meeting in theirs {
                let label = String(meeting.period.dropFirst(participant.id.count + 1))
                if let check = ParticipantCheckKind.of(meeting.kind, label: label) { checks[check, default: []].append(meeting) }
            }
            return ParticipantControl(
                participantID: participant.id, name: participant.name, programme: programme,
                checks: ParticipantCheckKind.allCases.compactMap { kind in
                    checks[kind].map { ParticipantCheck(kind: kind, meetings: $0.sorted { $0.window.first < $1.window.first }) }
                }
            )
        }
        let summary = ParticipantCheckKind.allCases.compactMap { kind -> CheckSummary? in
            let statuses = controls.compactMap { $0.checks.first { $0.kind == kind }?.status }
            return statuses.isEmpty ? nil : CheckSummary(kind: kind, participants: StatusCounts(statuses))
        }
        let deadlines = participants.sorted { $0.id < $1.id }
            .flatMap(RegistrationDeadline.all(for:))
            .filter { range.contains($0.due) }
            .sorted { ($0.due, $0.participantID, $0.event.rawValue) < ($1.due, $1.participantID, $1.event.rawValue) }
        return InternalControlReport(
            agreementID: agreement.id, agreementName: agreement.name, year: year, asOf: asOf,
            timeZoneID: agreement.timeZoneID, requirements: requirements,
            participants: showingParticipants ? controls : nil, participantSummary: summary,
            deadlines: showingParticipants ? deadlines : nil
        )
    }

    /// What became of one required meeting.
    private func control(_ required: RequiredMeeting, stored: PlannedMeeting?) -> ControlledMeeting {
        let status: ControlStatus
        if let stored {
            status = .of(stored, minutesLogged: minutes[required.uid] != nil, asOf: asOf)
        } else {
            let known = required.impossible ?? unplaced[required.uid]
            status = known != nil || required.window.last < asOf ? .missing : .notPlanned
        }
        let placed = stored?.status == .cancelled ? nil : stored
        return ControlledMeeting(
            uid: required.uid, reference: stored.flatMap { references.reference(of: $0.uid) }, kind: required.kind, period: required.period, participantID: required.participantID,
            window: required.window, date: placed?.date, start: placed?.start, status: status,
            minutesRevision: minutes[required.uid],
            reason: stored == nil ? required.impossible ?? unplaced[required.uid] : nil
        )
    }
}
