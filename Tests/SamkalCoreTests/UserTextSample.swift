import SamkalCore
import Testing

/// One sample of every `UserText` case, for `LanguageCompletenessTests`.
///
/// Both switches below have no `default`: a new case of `UserText` does not build until it
/// is named in `init(_:)`, and then not until its key has a sample in `sample`. So no
/// sentence can be added to the command line without the test reading it in every language.
enum UserTextSample: String, CaseIterable, CustomTestStringConvertible {
    case error, refused, note, yes, no, open, done, total, standardInput, identityRequired, broadMode
    case secretUnreadable, cannotWrite, cannotRead, cannotReadFile, notADirectory, directoryNotWritable
    case portOutOfRange, unexpectedFailure, noEditor, moreProblems, invalidDate, invalidDateFormat, toBeforeFrom
    case toBeforeFromValues, yearsOutOfRange, invalidStamp, unknownTimeZone, unknownParty, planVersionSummary, regionHeld, regionPlanned
    case cancelledMeetingTitle, planVersionHeading, noPlanVersions, feedFilesWritten, agreementOK, agreementCalendar
    case agreementSize, leaderMeetings, revisionOwnMeeting, revisionAgendaItem, cooperationMeetings, infoMeetings
    case avoidPeriods, participantMeetingsByDay, participantMeetingsSameDay, participantMeetingsWithinOneDay
    case participantMeetingsWithinDays, participantsImported, participantAdded, participantUpdated, participantEnded
    case participantsHidden, busyImported, attendanceGivenTwice, declinedInvitation, minutesSaved, minutesAmended
    case noAttendanceFor, minutesEmpty, draftNotCreated, editorFailed, minutesDraftHeader, actionItemDone
    case subscriptionMade, noActiveSubscription, subscriptionRevoked, noActiveLinks, emptyDatabase, waitingForPlan, exampleMissing
    case examplePlanned, badAddress, invalidInvitationCalendar, invitationsDryRun, invitationsQueued
    case deliveryStopped, messagesRequeued, nothingRecorded, replyFromMismatch
    case bareCalendarNeedsSender, replyRecorded, replyStale, replySuperseded, noSMTPServer, deliverySummary
    case invalidActionItem, notPositive, yearOutOfRange

    /// The key of `text`'s case.
    init(_ text: UserText) {
        switch text {
        case .error: self = .error
        case .refused: self = .refused
        case .note: self = .note
        case .yes: self = .yes
        case .no: self = .no
        case .open: self = .open
        case .done: self = .done
        case .total: self = .total
        case .standardInput: self = .standardInput
        case .identityRequired: self = .identityRequired
        case .broadMode: self = .broadMode
        case .secretUnreadable: self = .secretUnreadable
        case .cannotWrite: self = .cannotWrite
        case .cannotRead: self = .cannotRead
        case .cannotReadFile: self = .cannotReadFile
        case .notADirectory: self = .notADirectory
        case .directoryNotWritable: self = .directoryNotWritable
        case .portOutOfRange: self = .portOutOfRange
        case .unexpectedFailure: self = .unexpectedFailure
        case .noEditor: self = .noEditor
        case .moreProblems: self = .moreProblems
        case .invalidDate: self = .invalidDate
        case .invalidDateFormat: self = .invalidDateFormat
        case .toBeforeFrom: self = .toBeforeFrom
        case .toBeforeFromValues: self = .toBeforeFromValues
        case .yearsOutOfRange: self = .yearsOutOfRange
        case .invalidStamp: self = .invalidStamp
        case .unknownTimeZone: self = .unknownTimeZone
        case .unknownParty: self = .unknownParty
        case .planVersionSummary: self = .planVersionSummary
        case .regionHeld: self = .regionHeld
        case .regionPlanned: self = .regionPlanned
        case .cancelledMeetingTitle: self = .cancelledMeetingTitle
        case .planVersionHeading: self = .planVersionHeading
        case .noPlanVersions: self = .noPlanVersions
        case .feedFilesWritten: self = .feedFilesWritten
        case .agreementOK: self = .agreementOK
        case .agreementCalendar: self = .agreementCalendar
        case .agreementSize: self = .agreementSize
        case .leaderMeetings: self = .leaderMeetings
        case .revisionOwnMeeting: self = .revisionOwnMeeting
        case .revisionAgendaItem: self = .revisionAgendaItem
        case .cooperationMeetings: self = .cooperationMeetings
        case .infoMeetings: self = .infoMeetings
        case .avoidPeriods: self = .avoidPeriods
        case .participantMeetingPlacement(_, let days):
            switch days {
            case nil: self = .participantMeetingsByDay
            case 0?: self = .participantMeetingsSameDay
            case 1?: self = .participantMeetingsWithinOneDay
            case _?: self = .participantMeetingsWithinDays
            }
        case .participantsImported: self = .participantsImported
        case .participantAdded: self = .participantAdded
        case .participantUpdated: self = .participantUpdated
        case .participantEnded: self = .participantEnded
        case .participantsHidden: self = .participantsHidden
        case .busyImported: self = .busyImported
        case .attendanceGivenTwice: self = .attendanceGivenTwice
        case .declinedInvitation: self = .declinedInvitation
        case .minutesSaved: self = .minutesSaved
        case .minutesAmended: self = .minutesAmended
        case .noAttendanceFor: self = .noAttendanceFor
        case .minutesEmpty: self = .minutesEmpty
        case .draftNotCreated: self = .draftNotCreated
        case .editorFailed: self = .editorFailed
        case .minutesDraftHeader: self = .minutesDraftHeader
        case .actionItemDone: self = .actionItemDone
        case .subscriptionMade: self = .subscriptionMade
        case .noActiveSubscription: self = .noActiveSubscription
        case .subscriptionRevoked: self = .subscriptionRevoked
        case .noActiveLinks: self = .noActiveLinks
        case .emptyDatabase: self = .emptyDatabase
        case .waitingForPlan: self = .waitingForPlan
        case .exampleMissing: self = .exampleMissing
        case .examplePlanned: self = .examplePlanned
        case .badAddress: self = .badAddress
        case .invalidInvitationCalendar: self = .invalidInvitationCalendar
        case .invitationsDryRun: self = .invitationsDryRun
        case .invitationsQueued: self = .invitationsQueued
        case .deliveryStopped: self = .deliveryStopped
        case .messagesRequeued: self = .messagesRequeued
        case .nothingRecorded: self = .nothingRecorded
        case .replyFromMismatch: self = .replyFromMismatch
        case .bareCalendarNeedsSender: self = .bareCalendarNeedsSender
        case .replyRecorded: self = .replyRecorded
        case .replyStale: self = .replyStale
        case .replySuperseded: self = .replySuperseded
        case .noSMTPServer: self = .noSMTPServer
        case .deliverySummary: self = .deliverySummary
        case .invalidActionItem: self = .invalidActionItem
        case .notPositive: self = .notPositive
        case .yearOutOfRange: self = .yearOutOfRange
        }
    }

    /// A representative text of this case, with short placeholder values.
    var sample: UserText {
        switch self {
        case .error: .error("X")
        case .refused: .refused("X")
        case .note: .note("X")
        case .yes: .yes
        case .no: .no
        case .open: .open
        case .done: .done
        case .total: .total
        case .standardInput: .standardInput
        case .identityRequired: .identityRequired
        case .broadMode: .broadMode(file: "F", mode: "0644", fix: "600")
        case .secretUnreadable: .secretUnreadable(file: "F", directory: "D")
        case .cannotWrite: .cannotWrite(directory: "D", reason: "R")
        case .cannotRead: .cannotRead(file: "F")
        case .cannotReadFile: .cannotReadFile(file: "F")
        case .notADirectory: .notADirectory(flag: "--ics", path: "P")
        case .directoryNotWritable: .directoryNotWritable(nothingStored: true)
        case .portOutOfRange: .portOutOfRange(source: "--port", value: "0")
        case .unexpectedFailure: .unexpectedFailure(kind: "K")
        case .noEditor: .noEditor(editor: "E")
        case .moreProblems: .moreProblems(3)
        case .invalidDate: .invalidDate(flag: "--from", value: "V")
        case .invalidDateFormat: .invalidDateFormat(flag: "--from", value: "V")
        case .toBeforeFrom: .toBeforeFrom
        case .toBeforeFromValues: .toBeforeFromValues(from: "2027-02-01", to: "2027-01-01")
        case .yearsOutOfRange: .yearsOutOfRange
        case .invalidStamp: .invalidStamp("V")
        case .unknownTimeZone: .unknownTimeZone("Z")
        case .unknownParty: .unknownParty("P")
        case .planVersionSummary: .planVersionSummary(number: 2, added: 1, moved: 1, cancelled: 1, restored: 1)
        case .regionHeld: .regionHeld(["osen-nav-nord-fosen"])
        case .regionPlanned: .regionPlanned(meetings: 45, unplaced: 1)
        case .cancelledMeetingTitle: .cancelledMeetingTitle("T")
        case .planVersionHeading: .planVersionHeading(number: 2, createdAt: "2027-01-01T12:00:00Z", from: "2027-01-01", to: "2027-12-31", changes: 3)
        case .noPlanVersions: .noPlanVersions
        case .feedFilesWritten: .feedFilesWritten(count: 3, directory: "D")
        case .agreementOK: .agreementOK(id: "afjord", name: "Åfjord")
        case .agreementCalendar: .agreementCalendar(zone: "Europe/Oslo", start: "08:00", end: "15:45", days: "D")
        case .agreementSize: .agreementSize(parties: 5, people: 20)
        case .leaderMeetings: .leaderMeetings(count: 2, periods: "P")
        case .revisionOwnMeeting: .revisionOwnMeeting(window: "W")
        case .revisionAgendaItem: .revisionAgendaItem(period: "P")
        case .cooperationMeetings: .cooperationMeetings(everyWeeks: 4, weekday: "W", from: "2027-01-05")
        case .infoMeetings: .infoMeetings(count: 2)
        case .avoidPeriods: .avoidPeriods(9)
        case .participantMeetingsByDay: .participantMeetingPlacement(time: "10:00", withinDays: nil)
        case .participantMeetingsSameDay: .participantMeetingPlacement(time: "10:00", withinDays: 0)
        case .participantMeetingsWithinOneDay: .participantMeetingPlacement(time: "10:00", withinDays: 1)
        case .participantMeetingsWithinDays: .participantMeetingPlacement(time: "10:00", withinDays: 3)
        case .participantsImported: .participantsImported(count: 3, file: "F", inserted: 2, updated: 1)
        case .participantAdded: .participantAdded("D-0042")
        case .participantUpdated: .participantUpdated("D-0042")
        case .participantEnded: .participantEnded(id: "D-0042", date: "2027-06-30")
        case .participantsHidden: .participantsHidden(2)
        case .busyImported: .busyImported(owner: "O", count: 3, source: "S")
        case .attendanceGivenTwice: .attendanceGivenTwice("I")
        case .declinedInvitation: .declinedInvitation
        case .minutesSaved: .minutesSaved(title: "T")
        case .minutesAmended: .minutesAmended(revision: 2)
        case .noAttendanceFor: .noAttendanceFor("I")
        case .minutesEmpty: .minutesEmpty
        case .draftNotCreated: .draftNotCreated
        case .editorFailed: .editorFailed
        case .minutesDraftHeader: .minutesDraftHeader(title: "T", date: "2027-03-02", start: "10:00")
        case .actionItemDone: .actionItemDone(id: 3, text: "T")
        case .subscriptionMade: .subscriptionMade(id: 3, label: "L", http: "http://localhost/feeds/t.ics", webcal: "webcal://localhost/feeds/t.ics")
        case .noActiveSubscription: .noActiveSubscription(3)
        case .subscriptionRevoked: .subscriptionRevoked(3)
        case .noActiveLinks: .noActiveLinks
        case .emptyDatabase: .emptyDatabase
        case .waitingForPlan: .waitingForPlan(agreement: "afjord-nav-nord-fosen")
        case .exampleMissing: .exampleMissing
        case .examplePlanned: .examplePlanned(from: "2027-01-01", to: "2027-12-31", meetings: 90)
        case .badAddress: .badAddress(person: "P", address: "A")
        case .invalidInvitationCalendar: .invalidInvitationCalendar(uid: "U", problems: "P")
        case .invitationsDryRun: .invitationsDryRun(3)
        case .invitationsQueued: .invitationsQueued(3)
        case .deliveryStopped: .deliveryStopped("W")
        case .messagesRequeued: .messagesRequeued(3)
        case .nothingRecorded: .nothingRecorded
        case .replyFromMismatch: .replyFromMismatch(vouched: "a@example.no", sender: "b@example.no")
        case .bareCalendarNeedsSender: .bareCalendarNeedsSender
        case .replyRecorded: .replyRecorded(uid: "U", attendee: "A", answer: "ACCEPTED", sequence: 1)
        case .replyStale: .replyStale(uid: "U", attendee: "A", replySequence: 0, meetingSequence: 1)
        case .replySuperseded: .replySuperseded(uid: "U", attendee: "A")
        case .noSMTPServer: .noSMTPServer(waiting: 3)
        case .deliverySummary: .deliverySummary(sent: 1, waiting: 2, failed: 0)
        case .invalidActionItem: .invalidActionItem("A")
        case .notPositive: .notPositive(flag: "--max-connections", value: "0")
        case .yearOutOfRange: .yearOutOfRange(flag: "--year", value: "27")
        }
    }

    var testDescription: String { "UserText.\(rawValue)" }
}
