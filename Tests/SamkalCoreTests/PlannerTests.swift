import Foundation
import SamkalCore
import Testing

struct PlannerTests {
    /// The example with its school holidays given inline (the core reads no files; the
    /// iCalendar form of the same holidays is tested through the command line).
    static func exampleAgreement() throws -> Agreement {
        let periods = """
            avoidPeriods:
              periods:
                - { name: Sommerferie, from: 2026-06-20, to: 2026-08-18 }
                - { name: Høstferie, from: 2026-10-05, to: 2026-10-09 }
                - { name: Juleferie, from: 2026-12-21, to: 2027-01-03 }
                - { name: Vinterferie, from: 2027-02-22, to: 2027-02-26 }
                - { name: Påskeferie, from: 2027-03-22, to: 2027-03-29 }
                - { name: Sommerferie, from: 2027-06-19, to: 2027-08-18 }
                - { name: Høstferie, from: 2027-10-11, to: 2027-10-15 }
                - { name: Juleferie, from: 2027-12-22, to: 2028-01-02 }
                - { name: Vinterferie, from: 2028-02-21, to: 2028-02-25 }
                - { name: Påskeferie, from: 2028-04-10, to: 2028-04-17 }
                - { name: Sommerferie, from: 2028-06-17, to: 2028-08-16 }
            """
        var yaml = try AgreementFixtures.exampleYAML()
        yaml = String(yaml[..<yaml.range(of: "avoidPeriods:")!.lowerBound]) + periods + "\n"
        return try AgreementParser.parse(yaml: yaml, file: "example.yaml").resolved(calendarPeriods: [])
    }

    static func plan(_ agreement: Agreement, from: String, to: String) -> Plan {
        Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: from)!, last: LocalDate(iso: to)!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), identity: .testing
        ))
    }

    @Test(arguments: [2027, 2028])
    func exampleHasExactlyTwoLeaderMeetingsAYearOneInEachSeason(year: Int) throws {
        let agreement = try Self.exampleAgreement()
        let plan = Self.plan(agreement, from: "\(year)-01-01", to: "\(year)-12-31")
        let leader = plan.meetings.filter { $0.kind == .leaderMeeting }
        #expect(leader.count == 2)
        let spring = try #require(leader.first { $0.period == "\(year)-spring" })
        let autumn = try #require(leader.first { $0.period == "\(year)-autumn" })
        #expect(spring.date >= LocalDate(year: year, month: 3, day: 1)! && spring.date <= LocalDate(year: year, month: 5, day: 31)!)
        #expect(autumn.date >= LocalDate(year: year, month: 9, day: 1)! && autumn.date <= LocalDate(year: year, month: 11, day: 30)!)
        let calendar = WorkingCalendar(agreement: agreement, years: year...year)
        for meeting in leader {
            #expect(calendar.isMeetingDay(meeting.date))
            #expect(calendar.avoidPeriod(on: meeting.date) == nil)
            #expect(agreement.people[meeting.organizerID]?.partyID == "flyktningtjenesten")
            #expect(agreement.party("flyktningtjenesten")?.kind == .refugeeService)
            #expect(Set(meeting.attendees.filter { !$0.isConvener }.map(\.role)) == [.leader])
        }
        #expect(plan.unplaced.isEmpty)
    }

    @Test func everyMeetingIsOnAWorkingDayInsideWorkingHours() throws {
        let agreement = try Self.exampleAgreement()
        let plan = Self.plan(agreement, from: "2026-08-01", to: "2028-07-31")
        let calendar = WorkingCalendar(agreement: agreement, years: 2026...2028)
        #expect(plan.meetings.count > 20)
        for meeting in plan.meetings {
            #expect(!meeting.date.weekday.isWeekend)
            #expect(calendar.publicHoliday(on: meeting.date) == nil, "\(meeting.uid) on a holiday")
            #expect(agreement.workingHours.contains(time: meeting.start, duration: meeting.end.minutes - meeting.start.minutes))
        }
    }

    @Test func nobodyIsBookedTwice() throws {
        let plan = Self.plan(try Self.exampleAgreement(), from: "2026-08-01", to: "2028-07-31")
        var seen: [String: [(LocalDate, Int, Int, String)]] = [:]
        for meeting in plan.meetings {
            for attendee in meeting.attendees {
                for other in seen[attendee.id, default: []] where other.0 == meeting.date {
                    #expect(!(other.1 < meeting.end.minutes && meeting.start.minutes < other.2),
                            "\(attendee.id) is in \(other.3) and \(meeting.uid) at once")
                }
                seen[attendee.id, default: []].append((meeting.date, meeting.start.minutes, meeting.end.minutes, meeting.uid))
            }
        }
    }

    @Test func schoolHolidaysAreAvoidedUnlessTheWindowHasNoOtherDay() throws {
        let agreement = try Self.exampleAgreement()
        let plan = Self.plan(agreement, from: "2027-01-01", to: "2027-12-31")
        let calendar = WorkingCalendar(agreement: agreement, years: 2027...2027)
        for meeting in plan.meetings {
            if let period = calendar.avoidPeriod(on: meeting.date) {
                // Only allowed with a warning, when the window had no other working day.
                #expect(plan.warnings.contains { $0.uid == meeting.uid }, "\(meeting.uid) in \(period.name) without warning")
            }
        }
        // The six-weekly meeting due in week 30 falls in the eight-week summer holiday.
        #expect(plan.warnings.contains { warning in
            if case .placedInAvoidPeriod(let name, _) = warning.note { return name == "Sommerferie" }
            return false
        })
    }

    @Test func meetingsKeepTheirUIDsAndDaysWhateverRangeIsAsked() throws {
        let agreement = try Self.exampleAgreement()
        let year = Self.plan(agreement, from: "2027-01-01", to: "2027-12-31")
        let spring = Self.plan(agreement, from: "2027-04-15", to: "2027-06-30")
        for meeting in spring.meetings {
            let same = try #require(year.meetings.first { $0.uid == meeting.uid })
            #expect(same.date == meeting.date)
            #expect(same.start == meeting.start)
        }
        #expect(year.meetings.contains {
            $0.uid == MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-leaderMeeting-2027-spring", domain: "afjord.example.no")
        })
        // UIDs are opaque: neither the agreement, the kind nor the period shows in them.
        #expect(year.meetings.allSatisfy { MeetingIdentity.isOpaque($0.uid) && !$0.uid.contains($0.kind.rawValue) && !$0.uid.contains($0.period) })
        #expect(Set(year.meetings.map(\.uid)).count == year.meetings.count)
    }

    @Test func planningTwiceGivesTheSameJSON() throws {
        let agreement = try Self.exampleAgreement()
        let first = try PlanJSON.render(Self.plan(agreement, from: "2027-01-01", to: "2027-12-31"))
        let second = try PlanJSON.render(Self.plan(agreement, from: "2027-01-01", to: "2027-12-31"))
        #expect(first == second)
    }

    @Test func meetingsInTheDaylightSavingWeeksStayAtNineLocal() throws {
        let yaml = AgreementFixtures.small(appending: """
            cooperationMeetings:
              everyWeeks: 1
              firstDate: 2027-03-22
              weekday: monday
              time: "09:00"
              durationMinutes: 60
              location: Rådhuset
              convener: kontakt-f
              contactsOf: [nav]
              avoidSchoolHolidays: false
            """)
        let agreement = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        let plan = Self.plan(agreement, from: "2027-03-22", to: "2027-11-08")
        let march = plan.meetings.filter { $0.kind == .cooperationMeeting && ["2027-03-22", "2027-03-30"].contains($0.date.description) }
        let october = plan.meetings.filter { $0.kind == .cooperationMeeting && ["2027-10-25", "2027-11-01"].contains($0.date.description) }
        // 29 March is 2. påskedag, so that week's meeting moves to Tuesday 30 March.
        #expect(march.count == 2)
        #expect(october.count == 2)
        for meeting in march + october {
            #expect(meeting.start == LocalTime(hour: 9, minute: 0))
        }
        let json = try PlanJSON.render(plan)
        #expect(json.contains("\"start\" : \"2027-03-22T09:00:00+01:00\""))
        #expect(json.contains("\"start\" : \"2027-03-30T09:00:00+02:00\""))
        #expect(json.contains("\"start\" : \"2027-10-25T09:00:00+02:00\""))
        #expect(json.contains("\"start\" : \"2027-11-01T09:00:00+01:00\""))
    }

    @Test func busyAttendeesMoveAMeetingOffThePreferredSlot() throws {
        // The revision and the leader meeting share leaders; both prefer Tuesday 09:00 in
        // overlapping windows, so the second must take another time.
        let yaml = AgreementFixtures.small(appending: """
            revision:
              window: { from: "03-01", to: "03-05" }
              weekday: tuesday
              time: "09:00"
              durationMinutes: 60
              location: Rådhuset
              convener: kontakt-f
              leadersOf: [flyktning, nav]
            """)
        let agreement = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        let plan = Self.plan(agreement, from: "2027-03-01", to: "2027-03-31")
        let leader = try #require(plan.meetings.first { $0.kind == .leaderMeeting })
        let revision = try #require(plan.meetings.first { $0.kind == .agreementRevision })
        #expect(leader.date == LocalDate(iso: "2027-03-02"))
        #expect(leader.start == LocalTime(hour: 9, minute: 0))
        #expect(revision.date == LocalDate(iso: "2027-03-02"))
        #expect(revision.start != leader.start)
        #expect(revision.start >= leader.end || revision.end <= leader.start)
    }

    @Test func aMeetingThatCannotBePlacedIsReportedWithTheReason() throws {
        // Meetings only on Tuesdays: the revision's window holds one Tuesday, which the
        // leader meeting (the same people) takes from 09:00, and it needs the whole day.
        let yaml = AgreementFixtures.small(appending: """
            meetingWeekdays: [tuesday]
            revision:
              window: { from: "03-01", to: "03-07" }
              weekday: tuesday
              time: "08:30"
              durationMinutes: 390
              location: Rådhuset
              convener: kontakt-f
              leadersOf: [flyktning, nav]
            """)
        let agreement = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        let plan = Self.plan(agreement, from: "2027-03-01", to: "2027-03-31")
        let unplaced = try #require(plan.unplaced.first)
        #expect(unplaced.kind == .agreementRevision)
        guard case .attendeesBusy(_, let people) = unplaced.note else {
            Issue.record("expected attendeesBusy, got \(unplaced.note)")
            return
        }
        #expect(!people.isEmpty)
        #expect(unplaced.note.message(in: .nb).contains("uke 9"))
        #expect(!plan.meetings.contains { $0.kind == .agreementRevision })
    }

    @Test func revisionCanBeAnAgendaItemOfALeaderMeeting() throws {
        let yaml = AgreementFixtures.small(appending: """
            revision:
              agendaItemOf: autumn
            """)
        let agreement = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        let plan = Self.plan(agreement, from: "2027-01-01", to: "2027-12-31")
        let autumn = try #require(plan.meetings.first { $0.period == "2027-autumn" })
        let spring = try #require(plan.meetings.first { $0.period == "2027-spring" })
        #expect(autumn.agenda.first == DefaultAgenda.revisionItem(in: .nb))
        #expect(!spring.agenda.contains(DefaultAgenda.revisionItem(in: .nb)))
        #expect(!plan.meetings.contains { $0.kind == .agreementRevision })
    }

    @Test func aPlanPastTheKnownSchoolHolidaysSaysSo() throws {
        let plan = Self.plan(try Self.exampleAgreement(), from: "2028-01-01", to: "2029-12-31")
        #expect(plan.warnings.contains { if case .schoolHolidaysNotCovered = $0.note { true } else { false } })
    }

    @Test func titlesFollowTheLanguage() throws {
        let agreement = try Self.exampleAgreement()
        let english = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!),
            language: .en, identity: .testing
        ))
        #expect(english.meetings.contains { $0.title == "Leader meeting spring 2027" })
        let norwegian = Self.plan(agreement, from: "2027-01-01", to: "2027-12-31")
        #expect(norwegian.meetings.contains { $0.title == "Ledermøte vår 2027" })
    }
}
