import ICalendar
import SamkalCore
import SamkalMail
import SamkalPublishing

/// The entry points the fuzzers feed: each takes any bytes, must return (an error is an
/// answer) in bounded time and memory, and must never crash.
enum FuzzTarget: String, CaseIterable {
    /// Busy-time iCalendar, as `samkal busy import` reads it.
    case busy
    /// A reply: MIME e-mail or bare iCalendar, as `samkal rsvp import` reads it.
    case reply
    /// An agreement, as `samkal check` reads it (before the calendar files it names).
    case yaml
    /// A participants file, as `samkal participants import` reads it.
    case csv

    static let people: Set<String> = ["ola-brattoy", "jonas-odegard", "lars-ornes", "eva-strom", "kari-vagen"]

    func run(_ bytes: [UInt8]) {
        switch self {
        case .busy:
            guard let text = try? InputText.decode(bytes, file: "fuzz.ics", kind: .iCalendar) else { return }
            _ = try? BusyCalendar.read(text, path: "fuzz.ics", from: 1_798_761_600, to: 1_861_920_000, timeZoneID: "Europe/Oslo")
        case .reply:
            var calendar = bytes
            if MIMEParser.looksLikeEmail(bytes) {
                guard let message = try? MIMEParser.parse(bytes) else { return }
                _ = message.headers.first { $0.name.lowercased() == "from" }
                guard let part = message.allParts.first(where: { $0.contentType == "text/calendar" }) else { return }
                calendar = part.body
            }
            guard let text = String(validating: calendar, as: UTF8.self) else { return }
            _ = try? ReplyCalendar.replies(in: text)
        case .yaml:
            guard let text = try? InputText.decode(bytes, file: "fuzz.yaml", kind: .agreementYAML),
                  let draft = try? AgreementParser.parse(yaml: text, file: "fuzz.yaml")
            else { return }
            _ = draft.resolved(calendarPeriods: [])
        case .csv:
            guard let text = try? InputText.decode(bytes, file: "fuzz.csv", kind: .participantCSV) else { return }
            _ = try? ParticipantCSV.parse(text, file: "fuzz.csv", knownPeople: Self.people)
        }
    }

    /// The target named by `SAMKAL_FUZZ_TARGET`.
    static func fromEnvironment(_ value: String?) -> FuzzTarget? {
        value.flatMap(FuzzTarget.init(rawValue:))
    }
}
