import SamkalCore
import Testing

/// One sample of every `PlanNote`, for `LanguageCompletenessTests`; no `default` in either
/// switch, so a new note does not build without a sample. A moved meeting's note is the
/// `MoveReason`'s text, read by its own samples.
enum PlanNoteSample: String, CaseIterable, CustomTestStringConvertible {
    case placedInAvoidPeriod, noMeetingDay, attendeesBusy, schoolHolidaysPartlyCovered, schoolHolidaysNotCovered
    case noInterpreter, interpretersBusy, noRoom, roomsBusy, missingAttendee, participantUnavailable, moved

    init(_ note: PlanNote) {
        switch note {
        case .placedInAvoidPeriod: self = .placedInAvoidPeriod
        case .noMeetingDay: self = .noMeetingDay
        case .attendeesBusy: self = .attendeesBusy
        case .schoolHolidaysNotCovered(let covered, _): self = covered == nil ? .schoolHolidaysNotCovered : .schoolHolidaysPartlyCovered
        case .noInterpreter: self = .noInterpreter
        case .interpretersBusy: self = .interpretersBusy
        case .noRoom: self = .noRoom
        case .roomsBusy: self = .roomsBusy
        case .missingAttendee: self = .missingAttendee
        case .participantUnavailable: self = .participantUnavailable
        case .moved: self = .moved
        }
    }

    /// Weeks 12–14 of 2027.
    static let window: DateSpan = {
        guard let first = LocalDate(iso: "2027-03-22"), let last = LocalDate(iso: "2027-04-09"),
              let span = DateSpan(first: first, last: last) else { preconditionFailure("a valid window") }
        return span
    }()

    var sample: PlanNote {
        let window = Self.window
        return switch self {
        case .placedInAvoidPeriod: .placedInAvoidPeriod(name: "N", window: window)
        case .noMeetingDay: .noMeetingDay(window: window)
        case .attendeesBusy: .attendeesBusy(window: window, people: ["P", "Q"])
        case .schoolHolidaysPartlyCovered: .schoolHolidaysNotCovered(covered: window, planned: window)
        case .schoolHolidaysNotCovered: .schoolHolidaysNotCovered(covered: nil, planned: window)
        case .noInterpreter: .noInterpreter(language: "ti")
        case .interpretersBusy: .interpretersBusy(language: "ti", window: window)
        case .noRoom: .noRoom(people: 12)
        case .roomsBusy: .roomsBusy(window: window)
        case .missingAttendee: .missingAttendee(role: .navAdvisor)
        case .participantUnavailable: .participantUnavailable(window: window)
        case .moved: .moved(.durationChanged)
        }
    }

    var testDescription: String { "PlanNote.\(rawValue)" }
}
