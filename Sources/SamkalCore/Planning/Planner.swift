/// What to plan: an agreement over a range of days, stamped and worded as asked.
public struct PlanRequest: Sendable {
    public let agreement: Agreement
    public let range: DateSpan
    /// The DTSTAMP of every event; from the caller (the agreement's revision date, a stored
    /// plan version), never read from the clock here.
    public let stamp: UTCTimestamp
    public let language: Language

    public init(agreement: Agreement, range: DateSpan, stamp: UTCTimestamp, language: Language = .nb) {
        self.agreement = agreement
        self.range = range
        self.stamp = stamp
        self.language = language
    }
}

/// Turns an agreement into the agreement-level meetings of a date range.
///
/// Pure and deterministic: the same request gives the same plan, whatever the clock,
/// the machine or the order of the YAML file. Every meeting of a window that touches
/// the range is placed (so a meeting keeps its day whatever range is asked for) and
/// only those inside the range are returned.
public enum Planner {
    public static func plan(_ request: PlanRequest) -> Plan {
        let agreement = request.agreement
        let years = (request.range.first.year - 1)...(request.range.last.year + 1)
        let calendar = WorkingCalendar(agreement: agreement, years: years)
        let search = SlotSearch(calendar: calendar)
        var ledger = BusyLedger()
        var meetings: [PlannedMeeting] = []
        var warnings: [PlanWarning] = []
        var unplaced: [UnplacedMeeting] = []
        var outside: [String] = []

        for meetingRequest in MeetingRequests(request: request).all() {
            let rule = meetingRequest.rule
            switch search.find(meetingRequest, ledger: ledger) {
            case .placed(let slot):
                let end = slot.start.minutes + rule.preference.durationMinutes
                ledger.book(rule.attendeeIDs, on: slot.date, from: slot.start.minutes, to: end)
                guard request.range.contains(slot.date) else {
                    outside.append(meetingRequest.uid)
                    continue
                }
                meetings.append(meeting(meetingRequest, slot: slot, agreement: agreement))
                if let avoid = slot.avoidPeriod {
                    warnings.append(PlanWarning(
                        uid: meetingRequest.uid, kind: rule.kind,
                        note: .placedInAvoidPeriod(name: avoid.name, window: meetingRequest.window)
                    ))
                }
            case .noMeetingDay:
                unplaced.append(unplacedMeeting(meetingRequest, note: .noMeetingDay(window: meetingRequest.window)))
            case .busy(let personIDs):
                let names = personIDs.map { agreement.people[$0]?.name ?? $0 }
                unplaced.append(unplacedMeeting(meetingRequest, note: .attendeesBusy(window: meetingRequest.window, people: names)))
            }
        }

        if let note = coverageNote(calendar: calendar, range: request.range) {
            warnings.insert(PlanWarning(uid: nil, kind: nil, note: note), at: 0)
        }
        meetings.sort { ($0.date, $0.start, $0.uid) < ($1.date, $1.start, $1.uid) }
        return Plan(
            agreementID: agreement.id,
            agreementName: agreement.name,
            range: request.range,
            stamp: request.stamp,
            timeZoneID: agreement.timeZoneID,
            language: request.language,
            meetings: meetings,
            warnings: warnings,
            unplaced: unplaced,
            placedOutsideRange: outside.sorted()
        )
    }

    private static func meeting(_ request: MeetingRequest, slot: SearchSlot, agreement: Agreement) -> PlannedMeeting {
        let rule = request.rule
        let attendees = rule.attendeeIDs.compactMap { id in
            agreement.people[id].map { MeetingAttendee(person: $0, isConvener: id == rule.convenerID) }
        }
        return PlannedMeeting(
            uid: request.uid,
            kind: rule.kind,
            period: request.period,
            title: request.title,
            agenda: request.agenda,
            date: slot.date,
            start: slot.start,
            end: LocalTime(minutes: slot.start.minutes + rule.preference.durationMinutes)!,
            timeZoneID: agreement.timeZoneID,
            location: rule.preference.location,
            organizerID: rule.convenerID,
            attendees: attendees,
            participantID: nil,
            sequence: 0,
            status: .tentative
        )
    }

    private static func unplacedMeeting(_ request: MeetingRequest, note: PlanNote) -> UnplacedMeeting {
        UnplacedMeeting(
            uid: request.uid, kind: request.rule.kind, period: request.period,
            title: request.title, participantID: nil, note: note
        )
    }

    /// A warning when the range reaches past the school holidays the agreement knows of,
    /// for rules that avoid them.
    private static func coverageNote(calendar: WorkingCalendar, range: DateSpan) -> PlanNote? {
        guard let coverage = calendar.avoidCoverage else {
            return .schoolHolidaysNotCovered(covered: nil, planned: range)
        }
        if range.first < coverage.first || range.last > coverage.last {
            return .schoolHolidaysNotCovered(covered: coverage, planned: range)
        }
        return nil
    }
}

typealias SearchSlot = SlotSearch.Slot
