import SamkalCore
import Testing

/// The participant-meeting rules on small, hand-made participants.
struct ParticipantPlanningTests {
    static let agreementYAML = """
        id: liten
        name: Liten avtale
        workingHours: { start: "08:30", end: "15:30" }
        parties:
          - id: flyktning
            kind: refugeeService
            name: Flyktningtjenesten
            contacts:
              - { id: kontakt, name: Kari Kontakt, email: kari@kommune.example.no, role: contactPerson }
              - { id: radgiver, name: Ola Rådgiver, email: ola@kommune.example.no, role: programAdvisor }
              - { id: radgiver2, name: Siri Rådgiver, email: siri@kommune.example.no, role: programAdvisor }
          - id: nav
            kind: nav
            name: NAV
            contacts:
              - { id: veileder, name: Nils Veileder, email: nils@nav.example.no, role: navAdvisor }
          - id: vo
            kind: adultEducation
            name: Voksenopplæringen
            contacts:
              - { id: laerer, name: Lise Lærer, email: lise@kommune.example.no, role: contactPerson }
          - id: tolk
            kind: interpreterService
            name: Tolketjenesten
            contacts:
              - { id: tolk-ti, name: Yonas Tolk, email: yonas@tolk.example.no, role: interpreter, languages: [ti] }
        participantMeetings:
          bufferMinutes: 15
        """

    static func agreement(_ extra: String = "") throws -> Agreement {
        try AgreementParser.parse(yaml: agreementYAML + "\n" + extra, file: "liten.yaml").resolved(calendarPeriods: [])
    }

    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func span(_ from: String, _ to: String) -> DateSpan { DateSpan(first: date(from), last: date(to))! }

    static func participant(
        _ id: String = "D-1", goal: FinalGoal = .work, start: String = "2027-01-04", end: String = "2028-12-29",
        language: String = "ar", interpreter: Bool = false, advisor: String = "radgiver", nav: String? = "veileder",
        needs: [PartyKind] = [.adultEducation], leave: [DateSpan] = [], holidays: [DateSpan] = []
    ) -> Participant {
        Participant(
            id: id, name: "Navn \(id)", language: language, needsInterpreter: interpreter,
            programmeStart: date(start), plannedEnd: date(end), finalGoal: goal,
            programAdvisorID: advisor, navAdvisorID: nav, teamNeeds: needs,
            parentalLeave: leave, holidays: holidays
        )
    }

    static func plan(
        _ agreement: Agreement, _ participants: [Participant], from: String = "2027-01-01", to: String = "2028-12-31",
        busy: [String: [BusyInterval]] = [:], previous: [PlannedMeeting] = []
    ) -> Plan {
        Planner.plan(PlanRequest(
            agreement: agreement, range: span(from, to), stamp: UTCTimestamp(date: date("2026-12-01")),
            participants: participants, busy: busy, previous: previous, identity: .testing
        ))
    }

    @Test func threeWayMeetingsEarlyPeriodicAndBeforeTheEnd() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant()])
        let threeWay = plan.meetings.filter { $0.kind == .threeWayMeeting }
        let early = try #require(threeWay.first { $0.period == "D-1-early" })
        #expect(early.date <= Self.date("2027-01-04").adding(days: 6 * 7 - 1))
        #expect(Set(early.attendees.map(\.id)) == ["radgiver", "veileder"])
        #expect(early.participantID == "D-1")
        #expect(threeWay.contains { $0.period == "D-1-p1" })
        let sixMonths = try #require(threeWay.first { $0.period == "D-1-end6m" })
        let threeMonths = try #require(threeWay.first { $0.period == "D-1-end3m" })
        #expect(abs(sixMonths.date.days(until: Self.date("2028-06-29"))) <= 14)
        #expect(abs(threeMonths.date.days(until: Self.date("2028-09-29"))) <= 14)
        let transition = try #require(plan.meetings.first { $0.kind == .transitionMeeting })
        #expect(transition.date < Self.date("2028-12-29"))
    }

    @Test func periodicThreeWayMeetingsOnlyWhenTheGoalIsWork() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(goal: .education)])
        let periods = plan.meetings.filter { $0.kind == .threeWayMeeting }.map(\.period)
        #expect(periods.contains("D-1-early"))
        #expect(!periods.contains { $0.hasPrefix("D-1-p") })
        #expect(periods.contains("D-1-end3m"))
    }

    @Test func nothingAfterTheProgrammeEndsOrInHolidays() throws {
        let holiday = Self.span("2027-06-28", "2027-07-30")
        var participant = Self.participant(end: "2028-03-31", holidays: [holiday])
        participant.endedOn = Self.date("2027-10-15")
        let plan = Self.plan(try Self.agreement(), [participant])
        #expect(!plan.meetings.isEmpty)
        for meeting in plan.meetings {
            #expect(meeting.date <= Self.date("2027-10-15"), "\(meeting.uid) after the end")
            #expect(meeting.date >= Self.date("2027-01-04"), "\(meeting.uid) before the start")
            #expect(!holiday.contains(meeting.date), "\(meeting.uid) in the holiday")
        }
    }

    @Test func parentalLeaveGetsFollowUpFromTheFourthMonthAndNoTeamOrThreeWayMeetings() throws {
        let leave = Self.span("2027-03-01", "2027-12-31")
        let plan = Self.plan(try Self.agreement(), [Self.participant(leave: [leave])])
        let duringLeave = plan.meetings.filter { leave.contains($0.date) }
        #expect(!duringLeave.contains { $0.kind == .teamMeeting || $0.kind == .threeWayMeeting })
        let followUps = plan.meetings.filter { $0.kind == .leaveFollowUp }
        #expect(followUps.count >= 6)
        let fourthMonth = Self.date("2027-06-01")
        #expect(followUps.allSatisfy { $0.date >= fourthMonth && $0.date <= leave.last })
        #expect(followUps.first.map { $0.date.days(until: fourthMonth) > -7 } == true)
        #expect(Set(followUps.first?.attendees.map(\.id) ?? []) == ["radgiver", "laerer"])
        // Team meetings come back after the leave.
        #expect(plan.meetings.contains { $0.kind == .teamMeeting && $0.date > leave.last })
    }

    @Test func teamMembersComeFromTheParticipantsNeeds() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(needs: [.adultEducation, .nav])])
        let team = try #require(plan.meetings.first { $0.kind == .teamMeeting })
        #expect(Set(team.attendees.map(\.id)) == ["radgiver", "veileder", "laerer"])
        #expect(team.organizerID == "radgiver")
    }

    @Test func anInterpreterWhoSpeaksTheLanguageIsBooked() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(language: "ti", interpreter: true)])
        let meetings = plan.meetings.filter { $0.participantID == "D-1" }
        let attended = meetings.filter { $0.kind.participantAttends }
        #expect(!attended.isEmpty)
        #expect(attended.allSatisfy { $0.attendees.contains { $0.id == "tolk-ti" && $0.role == .interpreter } })
    }

    /// The participant is not at the team's own meetings: nobody interprets there.
    @Test func noInterpreterIsBookedForAMeetingTheParticipantDoesNotAttend() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(language: "ti", interpreter: true, needs: [.adultEducation])])
        let team = plan.meetings.filter { $0.participantID == "D-1" && $0.kind == .teamMeeting }
        #expect(!team.isEmpty)
        #expect(team.allSatisfy { meeting in !meeting.attendees.contains { $0.role == .interpreter } })
    }

    @Test func noInterpreterForTheLanguageIsReported() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(language: "ps", interpreter: true)])
        #expect(plan.meetings.filter { $0.participantID == "D-1" && $0.kind.participantAttends }.isEmpty)
        #expect(!plan.unplaced.isEmpty)
        #expect(plan.unplaced.allSatisfy { $0.note == .noInterpreter(language: "ps") })
        #expect(plan.unplaced.first?.note.message(in: .nb) == "ingen tolk i avtalen snakker språket 'ps'")
    }

    @Test func aMissingNAVAdvisorIsReportedForThreeWayMeetings() throws {
        let plan = Self.plan(try Self.agreement(), [Self.participant(nav: nil)])
        let missing = plan.unplaced.filter { $0.kind == .threeWayMeeting }
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { $0.note == .missingAttendee(role: .navAdvisor) })
    }

    @Test func nobodyIsBookedTwiceAcrossParticipantsAndImportedBusyTime() throws {
        let participants = (1...12).map { Self.participant("D-\($0)", language: "ti", interpreter: $0.isMultiple(of: 2)) }
        // The NAV advisor is busy every working morning 08:30–12:00 in 2027.
        var busy: [BusyInterval] = []
        for day in Self.span("2027-01-01", "2027-12-31").days where !day.weekday.isWeekend {
            busy.append(BusyInterval(date: day, start: 8 * 60 + 30, end: 12 * 60))
        }
        let plan = Self.plan(try Self.agreement(), participants, busy: ["veileder": busy])
        var booked: [String: [(LocalDate, Int, Int, String)]] = [:]
        for meeting in plan.meetings {
            let owners = meeting.attendees.map(\.id) + [meeting.participantID].compactMap { $0 }
            for owner in owners {
                for other in booked[owner, default: []] where other.0 == meeting.date {
                    #expect(!(other.1 < meeting.end.minutes && meeting.start.minutes < other.2),
                            "\(owner) in \(other.3) and \(meeting.uid)")
                }
                booked[owner, default: []].append((meeting.date, meeting.start.minutes, meeting.end.minutes, meeting.uid))
            }
            if meeting.attendees.contains(where: { $0.id == "veileder" }), meeting.date.year == 2027 {
                #expect(meeting.start.minutes >= 12 * 60 + 15, "\(meeting.uid) in the NAV advisor's busy time")
            }
        }
    }

    @Test func unplaceableMeetingsNameTheBusyPerson() throws {
        // The NAV advisor is busy all day, every day.
        var busy: [BusyInterval] = []
        for day in Self.span("2026-12-01", "2029-01-31").days {
            busy.append(BusyInterval(date: day, start: 0, end: 1440))
        }
        let plan = Self.plan(try Self.agreement(), [Self.participant()], busy: ["veileder": busy])
        let threeWay = plan.unplaced.filter { $0.kind == .threeWayMeeting }
        #expect(!threeWay.isEmpty)
        guard case .attendeesBusy(_, let people)? = threeWay.first?.note else {
            Issue.record("expected attendeesBusy, got \(String(describing: threeWay.first?.note))")
            return
        }
        #expect(people == ["Nils Veileder"])
        #expect(threeWay.first?.note.message(in: .nb).contains("Nils Veileder har ingen ledig tid") == true)
    }

    @Test func replanningAfterOneParticipantChangesMovesOnlyTheirMeetings() throws {
        let agreement = try Self.agreement()
        let first = Self.participant("D-1")
        let second = Self.participant("D-2")
        let before = Self.plan(agreement, [first, second])
        // D-1 takes a holiday over the period of some of their meetings.
        let holiday = Self.span("2027-01-04", "2027-01-22")
        let changed = Self.participant("D-1", holidays: [holiday])
        let after = Self.plan(agreement, [changed, second], previous: before.meetings)
        let outcome = PlanVersioning.reconcile(stored: before.meetings, with: after)
        #expect(!outcome.changes.isEmpty)
        for change in outcome.changes {
            #expect(change.after.participantID == "D-1", "\(change.uid) of someone else changed")
            #expect(change.kind == .moved)
            #expect(change.after.sequence == 1)
            #expect(change.moveReason == .participantUnavailable)
            #expect(!holiday.contains(change.after.date))
        }
        let untouched = after.meetings.filter { $0.participantID == "D-2" }
        #expect(untouched == before.meetings.filter { $0.participantID == "D-2" })
    }

    @Test func roomsAreBookedWithoutOverlap() throws {
        let agreement = try Self.agreement("""
            rooms:
              - { id: rom1, name: Rom 1, capacity: 4 }
            """)
        let participants = (1...3).map { Self.participant("D-\($0)", advisor: $0 == 1 ? "radgiver" : "radgiver2") }
        let plan = Self.plan(agreement, participants)
        let meetings = plan.meetings.filter { $0.participantID != nil }
        #expect(meetings.allSatisfy { $0.location == "Rom 1" })
        for (index, meeting) in meetings.enumerated() {
            for other in meetings[(index + 1)...] where other.date == meeting.date {
                #expect(!(other.start < meeting.end && meeting.start < other.end), "room double-booked: \(meeting.uid), \(other.uid)")
            }
        }
    }
}

/// The in-memory session a server keeps: one participant planned again on its own.
struct PlanningSessionTests {
    typealias Fixture = ParticipantPlanningTests

    @Test func replanningOneParticipantInASessionLeavesEveryoneElseInPlace() throws {
        let agreement = try Fixture.agreement()
        let participants = (1...6).map { Fixture.participant("D-\($0)") }
        var session = PlanningSession(PlanRequest(
            agreement: agreement, range: Fixture.span("2027-01-01", "2027-12-31"),
            stamp: UTCTimestamp(date: Fixture.date("2026-12-01")), participants: participants, identity: .testing
        ))
        session.planAll()
        let before = session.plan()
        var changed = participants[2]
        changed.holidays = [Fixture.span("2027-01-04", "2027-01-29")]
        let moved = session.replan(participant: changed)
        let after = session.plan()
        #expect(!moved.isEmpty)
        let d3 = Set(after.meetings.filter { $0.participantID == "D-3" }.map(\.uid) + before.meetings.filter { $0.participantID == "D-3" }.map(\.uid))
        #expect(moved.allSatisfy { d3.contains($0) })
        let others = { (plan: Plan) in plan.meetings.filter { $0.participantID != "D-3" } }
        #expect(others(after) == others(before))
        for meeting in after.meetings where meeting.participantID == "D-3" {
            #expect(!changed.holidays[0].contains(meeting.date))
        }
        // The same as planning from scratch with the earlier plan to keep.
        let full = Planner.plan(PlanRequest(
            agreement: agreement, range: Fixture.span("2027-01-01", "2027-12-31"),
            stamp: UTCTimestamp(date: Fixture.date("2026-12-01")),
            participants: participants.map { $0.id == "D-3" ? changed : $0 }, previous: before.meetings, identity: .testing
        ))
        #expect(others(full) == others(before))
    }
}
