/// Expands the participant-meeting rules into each participant's meetings over their
/// programme period: trekantsamtaler (early, periodic when the goal is work, before the
/// end), team meetings, follow-up from the fourth month of parental leave, and the
/// transition meeting. Nothing before the start, after the end or in their holidays; no
/// team or three-way meetings during parental leave, where the follow-up takes their place.
struct ParticipantMeetingRequests: Sendable {
    let agreement: Agreement
    let range: DateSpan
    let language: Language
    /// Turns each meeting's logical identity into the opaque UID that leaves samkal.
    let identity: MeetingIdentity

    private var rules: ParticipantMeetingRules { agreement.participantMeetings }

    /// A request, or why the participant's meeting cannot be asked for at all.
    enum Item: Sendable {
        case request(MeetingRequest)
        /// The meeting, why it cannot be asked for, and the days it was due in.
        case impossible(UnplacedMeeting, window: DateSpan, nominal: LocalDate)
    }

    func items(for participant: Participant) -> [Item] {
        guard let programme = DateSpan(first: participant.programmeStart, last: participant.lastDay),
              programme.overlaps(range)
        else { return [] }
        var items: [Item] = []
        let start = participant.programmeStart
        let end = participant.lastDay
        let awayAndLeave = participant.holidays + participant.parentalLeave

        // Trekantsamtaler.
        let threeWay = rules.threeWay
        var threeWayNominals: [(label: String, nominal: LocalDate, window: (LocalDate, LocalDate))] = [
            ("early", start, (start, start.adding(days: threeWay.firstWithinWeeks * 7 - 1))),
        ]
        let beforeEnd = threeWay.beforeEndMonths.map { months in (months, end.adding(months: -months)) }
        if participant.finalGoal == .work, threeWay.everyWeeks > 0 {
            let lastPeriodic = (beforeEnd.map(\.1).min() ?? end).adding(days: -28)
            var index = 1
            while true {
                let nominal = start.adding(days: index * threeWay.everyWeeks * 7)
                if nominal > lastPeriodic { break }
                let half = threeWay.everyWeeks * 7 / 2
                threeWayNominals.append(("p\(index)", nominal, (nominal.adding(days: -half + 1), nominal.adding(days: half))))
                index += 1
            }
        }
        for (months, nominal) in beforeEnd where nominal > start.adding(days: threeWay.firstWithinWeeks * 7) {
            threeWayNominals.append(("end\(months)m", nominal, (nominal.adding(days: -14), nominal.adding(days: 7))))
        }
        for entry in threeWayNominals where !onLeave(participant, entry.nominal) {
            items += item(
                .threeWayMeeting, participant: participant, label: entry.label, nominal: entry.nominal,
                window: entry.window, programme: programme, blocked: awayAndLeave,
                attendees: participant.navAdvisorID.map { [participant.programAdvisorID, $0] },
                missingRole: .navAdvisor, duration: threeWay.durationMinutes
            )
        }

        // Team meetings.
        let team = teamAttendees(participant)
        if rules.team.everyWeeks > 0, team.count > 1 {
            let lastTeam = end.adding(days: -rules.transition.weeksBeforeEnd * 7)
            var index = 1
            while true {
                let nominal = start.adding(days: index * rules.team.everyWeeks * 7)
                if nominal > lastTeam { break }
                index += 1
                if onLeave(participant, nominal) { continue }
                let half = rules.team.everyWeeks * 7 / 2
                items += item(
                    .teamMeeting, participant: participant, label: "t\(index - 1)", nominal: nominal,
                    window: (nominal.adding(days: -half + 1), nominal.adding(days: half)), programme: programme,
                    blocked: awayAndLeave, attendees: team, missingRole: nil, duration: rules.team.durationMinutes
                )
            }
        }

        // Follow-up from the fourth month of parental leave.
        let follow = rules.leaveFollowUp
        for (leaveIndex, leave) in participant.parentalLeave.sorted(by: { $0.first < $1.first }).enumerated() {
            let first = leave.first.adding(months: follow.fromMonth - 1)
            guard first <= leave.last else { continue }
            var index = 0
            while true {
                let nominal = first.adding(days: index * follow.everyWeeks * 7)
                if nominal > leave.last { break }
                let window = (max(first, nominal.adding(days: -3)), min(leave.last, nominal.adding(days: 10)))
                items += item(
                    .leaveFollowUp, participant: participant, label: "l\(leaveIndex + 1)-\(index + 1)", nominal: nominal,
                    window: window, programme: programme, blocked: participant.holidays,
                    attendees: leaveAttendees(participant), missingRole: nil, duration: follow.durationMinutes
                )
                index += 1
            }
        }

        // Transition before the end.
        let transitionNominal = end.adding(days: -rules.transition.weeksBeforeEnd * 7)
        var transitionAttendees = [participant.programAdvisorID]
        if let nav = participant.navAdvisorID { transitionAttendees.append(nav) }
        items += item(
            .transitionMeeting, participant: participant, label: "end", nominal: transitionNominal,
            window: (transitionNominal.adding(days: -14), transitionNominal.adding(days: 7)), programme: programme,
            blocked: awayAndLeave, attendees: transitionAttendees, missingRole: nil,
            duration: rules.transition.durationMinutes
        )
        return items
    }

    /// During parental leave the follow-up takes the place of team and three-way meetings.
    private func onLeave(_ participant: Participant, _ date: LocalDate) -> Bool {
        participant.parentalLeave.contains { $0.contains(date) }
    }

    // swiftlint:disable:next function_parameter_count
    private func item(
        _ kind: MeetingKind, participant: Participant, label: String, nominal: LocalDate,
        window: (LocalDate, LocalDate), programme: DateSpan, blocked: [DateSpan],
        attendees: [String]?, missingRole: PersonRole?, duration: Int
    ) -> [Item] {
        let first = max(window.0, programme.first)
        let last = min(window.1, programme.last)
        guard let span = DateSpan(first: first, last: last), span.overlaps(range) else { return [] }
        let key = "\(agreement.id)-\(kind.rawValue)-\(participant.id)-\(label)"
        let uid = identity.uid(forKey: key, domain: agreement.uidDomain)
        let period = "\(participant.id)-\(label)"
        let title = "\(kind.title(in: language)) – \(language.pick(nb: "deltaker", nn: "deltakar", en: "participant")) \(participant.id)"
        guard let attendees else {
            return [.impossible(UnplacedMeeting(
                uid: uid, kind: kind, period: period, title: title, participantID: participant.id,
                note: .missingAttendee(role: missingRole ?? .other)
            ), window: span, nominal: max(first, min(last, nominal)))]
        }
        // The participant's calendar and class timetable, and an interpreter, only for the
        // meetings the participant attends (not the team's own meetings).
        let attends = kind.participantAttends
        let shared = attends ? participant.classGroup.map { ["group:" + $0] } ?? [] : []
        return [.request(MeetingRequest(
            uid: uid, key: key, kind: kind, period: period, title: title,
            agenda: DefaultAgenda.items(for: kind, in: language),
            convenerID: participant.programAdvisorID, attendeeIDs: attendees,
            participantID: participant.id, extraBusyOwners: attends ? [participant.id] : [], sharedBusyOwners: shared,
            interpreterLanguage: attends && participant.needsInterpreter ? participant.language : nil,
            needsRoom: !agreement.rooms.isEmpty,
            window: span, nominalDate: max(first, min(last, nominal)),
            preferredWeekday: nil, preferredTime: rules.time, durationMinutes: duration,
            location: rules.location, avoidSchoolHolidays: false, blocked: blocked
        ))]
    }

    /// The cross-disciplinary team: the programme advisor, the NAV advisor, the named team
    /// members, and for each need without a named member the party's contact person.
    func teamAttendees(_ participant: Participant) -> [String] {
        var ids = [participant.programAdvisorID]
        func add(_ id: String?) {
            if let id, !ids.contains(id) { ids.append(id) }
        }
        add(participant.navAdvisorID)
        for member in participant.teamMemberIDs { add(member) }
        for need in participant.teamNeeds {
            let covered = ids.contains { agreement.people[$0].flatMap { agreement.party($0.partyID) }?.kind == need }
            if !covered { add(contact(of: need)) }
        }
        return ids
    }

    /// Advisor and adult education (a named teacher, else the school's contact person).
    private func leaveAttendees(_ participant: Participant) -> [String] {
        var ids = [participant.programAdvisorID]
        let teacher = participant.teamMemberIDs.first {
            agreement.people[$0].flatMap { agreement.party($0.partyID) }?.kind == .adultEducation
        } ?? contact(of: .adultEducation)
        if let teacher, teacher != participant.programAdvisorID { ids.append(teacher) }
        return ids
    }

    private func contact(of kind: PartyKind) -> String? {
        let party = agreement.parties.first { $0.kind == kind }
        return party?.memberIDs.first { agreement.people[$0]?.role == .contactPerson }
            ?? party?.memberIDs.first { agreement.people[$0]?.role != .leader }
    }
}
