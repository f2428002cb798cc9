import ArgumentParser
import SamkalCore
import SamkalStore

/// Prints a failure in the user's language and ends the command with a status.
enum CommandFailure {
    /// Exit status for a refusal under the need-to-know rule (EX_NOPERM).
    static let refused = ExitCode(77)

    static func diagnostics(_ error: DiagnosticsError, _ language: Language) -> ExitCode {
        Console.error(error.formatted(in: language))
        return .failure
    }

    static func refusal(_ rule: AccessRule, _ language: Language) -> ExitCode {
        Console.error(language == .nb
            ? "nektet: \(rule.text(in: language))"
            : "refused: \(rule.text(in: language))")
        return refused
    }

    static func store(_ error: StoreError, _ language: Language) -> ExitCode {
        let nb = language == .nb
        let message: String = switch error {
        case .noAgreement:
            nb ? "ingen avtale er lagret: kjør først samkal plan AVTALE eller gi --agreement FIL"
               : "no agreement is stored: run samkal plan AGREEMENT first or give --agreement FILE"
        case .unknownMeeting(let uid):
            nb ? "ukjent møte: \(uid)" : "unknown meeting: \(uid)"
        case .unknownParticipant(let id):
            nb ? "ukjent deltaker: \(id)" : "unknown participant: \(id)"
        case .unknownPerson(let id):
            nb ? "ukjent person: \(id)" : "unknown person: \(id)"
        case .unknownActionItem(let id):
            nb ? "ukjent oppfølgingspunkt: \(id)" : "unknown action item: \(id)"
        case .notAnAttendee(let uid, let id):
            nb ? "\(id) er ikke invitert til \(uid)" : "\(id) is not invited to \(uid)"
        case .excuseWithoutReason(let id):
            nb ? "gyldig fravær for \(id) krever en grunn (ID|grunn)" : "excused absence for \(id) needs a reason (ID|reason)"
        case .duplicateToken:
            nb ? "lenken finnes allerede; lag en ny" : "the link exists already; make a new one"
        }
        Console.error((nb ? "feil: " : "error: ") + message)
        return .failure
    }
}
