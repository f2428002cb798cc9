import SamkalCore
import Testing

/// The planner's objective on hand-made instances where placing in window order fails:
/// the most constrained meeting first, a rescue that moves a meeting out of the way, one
/// that lays a full day out again, the nearest working day before the preferred hour (and the hour first with `prefer: time`).
struct PlanQualityTests {
    typealias Fixture = ParticipantPlanningTests

    /// Only the transition meetings: no team meetings, no three-way meetings after the
    /// first (whose window lies long before the planned range).
    static let onlyTransitions = """
          teamMeetings: { everyWeeks: 0 }
          threeWayMeetings: { everyWeeks: 0, beforeEndMonths: [] }
        """

    static func date(_ text: String) -> LocalDate { Fixture.date(text) }

    /// The NAV advisor's calendar with one free hour a day: 10:00–11:00 (the buffer of 15
    /// minutes leaves no other start for a meeting of an hour).
    static func oneSlotADay(_ from: String, _ to: String) -> [String: [BusyInterval]] {
        var intervals: [BusyInterval] = []
        var day = date(from)
        while day <= date(to) {
            intervals += [BusyInterval(date: day, start: 0, end: 9 * 60 + 45), BusyInterval(date: day, start: 11 * 60 + 15, end: 24 * 60)]
            day = day.adding(days: 1)
        }
        return ["veileder": intervals]
    }

    /// Holidays covering `from…to` except the given days.
    static func holidays(_ from: String, _ to: String, except free: [String]) -> [DateSpan] {
        var spans: [DateSpan] = []
        var start = date(from)
        for day in free.map(date).sorted() {
            if let span = DateSpan(first: start, last: day.adding(days: -1)) { spans.append(span) }
            start = day.adding(days: 1)
        }
        if let span = DateSpan(first: start, last: date(to)) { spans.append(span) }
        return spans
    }

    static func participant(_ id: String, end: String, holidays: [DateSpan] = []) -> Participant {
        Fixture.participant(id, start: "2026-01-05", end: end, holidays: holidays)
    }

    static func transition(_ plan: Plan, _ id: String) -> PlannedMeeting? {
        plan.meetings.first { $0.participantID == id && $0.kind == .transitionMeeting }
    }

    static func session(
        _ agreement: Agreement, _ participants: [Participant], busy: [String: [BusyInterval]], previous: [PlannedMeeting] = [],
        optimizeFrom: LocalDate? = nil, from: String = "2027-09-01", to: String = "2027-10-31"
    ) -> PlanningSession {
        var session = PlanningSession(PlanRequest(
            agreement: agreement, range: Fixture.span(from, to), stamp: UTCTimestamp(date: date("2026-12-01")),
            participants: participants, busy: busy, previous: previous, identity: .testing, optimizeFrom: optimizeFrom
        ))
        session.planAll()
        return session
    }

    /// D-2's transition window has one free day, Wednesday 6 October, which is also the
    /// nominal day of D-1's, whose window starts earlier. In window order D-1 takes the
    /// NAV advisor's only hour that day and D-2 is left out; the most constrained first
    /// places both.
    @Test func theMostConstrainedMeetingIsPlacedFirst() throws {
        let agreement = try Fixture.agreement(Self.onlyTransitions)
        // Transitions 8 weeks before the end: D-1 nominal Wed 2027-10-06, D-2 Fri 2027-10-08.
        let participants = [
            Self.participant("D-1", end: "2027-12-01"),
            Self.participant("D-2", end: "2027-12-03", holidays: Self.holidays("2027-09-20", "2027-10-20", except: ["2027-10-06"])),
        ]
        let busy = Self.oneSlotADay("2027-09-01", "2027-10-31")
        var greedy = PlanningSession(PlanRequest(
            agreement: agreement, range: Fixture.span("2027-09-01", "2027-10-31"), stamp: UTCTimestamp(date: Self.date("2026-12-01")),
            participants: participants, busy: busy, identity: .testing
        ))
        greedy.planAll(strategy: .greedy)
        #expect(greedy.plan().unplaced.map(\.participantID) == ["D-2"], "window order fails here")

        var session = Self.session(agreement, participants, busy: busy)
        let plan = session.plan()
        #expect(plan.unplaced.isEmpty)
        #expect(Self.transition(plan, "D-2")?.date == Self.date("2027-10-06"))
        #expect(Self.transition(plan, "D-2")?.start == LocalTime(hour: 10, minute: 0))
        // D-1 one working day from its nominal day, the day before (earlier first).
        #expect(Self.transition(plan, "D-1")?.date == Self.date("2027-10-05"))
        let quality = session.quality()
        #expect(quality.unplacedOther == 0)
        // D-1 one day off its nominal day, D-2 two (Wednesday against Friday), which is its
        // lower bound: the only day its window leaves.
        #expect(quality.distance == 3)
        #expect(quality.lowerBound == 2)
        #expect(quality.improvableAlone == 0)
    }

    /// Four transition meetings share the NAV advisor's one hour a day. V1 can only be on
    /// T1, V2 only on T2, M on S or S′ (S nearer), U on T1, T2 or S. Constrained first gives
    /// V1@T1, V2@T2, M@S and nothing for U; the rescue moves M to S′ to make room.
    @Test func aRescueMovesAMeetingOutOfTheWay() throws {
        let agreement = try Fixture.agreement(Self.onlyTransitions)
        // All four end Wed 2027-12-01: nominal Wed 2027-10-06, window 2027-09-22 … 2027-10-13.
        let window = ("2027-09-22", "2027-10-13")
        let (t1, t2, s, sPrime) = ("2027-09-23", "2027-09-24", "2027-10-06", "2027-10-11")
        let participants = [
            Self.participant("D-1", end: "2027-12-01", holidays: Self.holidays(window.0, window.1, except: [t1])),
            Self.participant("D-2", end: "2027-12-01", holidays: Self.holidays(window.0, window.1, except: [t2])),
            Self.participant("D-3", end: "2027-12-01", holidays: Self.holidays(window.0, window.1, except: [s, sPrime])),
            Self.participant("D-4", end: "2027-12-01", holidays: Self.holidays(window.0, window.1, except: [t1, t2, s])),
        ]
        var session = Self.session(agreement, participants, busy: Self.oneSlotADay("2027-09-01", "2027-10-31"))
        let plan = session.plan()
        #expect(plan.unplaced.isEmpty)
        #expect(Self.transition(plan, "D-1")?.date == Self.date(t1))
        #expect(Self.transition(plan, "D-2")?.date == Self.date(t2))
        #expect(Self.transition(plan, "D-3")?.date == Self.date(sPrime))
        #expect(Self.transition(plan, "D-4")?.date == Self.date(s))
        let quality = session.quality()
        #expect(quality.repair.chains == 1)
        #expect(quality.unplacedOther == 0 && quality.improvableAlone == 0)
    }

    /// The NAV advisor is busy 09:45–11:00 on the nominal day (Wednesday 6 October): the
    /// meeting stays on its day at 11:15; with `prefer: time` it takes 10:00 a day earlier.
    @Test func theDayComesBeforeTheHourUnlessTheAgreementPrefersTheTime() throws {
        let participants = [Self.participant("D-1", end: "2027-12-01")]
        let busy = ["veileder": [BusyInterval(date: Self.date("2027-10-06"), start: 9 * 60 + 45, end: 11 * 60)]]

        let dayFirst = Self.session(try Fixture.agreement(Self.onlyTransitions), participants, busy: busy).plan()
        #expect(Self.transition(dayFirst, "D-1")?.date == Self.date("2027-10-06"))
        #expect(Self.transition(dayFirst, "D-1")?.start == LocalTime(hour: 11, minute: 15))

        let timeFirst = Self.session(try Fixture.agreement(Self.onlyTransitions + "\n  prefer: time"), participants, busy: busy).plan()
        #expect(Self.transition(timeFirst, "D-1")?.date == Self.date("2027-10-05"))
        #expect(Self.transition(timeFirst, "D-1")?.start == LocalTime(hour: 10, minute: 0))

        // With the bound at 0 days the hour wins only on the nominal day itself.
        let bounded = Self.session(
            try Fixture.agreement(Self.onlyTransitions + "\n  prefer: time\n  preferTimeWithinDays: 0"), participants, busy: busy
        ).plan()
        #expect(Self.transition(bounded, "D-1")?.date == Self.date("2027-10-06"))
    }

    /// Distance is counted in working days: from a Monday, the Friday before is one day
    /// away and the Wednesday after two, so with Monday and Tuesday taken Friday wins.
    @Test func distanceIsInWorkingDaysNotCalendarDays() throws {
        // End Mon 2027-11-29: nominal Mon 2027-10-04.
        let participants = [Self.participant("D-1", end: "2027-11-29")]
        let busy = ["veileder": [
            BusyInterval(date: Self.date("2027-10-04"), start: 0, end: 24 * 60),
            BusyInterval(date: Self.date("2027-10-05"), start: 0, end: 24 * 60),
        ]]
        let plan = Self.session(try Fixture.agreement(Self.onlyTransitions), participants, busy: busy).plan()
        #expect(Self.transition(plan, "D-1")?.date == Self.date("2027-10-01"))
        #expect(Self.transition(plan, "D-1")?.start == LocalTime(hour: 10, minute: 0))
    }

    /// The nominal day (Wednesday 6 October) is taken and the plan starts that day: of the
    /// two days one working day away, Thursday (inside the plan) comes before Tuesday
    /// (outside it, where the meeting would not be in this plan at all).
    @Test func ofTwoEqualDaysTheOneInsideThePlannedRangeComesFirst() throws {
        let participants = [Self.participant("D-1", end: "2027-12-01")]
        let busy = ["veileder": [BusyInterval(date: Self.date("2027-10-06"), start: 0, end: 24 * 60)]]
        let agreement = try Fixture.agreement(Self.onlyTransitions)
        let inside = Self.session(agreement, participants, busy: busy, from: "2027-10-06", to: "2027-12-31").plan()
        #expect(Self.transition(inside, "D-1")?.date == Self.date("2027-10-07"))
        // Planned from September, Tuesday (the earlier) wins the tie as before.
        let whole = Self.session(agreement, participants, busy: busy).plan()
        #expect(Self.transition(whole, "D-1")?.date == Self.date("2027-10-05"))
    }

    /// Eight transition meetings can each only be on Wednesday 6 October, and the NAV
    /// advisor holds at most five one-hour meetings in a working day of 08:30–15:30 with the
    /// buffer: three are unplaced in every plan, and the quality report proves it.
    @Test func meetingsBeyondOnePersonsDayAreProvedUnplaceable() throws {
        let agreement = try Fixture.agreement(Self.onlyTransitions)
        let participants = (1...8).map { index in
            Self.participant("D-\(index)", end: "2027-12-01", holidays: Self.holidays("2027-09-20", "2027-10-20", except: ["2027-10-06"]))
        }
        var session = Self.session(agreement, participants, busy: [:])
        let plan = session.plan()
        #expect(plan.meetings.filter { $0.kind == .transitionMeeting }.count == 5)
        let quality = session.quality()
        #expect(quality.unplacedOverCapacity == 3)
        #expect(quality.unplacedOther == 0)
    }

    /// Four transition meetings can only be on Wednesday 6 October, and the NAV advisor is
    /// free 09:15–14:00 that day: exactly four hours with the buffers between them. Laid out
    /// around the preferred 10:00 only three fit (10:00, 11:15, 12:30); the rescue lays the
    /// day out again end to end (09:15, 10:30, 11:45, 13:00) and all four take place.
    @Test func aRescueLaysOutAFullDayAgain() throws {
        let agreement = try Fixture.agreement(Self.onlyTransitions)
        let participants = (1...4).map { index in
            Self.participant("D-\(index)", end: "2027-12-01", holidays: Self.holidays("2027-09-20", "2027-10-20", except: ["2027-10-06"]))
        }
        let day = Self.date("2027-10-06")
        let busy = ["veileder": [BusyInterval(date: day, start: 0, end: 9 * 60), BusyInterval(date: day, start: 14 * 60 + 15, end: 24 * 60)]]
        var session = Self.session(agreement, participants, busy: busy)
        let plan = session.plan()
        #expect(plan.unplaced.isEmpty)
        let starts = plan.meetings.filter { $0.kind == .transitionMeeting }.map(\.start).sorted()
        #expect(starts == [LocalTime(hour: 9, minute: 15), LocalTime(hour: 10, minute: 30), LocalTime(hour: 11, minute: 45), LocalTime(hour: 13, minute: 0)])
        let quality = session.quality()
        #expect(quality.repair.chains == 1)
        #expect(quality.unplacedOther == 0 && quality.unplacedOverCapacity == 0)
    }

    @Test func workingDaysSkipWeekendsAndPublicHolidays() {
        let calendar = WorkingCalendar(
            meetingWeekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
            workingHours: WorkingHours(start: LocalTime(hour: 8, minute: 0)!, end: LocalTime(hour: 16, minute: 0)!)!,
            avoidPeriods: [], years: 2026...2028
        )
        #expect(calendar.workingDays(from: Self.date("2027-10-04"), to: Self.date("2027-10-04")) == 0)
        #expect(calendar.workingDays(from: Self.date("2027-10-04"), to: Self.date("2027-10-05")) == 1)
        #expect(calendar.workingDays(from: Self.date("2027-10-04"), to: Self.date("2027-10-01")) == 1)
        #expect(calendar.workingDays(from: Self.date("2027-10-04"), to: Self.date("2027-10-06")) == 2)
        // From Saturday: Friday and Monday are both one day away.
        #expect(calendar.workingDays(from: Self.date("2027-10-02"), to: Self.date("2027-10-01")) == 1)
        #expect(calendar.workingDays(from: Self.date("2027-10-02"), to: Self.date("2027-10-04")) == 1)
        // Easter 2027: Maundy Thursday 25 March to Easter Monday 29 March; Wed 24 → Tue 30 is 1.
        #expect(calendar.workingDays(from: Self.date("2027-03-24"), to: Self.date("2027-03-30")) == 1)
        #expect(calendar.workingDays(from: Self.date("2027-03-30"), to: Self.date("2027-03-24")) == 1)
        // Far outside the tables it still counts (1 January is a holiday, Tuesday to Monday).
        #expect(calendar.workingDays(from: Self.date("2035-01-01"), to: Self.date("2035-01-08")) == 5)
    }
}
