import SamkalCore
import SamkalMail
import SamkalPublishing
import SamkalService
import SamkalStore
import Testing

/// The store's and the reply reader's sentences exist in bokmål, nynorsk and English. Each
/// list goes through a `sample(like:)` switch without `default`, so a new case does not
/// build until it has a sample there (and goes into the list beside it).
struct StoreTextLanguageTests {
    /// One sample of each case; the switch names every case.
    static func sample(like error: StoreError) -> StoreError {
        switch error {
        case .noAgreement: .noAgreement
        case .unknownMeeting: .unknownMeeting("U")
        case .unknownParticipant: .unknownParticipant("D-0042")
        case .unknownPerson: .unknownPerson("P")
        case .unknownActionItem: .unknownActionItem(3)
        case .notAnAttendee: .notAnAttendee(meetingUID: "U", attendeeID: "P")
        case .unknownAttendee(_, let suggestion): .unknownAttendee(attendeeID: "D-042", suggestion: suggestion)
        case .excuseWithoutReason: .excuseWithoutReason("P")
        case .attendanceBeforeMeeting: .attendanceBeforeMeeting(meetingUID: "U", date: "2027-03-02", start: "10:00")
        case .duplicateToken: .duplicateToken
        case .agreementNotChosen: .agreementNotChosen(ids: ["afjord-nav-nord-fosen", "osen-nav-nord-fosen"])
        case .unknownAgreement(_, let known): .unknownAgreement("A", known: known.isEmpty ? [] : ["B", "C"])
        case .personDefinedDifferently: .personDefinedDifferently(person: "P", agreement: "A")
        case .participantInAnotherAgreement: .participantInAnotherAgreement(participant: "D-0042", agreement: "A")
        }
    }

    static let storeErrors: [StoreError] = [
        .noAgreement, .unknownMeeting(""), .unknownParticipant(""), .unknownPerson(""), .unknownActionItem(0),
        .notAnAttendee(meetingUID: "", attendeeID: ""), .unknownAttendee(attendeeID: "", suggestion: "D-0042"),
        .unknownAttendee(attendeeID: "", suggestion: nil), .excuseWithoutReason(""),
        .attendanceBeforeMeeting(meetingUID: "", date: "", start: ""), .duplicateToken,
        .agreementNotChosen(ids: []), .unknownAgreement("", known: []), .unknownAgreement("", known: ["B"]),
        .personDefinedDifferently(person: "", agreement: ""), .participantInAnotherAgreement(participant: "", agreement: ""),
        .unknownAttendee(attendeeID: "", suggestion: nil),
    ].map(sample(like:))

    /// Every status a message can have has its words in `samkal outbox`.
    @Test func everyOutboxStatusHasItsWords() {
        for status in OutboxEntry.Status.allCases {
            #expect(OutboxStatusText(rawValue: status.rawValue) != nil, "\(status) has no text")
        }
    }

    @Test(arguments: storeErrors) func everyStoreError(_ error: StoreError) {
        Trilingual.expect("StoreError.\(error)") { error.message(in: $0) }
    }

    static func sample(like problem: StoreUnavailable) -> StoreUnavailable {
        switch problem {
        case .notADirectory: .notADirectory("/data")
        case .cannotCreate: .cannotCreate("/data")
        case .cannotOpen: .cannotOpen("/data")
        case .readOnly: .readOnly("/data")
        case .locked: .locked("/data")
        case .notAStore: .notAStore("/data")
        case .newerStore: .newerStore("/data")
        case .damaged: .damaged("/data")
        case .diskFull: .diskFull("/data")
        case .unreachable: .unreachable("postgres://samkal@db.example:5432/samkal")
        case .accessDenied: .accessDenied("postgres://samkal@db.example:5432/samkal")
        case .failed: .failed("/data")
        }
    }

    static let unavailable: [StoreUnavailable] = [
        .notADirectory(""), .cannotCreate(""), .cannotOpen(nil), .readOnly(nil), .locked(nil), .notAStore(nil),
        .newerStore(nil), .damaged(nil), .diskFull(nil), .unreachable(nil), .accessDenied(nil), .failed(nil),
    ].map(sample(like:))

    @Test(arguments: unavailable) func everyStoreUnavailable(_ problem: StoreUnavailable) {
        Trilingual.expect("StoreUnavailable.\(problem)") { problem.message(in: $0) }
        Trilingual.expect("StoreUnavailable.\(problem) without a path") { problem.withoutPath.message(in: $0) }
    }

    /// One sample of each case; `.calendar(.invalid)` says what libical or samkal's own
    /// check found (`InputProblem`, read in every language by the core's tests).
    static func sample(like problem: ReplyDocument.Problem) -> ReplyDocument.Problem? {
        switch problem {
        case .notUTF8: .notUTF8
        case .noCalendarPart: .noCalendarPart
        case .mime(.noBody): .mime(.noBody)
        case .mime(.missingBoundary): .mime(.missingBoundary(contentType: "multipart/mixed"))
        case .mime(.undecodableBody): .mime(.undecodableBody(contentType: "text/calendar", encoding: "base64"))
        case .mime(.nestedTooDeep): .mime(.nestedTooDeep(limit: 8))
        case .mime(.tooManyParts): .mime(.tooManyParts(limit: 1_000))
        case .calendar(.notICalendar): .calendar(.notICalendar("T"))
        case .calendar(.invalid): nil
        case .calendar(.notAReply(let method)): .calendar(.notAReply(method: method))
        case .calendar(.missingUID): .calendar(.missingUID(index: 2))
        case .calendar(.missingStart): .calendar(.missingStart(index: 2))
        case .calendar(.noEvents): .calendar(.noEvents)
        }
    }

    static let replyProblems: [ReplyDocument.Problem] = [
        .notUTF8, .noCalendarPart, .mime(.noBody), .mime(.missingBoundary(contentType: "")),
        .mime(.undecodableBody(contentType: "", encoding: "")), .mime(.nestedTooDeep(limit: 0)), .mime(.tooManyParts(limit: 0)),
        .calendar(.notICalendar("")), .calendar(.notAReply(method: "REQUEST")), .calendar(.notAReply(method: nil)),
        .calendar(.missingUID(index: 0)), .calendar(.missingStart(index: 0)), .calendar(.noEvents),
    ].compactMap(sample(like:))

    static let databaseURLProblems: [DatabaseURL.Problem] = [
        .notAURL, .noHost, .noUser, .unknownParameter("x"), .unknownTLSMode("x"), .badSchema("X"),
    ]

    @Test(arguments: databaseURLProblems) func everyDatabaseURLProblem(_ problem: DatabaseURL.Problem) {
        Trilingual.expect("DatabaseURL.Problem.\(problem)") { problem.message(in: $0) }
    }

    @Test func everyReplyDocumentProblem() {
        for problem in Self.replyProblems {
            Trilingual.expect("ReplyDocument.Problem.\(problem)") { problem.message(in: $0) }
        }
    }
}

extension StoreUnavailable {
    /// The same problem where the store's path is not known.
    var withoutPath: StoreUnavailable {
        switch self {
        case .notADirectory, .cannotCreate: self
        case .cannotOpen: .cannotOpen(nil)
        case .readOnly: .readOnly(nil)
        case .locked: .locked(nil)
        case .notAStore: .notAStore(nil)
        case .newerStore: .newerStore(nil)
        case .damaged: .damaged(nil)
        case .diskFull: .diskFull(nil)
        case .unreachable: .unreachable(nil)
        case .accessDenied: .accessDenied(nil)
        case .failed: .failed(nil)
        }
    }
}
