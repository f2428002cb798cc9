/// What to plan: an agreement and its participants over a range of days, with everyone's
/// imported busy time and the meetings planned before, stamped and worded as asked.
public struct PlanRequest: Sendable {
    public let agreement: Agreement
    public let range: DateSpan
    /// The DTSTAMP of every event; from the caller (the agreement's revision date, a stored
    /// plan version), never read from the clock here.
    public let stamp: UTCTimestamp
    public let language: Language
    public let participants: [Participant]
    /// Imported busy time by owner: a person id, a participant id, `group:<class>`.
    public let busy: [String: [BusyInterval]]
    /// The meetings of the last plan version: those still possible keep their slot.
    public let previous: [PlannedMeeting]

    public init(
        agreement: Agreement, range: DateSpan, stamp: UTCTimestamp, language: Language = .nb,
        participants: [Participant] = [], busy: [String: [BusyInterval]] = [:], previous: [PlannedMeeting] = []
    ) {
        self.agreement = agreement
        self.range = range
        self.stamp = stamp
        self.language = language
        self.participants = participants
        self.busy = busy
        self.previous = previous
    }
}

/// Turns an agreement and its participants into the meetings of a date range.
///
/// Pure and deterministic: the same request gives the same plan, whatever the clock, the
/// machine or the order of the input files. Every meeting of a window that touches the
/// range is placed (so a meeting keeps its day whatever range is asked for) and only
/// those inside the range are returned. Meetings planned before keep their slot while it
/// is still possible, so planning again moves only what must move.
public enum Planner {
    public static func plan(_ request: PlanRequest) -> Plan {
        let agreement = request.agreement
        let years = (request.range.first.year - 1)...(request.range.last.year + 1)
        let calendar = WorkingCalendar(agreement: agreement, years: years)
        let search = SlotSearch(calendar: calendar, agreement: agreement)
        var ledger = BusyLedger(bufferMinutes: agreement.participantMeetings.bufferMinutes)
        for owner in request.busy.keys.sorted() {
            ledger.block(owner, request.busy[owner] ?? [])
        }

        var unplaced: [UnplacedMeeting] = []
        var requests = MeetingRequests(request: request).all()
        let expander = ParticipantMeetingRequests(agreement: agreement, range: request.range, language: request.language)
        var participantRequests: [MeetingRequest] = []
        for participant in request.participants.sorted(by: { $0.id < $1.id }) {
            for item in expander.items(for: participant) {
                switch item {
                case .request(let meetingRequest): participantRequests.append(meetingRequest)
                case .impossible(let meeting): unplaced.append(meeting)
                }
            }
        }
        participantRequests.sort { ($0.window.first, $0.uid) < ($1.window.first, $1.uid) }
        requests += participantRequests

        // First the meetings planned before that can stay where they are.
        var slots: [String: SearchSlot] = [:]
        var moves: [String: MoveReason] = [:]
        var previousByUID: [String: PlannedMeeting] = [:]
        for meeting in request.previous where meeting.status != .cancelled {
            previousByUID[meeting.uid] = meeting
        }
        for meetingRequest in requests {
            guard let previous = previousByUID[meetingRequest.uid] else { continue }
            guard previous.end.minutes - previous.start.minutes == meetingRequest.durationMinutes else {
                moves[meetingRequest.uid] = .durationChanged
                continue
            }
            switch search.keep(meetingRequest, date: previous.date, start: previous.start, ledger: ledger) {
            case .success(let slot):
                book(meetingRequest, slot, in: &ledger)
                slots[meetingRequest.uid] = slot
            case .failure(.busy(let ids)):
                moves[meetingRequest.uid] = .busy(people: ids.map { agreement.people[$0]?.name ?? $0 })
            case .failure(let reason):
                moves[meetingRequest.uid] = reason
            }
        }

        // Then everything else, in order.
        for meetingRequest in requests where slots[meetingRequest.uid] == nil {
            switch search.find(meetingRequest, ledger: ledger) {
            case .placed(let slot):
                book(meetingRequest, slot, in: &ledger)
                slots[meetingRequest.uid] = slot
            case .failed(let note):
                unplaced.append(UnplacedMeeting(
                    uid: meetingRequest.uid, kind: meetingRequest.kind, period: meetingRequest.period,
                    title: meetingRequest.title, participantID: meetingRequest.participantID,
                    note: named(note, agreement: agreement)
                ))
            }
        }

        var meetings: [PlannedMeeting] = []
        var warnings: [PlanWarning] = []
        var outside: [String] = []
        var preferred = 0
        for meetingRequest in requests {
            guard let slot = slots[meetingRequest.uid] else { continue }
            guard request.range.contains(slot.date) else {
                outside.append(meetingRequest.uid)
                continue
            }
            meetings.append(meeting(meetingRequest, slot: slot, agreement: agreement))
            if slot.start == meetingRequest.preferredTime,
               meetingRequest.preferredWeekday == nil || slot.date.weekday == meetingRequest.preferredWeekday {
                preferred += 1
            }
            if let avoid = slot.avoidPeriod {
                warnings.append(PlanWarning(
                    uid: meetingRequest.uid, kind: meetingRequest.kind,
                    note: .placedInAvoidPeriod(name: avoid.name, window: meetingRequest.window)
                ))
            }
        }

        if let note = coverageNote(calendar: calendar, range: request.range) {
            warnings.insert(PlanWarning(uid: nil, kind: nil, note: note), at: 0)
        }
        meetings.sort { ($0.date, $0.start, $0.uid) < ($1.date, $1.start, $1.uid) }
        unplaced.sort { ($0.kind.rawValue, $0.uid) < ($1.kind.rawValue, $1.uid) }
        let placedUIDs = Set(meetings.map(\.uid))
        return Plan(
            agreementID: agreement.id,
            agreementName: agreement.name,
            range: request.range,
            stamp: request.stamp,
            timeZoneID: agreement.timeZoneID,
            language: request.language,
            meetings: meetings,
            warnings: warnings,
            unplaced: unplaced.filter { !placedUIDs.contains($0.uid) },
            placedOutsideRange: outside.sorted(),
            moves: moves.filter { placedUIDs.contains($0.key) || outside.contains($0.key) },
            preferredSlotCount: preferred
        )
    }

    private static func book(_ request: MeetingRequest, _ slot: SearchSlot, in ledger: inout BusyLedger) {
        var owners = request.busyOwners
        if let interpreter = slot.interpreterID { owners.append(interpreter) }
        if let room = slot.room { owners.append("room:" + room.id) }
        ledger.book(owners, on: slot.date, from: slot.start.minutes, to: slot.start.minutes + request.durationMinutes)
    }

    /// Busy people by name (the people of the agreement; participants stay ids).
    private static func named(_ note: PlanNote, agreement: Agreement) -> PlanNote {
        guard case .attendeesBusy(let window, let ids) = note else { return note }
        return .attendeesBusy(window: window, people: ids.map { agreement.people[$0]?.name ?? $0 })
    }

    private static func meeting(_ request: MeetingRequest, slot: SearchSlot, agreement: Agreement) -> PlannedMeeting {
        var attendees = request.attendeeIDs.compactMap { id in
            agreement.people[id].map { MeetingAttendee(person: $0, isConvener: id == request.convenerID) }
        }
        if let interpreter = slot.interpreterID.flatMap({ agreement.people[$0] }) {
            attendees.append(MeetingAttendee(person: interpreter, isConvener: false))
        }
        return PlannedMeeting(
            uid: request.uid,
            kind: request.kind,
            period: request.period,
            title: request.title,
            agenda: request.agenda,
            date: slot.date,
            start: slot.start,
            end: LocalTime(minutes: slot.start.minutes + request.durationMinutes)!,
            timeZoneID: agreement.timeZoneID,
            location: slot.room?.name ?? request.location,
            organizerID: request.convenerID,
            attendees: attendees,
            participantID: request.participantID,
            sequence: 0,
            status: .tentative
        )
    }

    /// A warning when the range reaches past the school holidays the agreement knows of.
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
