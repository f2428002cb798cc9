import SamkalCore

/// Checks a plan against the hard rules without using the planner's own code paths:
/// working days and hours, public holidays, the participants' programme periods and
/// holidays, imported busy time, and nobody (person, participant, room) booked twice.
struct PlanChecker {
    let agreement: Agreement
    let participants: [Participant]
    let busy: [String: [BusyInterval]]

    func violations(in plan: Plan) -> [String] {
        var problems: [String] = []
        let byID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let holidays = Set((plan.range.first.year - 1...plan.range.last.year + 1).flatMap { NorwegianHolidays.holidays(in: $0).map(\.date) })
        var booked: [String: [Int: [(Int, Int, String)]]] = [:]
        for meeting in plan.meetings where meeting.status != .cancelled {
            if meeting.date.weekday.isWeekend || !agreement.meetingWeekdays.contains(meeting.date.weekday) {
                problems.append("\(meeting.uid): not a meeting weekday")
            }
            if holidays.contains(meeting.date) { problems.append("\(meeting.uid): on a public holiday") }
            if meeting.start < agreement.workingHours.start || meeting.end > agreement.workingHours.end {
                problems.append("\(meeting.uid): outside working hours")
            }
            var owners = meeting.attendees.map(\.id)
            if let id = meeting.participantID {
                // The participant and the class are booked only for meetings the participant
                // attends (a team meeting is the team's own).
                if meeting.kind.participantAttends { owners.append(id) }
                if let participant = byID[id] {
                    if meeting.date < participant.programmeStart || meeting.date > participant.lastDay {
                        problems.append("\(meeting.uid): outside the programme period")
                    }
                    if participant.holidays.contains(where: { $0.contains(meeting.date) }) {
                        problems.append("\(meeting.uid): in the participant's holiday")
                    }
                    if let group = participant.classGroup, meeting.kind.participantAttends { owners.append("group:" + group) }
                }
            }
            if let room = agreement.rooms.first(where: { $0.name == meeting.location }) { owners.append("room:" + room.id) }
            for owner in owners {
                for interval in busy[owner] ?? [] where interval.date == meeting.date {
                    if interval.start < meeting.end.minutes && meeting.start.minutes < interval.end {
                        problems.append("\(meeting.uid): \(owner) is busy (imported)")
                    }
                }
                for other in booked[owner]?[meeting.date.dayNumber] ?? [] where other.0 < meeting.end.minutes && meeting.start.minutes < other.1 {
                    if owner.hasPrefix("group:") { continue }
                    problems.append("\(meeting.uid): \(owner) also in \(other.2)")
                }
                booked[owner, default: [:]][meeting.date.dayNumber, default: []].append((meeting.start.minutes, meeting.end.minutes, meeting.uid))
            }
        }
        return problems
    }
}
