import SamkalCore
import Testing

/// One sample of every `MoveReason`, for `LanguageCompletenessTests`; no `default` in either
/// switch, so a new reason does not build without a sample.
enum MoveReasonSample: String, CaseIterable, CustomTestStringConvertible {
    case outsideWindow, notAvailableDay, participantUnavailable, durationChanged, busyOne, busyMany
    case interpreterOrRoomUnavailable, inAvoidPeriod, improved, bookedElsewhereOne, bookedElsewhereMany

    init(_ reason: MoveReason) {
        switch reason {
        case .outsideWindow: self = .outsideWindow
        case .notAvailableDay: self = .notAvailableDay
        case .participantUnavailable: self = .participantUnavailable
        case .durationChanged: self = .durationChanged
        case .busy(let people): self = people.count == 1 ? .busyOne : .busyMany
        case .interpreterOrRoomUnavailable: self = .interpreterOrRoomUnavailable
        case .inAvoidPeriod: self = .inAvoidPeriod
        case .improved: self = .improved
        case .bookedElsewhere(let people): self = people.count == 1 ? .bookedElsewhereOne : .bookedElsewhereMany
        }
    }

    var sample: MoveReason {
        switch self {
        case .outsideWindow: .outsideWindow
        case .notAvailableDay: .notAvailableDay
        case .participantUnavailable: .participantUnavailable
        case .durationChanged: .durationChanged
        case .busyOne: .busy(people: ["P"])
        case .busyMany: .busy(people: ["P", "Q"])
        case .interpreterOrRoomUnavailable: .interpreterOrRoomUnavailable
        case .inAvoidPeriod: .inAvoidPeriod(name: "N")
        case .improved: .improved
        case .bookedElsewhereOne: .bookedElsewhere(people: ["P"])
        case .bookedElsewhereMany: .bookedElsewhere(people: ["P", "Q"])
        }
    }

    var testDescription: String { "MoveReason.\(rawValue)" }
}
