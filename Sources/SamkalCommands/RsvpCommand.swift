import ArgumentParser
import Foundation
import SamkalCore
import SamkalMail
import SamkalService
import SamkalStore

/// `samkal rsvp import|list`: the answers to invitations.
struct RsvpCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("rsvp", .rsvp, subcommands: [RsvpImportCommand.self, RsvpListCommand.self]) }
}

struct RsvpImportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("import", .rsvpImport) }

    @Argument(help: .localized(.replyFile, valueName: .fileValue)) var file: String
    @Option(help: .localized(.replySender, valueName: .emailValue)) var from: String?
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, _) = try await Convening.session(asker, agreement: agreementOption, action: .recordReplies)
        let language = session.language
        let store = session.store

        let name = file == "-" ? UserText.standardInput.text(in: language) : file
        let bytes: [UInt8]
        do {
            bytes = file == "-" ? try InputFile.standardInput(as: .reply, name: name) : try InputFile.bytes(file, as: .reply)
        } catch {
            throw CommandFailure.diagnostics(error, language)
        }
        let outcomes: [ReplyOutcome]
        do {
            outcomes = try await ReplyImport(store: store).run(bytes, vouchedSender: from, actorID: session.person, agreementID: agreement.id, now: SystemClock.now())
        } catch let problem as ReplyImport.Problem {
            let nothing = if case .document = problem { "" } else { "; " + UserText.nothingRecorded.text(in: language) }
            let location = SourceLocation(file: name, line: ReplyLocator.line(of: problem, in: bytes), column: 1)
            let field = if case .senderUnknown = problem { "--from" } else { "" }
            throw CommandFailure.diagnostics(DiagnosticsError([Diagnostic(
                location: location, field: field, problem: .replyRefused(problem.message(in: language) + nothing)
            )]), language)
        }
        for outcome in outcomes {
            switch outcome {
            case .recorded(let reply):
                Console.out(UserText.replyRecorded(uid: reply.meetingUID, attendee: reply.attendeeID, answer: reply.answer.text(in: language), sequence: reply.sequence).text(in: language) + "\n")
            case .stale(let uid, let attendee, let replySequence, let meetingSequence):
                Console.out(UserText.replyStale(uid: uid, attendee: attendee, replySequence: replySequence, meetingSequence: meetingSequence).text(in: language) + "\n")
            case .superseded(let uid, let attendee):
                Console.out(UserText.replySuperseded(uid: uid, attendee: attendee).text(in: language) + "\n")
            }
        }
    }


}

struct RsvpListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("list", .rsvpList) }

    @Option(help: .localized(.onlyMeeting, valueName: .meetingValue)) var meeting: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await Convening.session(asker, agreement: agreementOption, action: .readReplies)
        let meeting = try await MeetingArgument.uidIfGiven(self.meeting, session: session, asker: asker)
        try await session.store.recordAudit([AuditEntry(
            at: audit.at, actorID: audit.actorID, action: .readReplies, target: meeting ?? "all", allowed: true, rule: audit.rule,
            agreementID: agreement.id
        )])
        let language = session.language
        let book = ReplyBook(try await session.store.replies())
        let meetings = try await session.store.meetings(agreementID: agreement.id).filter { meeting == nil || $0.uid == meeting }
        let sent = Set(try await session.store.sentInvitations().filter { $0.method == .request }.map { $0.meetingUID + "\u{0}" + $0.attendee.id })
        var rows: [[String]] = []
        for meeting in meetings where meeting.status != .cancelled {
            for attendee in meeting.attendees where !attendee.isConvener && sent.contains(meeting.uid + "\u{0}" + attendee.id) {
                let answer = book.answer(of: attendee.id, to: meeting) ?? .needsAction
                rows.append([meeting.date.description, meeting.uid, attendee.id, attendee.name, answer.rawValue, answer.text(in: language)])
            }
        }
        let style = ListingStyle(format.format, language: language, zoneID: agreement.timeZoneID)
        try style.print(style.listing(.replies, rows: rows), empty: .replies)
    }
}
