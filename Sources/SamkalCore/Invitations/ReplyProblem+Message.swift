/// What a reply problem says to the person importing it.
extension ReplyProblem {
    public func message(in language: Language) -> String {
        switch self {
        case .unknownMeeting(let uid):
            language.pick(nb: "ukjent møte: UID \(uid)", nn: "ukjend møte: UID \(uid)", en: "unknown meeting: UID \(uid)")
        case .unknownAttendee(let uid, let email):
            language.pick(
                nb: "\(email) er ikke invitert til \(uid)",
                nn: "\(email) er ikkje invitert til \(uid)",
                en: "\(email) is not invited to \(uid)"
            )
        case .noAttendee(let uid):
            language.pick(
                nb: "svaret på \(uid) har ingen ATTENDEE",
                nn: "svaret på \(uid) manglar ATTENDEE",
                en: "the reply to \(uid) has no ATTENDEE"
            )
        case .occurrenceMismatch(let uid, let date):
            language.pick(
                nb: "RECURRENCE-ID \(date) passer ikke med møtet \(uid)",
                nn: "RECURRENCE-ID \(date) passar ikkje med møtet \(uid)",
                en: "RECURRENCE-ID \(date) does not match the meeting \(uid)"
            )
        case .notExactlyOneAttendee(let uid, let count):
            language.pick(
                nb: "svaret på \(uid) har \(count) ATTENDEE; et svar skal ha nøyaktig én, den som svarer (RFC 5546)",
                nn: "svaret på \(uid) har \(count) ATTENDEE; eit svar skal ha nøyaktig éin, den som svarar (RFC 5546)",
                en: "the reply to \(uid) has \(count) ATTENDEEs; a reply has exactly one, whoever answers (RFC 5546)"
            )
        case .senderMismatch(let uid, let attendee, let sender):
            language.pick(
                nb: "svaret på \(uid) gjelder \(attendee), men kom fra \(sender); bare den som svarer kan svare for seg selv",
                nn: "svaret på \(uid) gjeld \(attendee), men kom frå \(sender); berre den som svarar, kan svare for seg sjølv",
                en: "the reply to \(uid) is for \(attendee) but came from \(sender); only the person answering can answer for themself"
            )
        case .stampInFuture(let uid, let stamp):
            language.pick(
                nb: "svaret på \(uid) har DTSTAMP \(stamp), som er fram i tid",
                nn: "svaret på \(uid) har DTSTAMP \(stamp), som ligg fram i tid",
                en: "the reply to \(uid) has DTSTAMP \(stamp), which is in the future"
            )
        }
    }
}
