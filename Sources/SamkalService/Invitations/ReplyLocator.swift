import Foundation
import SamkalCore
import SamkalMail
import SamkalPublishing

/// The line of a reply file (an e-mail, or the calendar alone) that a problem with it is
/// about, so that `rsvp import` can say `file:line` as every other reader does.
///
/// A calendar problem's line is counted from where the calendar starts in the file (the
/// line of BEGIN:VCALENDAR; an encoded part has none, and its problems are placed on the
/// part's Content-Transfer-Encoding line); a problem with the mail's structure is on the
/// header it concerns.
public enum ReplyLocator {
    public static func line(of problem: ReplyImport.Problem, in bytes: [UInt8]) -> Int {
        let lines = Lines(bytes)
        let calendarStart = lines.first(where: { $0.uppercased().hasPrefix("BEGIN:VCALENDAR") })
        let offset = (calendarStart ?? 1) - 1
        switch problem {
        case .document(.mime(.missingBoundary)):
            return lines.first(where: { $0.lowercased().hasPrefix("content-type:") && $0.lowercased().contains("multipart") }) ?? 1
        case .document(.mime(.undecodableBody)):
            return lines.first(where: { $0.lowercased().hasPrefix("content-transfer-encoding:") }) ?? 1
        case .document(.notUTF8) where calendarStart == nil:
            return lines.first(where: { $0.lowercased().hasPrefix("content-transfer-encoding:") }) ?? 1
        case .document(.mime(.noBody)), .document(.noCalendarPart), .document(.mime(.nestedTooDeep)), .document(.mime(.tooManyParts)):
            return 1
        case .document(.notUTF8):
            return offset + 1
        case .document(.calendar(.invalid(let problems))):
            return offset + (problems.first?.line ?? 1)
        case .document(.calendar(.notICalendar)):
            guard MIMEParser.looksLikeEmail(bytes) else { return 1 }
            return calendarStart ?? lines.first(where: { $0.isEmpty }).map { $0 + 1 } ?? 1
        case .document(.calendar(.notAReply)):
            return lines.first(where: { $0.uppercased().hasPrefix("METHOD:") }) ?? calendarStart ?? 1
        case .document(.calendar(.noEvents)):
            return calendarStart ?? 1
        case .document(.calendar(.missingUID(let index))), .document(.calendar(.missingStart(let index))):
            return lines.all(where: { $0.uppercased().hasPrefix("BEGIN:VEVENT") }).dropFirst(index - 1).first ?? calendarStart ?? 1
        case .senderMismatch, .senderUnknown:
            return lines.first(where: { $0.lowercased().hasPrefix("from:") }) ?? 1
        case .reply(let reply):
            let uid = reply.uid
            return lines.first(where: { line in
                let upper = line.uppercased()
                return upper.hasPrefix("UID:") && line.dropFirst(4).trimmingCharacters(in: .whitespaces) == uid
            }) ?? calendarStart ?? 1
        }
    }

    /// The file's lines (as text, invalid UTF-8 replaced), found by number.
    private struct Lines {
        let texts: [String]

        init(_ bytes: [UInt8]) {
            texts = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
                var text = String(decoding: line, as: UTF8.self)
                if text.hasSuffix("\r") { text.removeLast() }
                return text
            }
        }

        /// The 1-based number of the first line that satisfies `test`.
        func first(where test: (String) -> Bool) -> Int? {
            texts.firstIndex(where: test).map { $0 + 1 }
        }

        func all(where test: (String) -> Bool) -> [Int] {
            texts.indices.filter { test(texts[$0]) }.map { $0 + 1 }
        }
    }
}

extension ReplyProblem {
    /// The UID of the reply the problem is about.
    var uid: String {
        switch self {
        case .unknownMeeting(let uid), .unknownAttendee(let uid, _), .noAttendee(let uid), .occurrenceMismatch(let uid, _),
             .notExactlyOneAttendee(let uid, _), .senderMismatch(let uid, _, _), .stampInFuture(let uid, _):
            uid
        }
    }
}
