import ArgumentParser
import Foundation
import SamkalClient
import SamkalCore
import SamkalMail
import SamkalService
import SamkalStore

/// `samkal rsvp import|list`: the answers to invitations.
struct RsvpCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("rsvp", .rsvp, subcommands: [RsvpImportCommand.self, RsvpListCommand.self]) }
}

struct RsvpImportCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("import", .rsvpImport) }

    @Argument(help: .localized(.replyFile, valueName: .fileValue)) var file: String
    @Option(help: .localized(.replySender, valueName: .emailValue)) var from: String?
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let name = file == "-" ? UserText.standardInput.text(in: language) : file
        let outcomes: [ReplyOutcome]
        if let api = try await asker.remote() {
            outcomes = try await api.importReplies(try bytes(name: name, language: language), file: name, from: from, agreementID: agreementOption.id)
        } else {
            // The refugee service is admitted before the file is read.
            let (session, _, _) = try await Convening.session(asker, agreement: agreementOption, action: .recordReplies)
            let bytes = try bytes(name: name, language: language)
            do {
                outcomes = try await AccessGate.run(language: language) {
                    try await ReplyImport(store: session.store).record(
                        bytes, vouchedSender: from, agreementID: agreementOption.id, as: session.person, now: SystemClock.now()
                    )
                }
            } catch let problem as ReplyImport.Problem {
                throw CommandFailure.diagnostics(problem.diagnostics(in: bytes, file: name, language: language), language)
            }
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

    /// The reply's bytes, from the file or standard input (`-`), bounded.
    private func bytes(name: String, language: Language) throws -> [UInt8] {
        do {
            return file == "-" ? try InputFile.standardInput(as: .reply, name: name) : try InputFile.bytes(file, as: .reply)
        } catch {
            throw CommandFailure.diagnostics(error, language)
        }
    }
}

struct RsvpListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .rsvpList) }

    @Option(help: .localized(.onlyMeeting, valueName: .meetingValue)) var meeting: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let zoneID: String
        let rows: [ReplyListing.Row]
        if let api = try await asker.remote() {
            (zoneID, rows) = try await api.replies(agreementID: agreementOption.id, meeting: meeting)
        } else {
            // The refugee service is admitted before the meeting is looked up.
            let (session, agreement, _) = try await Convening.session(asker, agreement: agreementOption, action: .readReplies)
            let uid = try await MeetingArgument.uidIfGiven(meeting, session: session, asker: asker)
            let (_, found) = try await AccessGate.run(language: language) {
                try await ReplyListing(store: session.store).list(agreementID: agreement.id, meetingUID: uid, as: session.person, now: SystemClock.now())
            }
            (zoneID, rows) = (agreement.timeZoneID, found)
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        let listing = style.listing(.replies, rows: rows.map { row in
            [row.date.description, row.meetingUID, row.attendeeID, row.attendeeName, row.answer.rawValue, row.answer.text(in: language)]
        })
        try style.print(listing, empty: .replies)
    }
}
