import SamkalCore
import Testing

/// One sample of every `ReplyProblem`, for `LanguageCompletenessTests`; no `default` in
/// either switch, so a new problem does not build without a sample.
enum ReplyProblemSample: String, CaseIterable, CustomTestStringConvertible {
    case unknownMeeting, unknownAttendee, noAttendee, occurrenceMismatch, notExactlyOneAttendee, senderMismatch
    case stampInFuture

    init(_ problem: ReplyProblem) {
        switch problem {
        case .unknownMeeting: self = .unknownMeeting
        case .unknownAttendee: self = .unknownAttendee
        case .noAttendee: self = .noAttendee
        case .occurrenceMismatch: self = .occurrenceMismatch
        case .notExactlyOneAttendee: self = .notExactlyOneAttendee
        case .senderMismatch: self = .senderMismatch
        case .stampInFuture: self = .stampInFuture
        }
    }

    var sample: ReplyProblem {
        switch self {
        case .unknownMeeting: .unknownMeeting(uid: "U")
        case .unknownAttendee: .unknownAttendee(uid: "U", email: "a@example.no")
        case .noAttendee: .noAttendee(uid: "U")
        case .occurrenceMismatch: .occurrenceMismatch(uid: "U", date: LocalDate(dayNumber: 20_000))
        case .notExactlyOneAttendee: .notExactlyOneAttendee(uid: "U", count: 2)
        case .senderMismatch: .senderMismatch(uid: "U", attendee: "a@example.no", sender: "b@example.no")
        case .stampInFuture: .stampInFuture(uid: "U", stamp: UTCTimestamp(secondsSince1970: 1_900_000_000))
        }
    }

    var testDescription: String { "ReplyProblem.\(rawValue)" }
}
