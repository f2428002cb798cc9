/// What a reply problem says to the person importing it.
extension ReplyProblem {
    public func message(in language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .unknownMeeting(let uid): nb ? "ukjent møte: UID \(uid)" : "unknown meeting: UID \(uid)"
        case .unknownAttendee(let uid, let email): nb ? "\(email) er ikke invitert til \(uid)" : "\(email) is not invited to \(uid)"
        case .noAttendee(let uid): nb ? "svaret på \(uid) har ingen ATTENDEE" : "the reply to \(uid) has no ATTENDEE"
        case .occurrenceMismatch(let uid, let date): nb ? "RECURRENCE-ID \(date) passer ikke med møtet \(uid)" : "RECURRENCE-ID \(date) does not match the meeting \(uid)"
        case .notExactlyOneAttendee(let uid, let count):
            nb ? "svaret på \(uid) har \(count) ATTENDEE; et svar skal ha nøyaktig én, den som svarer (RFC 5546)"
               : "the reply to \(uid) has \(count) ATTENDEEs; a reply has exactly one, whoever answers (RFC 5546)"
        case .senderMismatch(let uid, let attendee, let sender):
            nb ? "svaret på \(uid) gjelder \(attendee), men kom fra \(sender); bare den som svarer kan svare for seg selv"
               : "the reply to \(uid) is for \(attendee) but came from \(sender); only the person answering can answer for themself"
        case .stampInFuture(let uid, let stamp):
            nb ? "svaret på \(uid) har DTSTAMP \(stamp), som er fram i tid" : "the reply to \(uid) has DTSTAMP \(stamp), which is in the future"
        }
    }
}
