import SamkalCore
import Testing

/// Properties of the repaired plan on generated instances: no meeting can move alone to a
/// better slot, nobody is booked twice, the same input gives the same plan whatever the
/// order of the participants; and re-planning keeps stored meetings unless asked.
struct PlanRepairPropertyTests {
    typealias Fixture = ParticipantPlanningTests

    /// A small linear congruential generator: the same seed, the same instance.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Forty participants on two advisors, one NAV advisor, a teacher and one interpreter;
    /// classes in the morning or the afternoon on two groups, holidays, some on leave.
    static func instance(seed: UInt64) -> (participants: [Participant], busy: [String: [BusyInterval]]) {
        var random = Seeded(state: seed)
        var participants: [Participant] = []
        for index in 0..<40 {
            let start = Fixture.date("2026-01-05").adding(days: random.next(500))
            let end = start.adding(days: 700 + random.next(400))
            var participant = Fixture.participant(
                "D-\(index)", start: "\(start)", end: "\(end)", language: "ti", interpreter: random.next(3) == 0,
                advisor: random.next(2) == 0 ? "radgiver" : "radgiver2", needs: [.adultEducation],
                leave: random.next(10) == 0 ? [DateSpan(first: Fixture.date("2027-03-01"), last: Fixture.date("2027-12-31"))!] : [],
                holidays: [DateSpan(first: Fixture.date("2027-07-01").adding(days: random.next(20)), last: Fixture.date("2027-07-21").adding(days: random.next(20)))!]
            )
            participant.classGroup = random.next(2) == 0 ? "morgen" : "kveld"
            participants.append(participant)
        }
        var busy: [String: [BusyInterval]] = [:]
        var day = Fixture.date("2026-12-01")
        while day <= Fixture.date("2028-01-31") {
            if day.weekday != .saturday, day.weekday != .sunday {
                busy["group:morgen", default: []].append(BusyInterval(date: day, start: 8 * 60 + 30, end: 11 * 60 + 30))
                busy["group:kveld", default: []].append(BusyInterval(date: day, start: 12 * 60, end: 15 * 60))
            }
            day = day.adding(days: 1)
        }
        return (participants, busy)
    }

    static func request(_ participants: [Participant], busy: [String: [BusyInterval]], agreement: Agreement) -> PlanRequest {
        PlanRequest(
            agreement: agreement, range: Fixture.span("2027-01-01", "2027-12-31"), stamp: UTCTimestamp(date: Fixture.date("2026-12-01")),
            participants: participants, busy: busy, identity: .testing
        )
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func noMeetingCanMoveAloneToABetterSlot(seed: UInt64) throws {
        let agreement = try Fixture.agreement()
        let (participants, busy) = Self.instance(seed: seed)
        var session = PlanningSession(Self.request(participants, busy: busy, agreement: agreement))
        session.planAll()
        let quality = session.quality()
        #expect(quality.improvableAlone == 0)
        #expect(!quality.repair.exhausted)
        #expect(quality.unplacedOther == 0)
        #expect(quality.distance >= quality.lowerBound)

        // Nobody in two places (buffer included), and classes respected, checked here.
        let plan = session.plan()
        var booked: [String: [(date: LocalDate, start: Int, end: Int)]] = [:]
        for meeting in plan.meetings {
            var owners = meeting.attendees.map(\.id)
            if meeting.kind.participantAttends, let id = meeting.participantID {
                owners.append(id)
                let group = "group:" + (participants.first { $0.id == id }?.classGroup ?? "")
                for interval in busy[group] ?? [] where interval.date == meeting.date {
                    #expect(!(interval.start < meeting.end.minutes + 15 && meeting.start.minutes - 15 < interval.end), "\(meeting.period) in class")
                }
            }
            for owner in owners {
                for other in booked[owner] ?? [] where other.date == meeting.date {
                    #expect(!(other.start < meeting.end.minutes + 15 && meeting.start.minutes - 15 < other.end), "\(owner) twice on \(meeting.date)")
                }
                booked[owner, default: []].append((meeting.date, meeting.start.minutes, meeting.end.minutes))
            }
        }
    }

    @Test func theSameInputGivesTheSamePlanWhateverTheOrder() throws {
        let agreement = try Fixture.agreement()
        let (participants, busy) = Self.instance(seed: 7)
        let first = Planner.plan(Self.request(participants, busy: busy, agreement: agreement))
        let again = Planner.plan(Self.request(participants, busy: busy, agreement: agreement))
        let reversed = Planner.plan(Self.request(participants.reversed(), busy: busy, agreement: agreement))
        #expect(first.meetings == again.meetings)
        #expect(first.meetings == reversed.meetings)
        #expect(first.unplaced == reversed.unplaced)
    }

    /// Planning again with nothing changed changes nothing: a meeting that stays keeps its
    /// room and its interpreter, also where the order of placing (most constrained first,
    /// then the repair) gave it another than the first it would try.
    /// Seeds 1, 4 and 6 show a room chosen anew without the rule, seed 38 an interpreter.
    @Test(arguments: [1, 4, 6, 38] as [UInt64])
    func planningAgainWithNothingChangedChangesNothing(seed: UInt64) throws {
        let interpreter = "- { id: tolk-ti, name: Yonas Tolk, email: yonas@tolk.example.no, role: interpreter, languages: [ti] }"
        let yaml = Fixture.agreementYAML.replacingOccurrences(
            of: interpreter,
            with: interpreter + "\n      - { id: tolk-ti2, name: Saba Tolk, email: saba@tolk.example.no, role: interpreter, languages: [ti] }"
        ) + """

            rooms:
              - { id: rom1, name: Rom 1, capacity: 6 }
              - { id: rom2, name: Rom 2, capacity: 6 }
            """
        let agreement = try AgreementParser.parse(yaml: yaml, file: "liten.yaml").resolved(calendarPeriods: [])
        #expect(agreement.people["tolk-ti2"] != nil)
        let (participants, busy) = Self.instance(seed: seed)
        let first = Planner.plan(Self.request(participants, busy: busy, agreement: agreement))
        #expect(Set(first.meetings.map(\.location)).count > 1, "the rooms are used")
        let interpreters = Set(first.meetings.flatMap { $0.attendees.filter { $0.role == .interpreter }.map(\.id) })
        #expect(interpreters.count == 2, "both interpreters are used")
        let again = Planner.plan(PlanRequest(
            agreement: agreement, range: Fixture.span("2027-01-01", "2027-12-31"), stamp: UTCTimestamp(date: Fixture.date("2026-12-01")),
            participants: participants, busy: busy, previous: first.meetings, identity: .testing
        ))
        #expect(again.moves.isEmpty)
        #expect(again.meetings.count == first.meetings.count)
        for (before, after) in zip(first.meetings, again.meetings) where before != after {
            Issue.record("\(before.period): \(before.location) → \(after.location), \(before.attendees.map(\.id)) → \(after.attendees.map(\.id))")
        }
    }

    /// D-1's transition (nominal Wed 2027-10-06) was placed a day early while the NAV
    /// advisor was busy on the 6th; that busy time is gone now.
    static func storedEarly(status: MeetingStatus) throws -> (agreement: Agreement, participants: [Participant], stored: [PlannedMeeting]) {
        let agreement = try Fixture.agreement(PlanQualityTests.onlyTransitions)
        let participants = [PlanQualityTests.participant("D-1", end: "2027-12-01")]
        let busy = ["veileder": [BusyInterval(date: Fixture.date("2027-10-06"), start: 0, end: 24 * 60)]]
        var stored = PlanQualityTests.session(agreement, participants, busy: busy).plan().meetings
        #expect(PlanQualityTests.transition(Plan.with(stored), "D-1")?.date == Fixture.date("2027-10-05"))
        for index in stored.indices { stored[index].status = status }
        return (agreement, participants, stored)
    }

    @Test func storedMeetingsStayUnlessOptimizing() throws {
        let (agreement, participants, stored) = try Self.storedEarly(status: .tentative)
        let kept = PlanQualityTests.session(agreement, participants, busy: [:], previous: stored).plan()
        #expect(PlanQualityTests.transition(kept, "D-1")?.date == Fixture.date("2027-10-05"))
        #expect(kept.moves.isEmpty)

        let optimized = PlanQualityTests.session(agreement, participants, busy: [:], previous: stored, optimizeFrom: Fixture.date("2027-09-01")).plan()
        let moved = try #require(PlanQualityTests.transition(optimized, "D-1"))
        #expect(moved.date == Fixture.date("2027-10-06"))
        #expect(optimized.moves[moved.uid] == .improved)

        // Not one dated before the day optimizing starts from.
        let past = PlanQualityTests.session(agreement, participants, busy: [:], previous: stored, optimizeFrom: Fixture.date("2027-10-06")).plan()
        #expect(PlanQualityTests.transition(past, "D-1")?.date == Fixture.date("2027-10-05"))
    }

    @Test func aSentMeetingNeverMoves() throws {
        let (agreement, participants, stored) = try Self.storedEarly(status: .confirmed)
        let optimized = PlanQualityTests.session(agreement, participants, busy: [:], previous: stored, optimizeFrom: Fixture.date("2027-09-01")).plan()
        #expect(PlanQualityTests.transition(optimized, "D-1")?.date == Fixture.date("2027-10-05"))
        #expect(optimized.moves.isEmpty)
    }
}

extension Plan {
    /// A plan holding just these meetings (for looking one up in a test).
    static func with(_ meetings: [PlannedMeeting]) -> Plan {
        Plan(
            agreementID: "a", agreementName: "a", range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-12-01")!), timeZoneID: "Europe/Oslo", language: .nb,
            meetings: meetings, warnings: [], unplaced: [], placedOutsideRange: [], moves: [:], preferredSlotCount: 0, reissued: [:]
        )
    }
}
