import ArgumentParser
import Foundation
import Logging
import SamkalCore
import SamkalService
import SamkalSMTP
import SamkalStore

/// `samkal invite`: the refugee service convenes (kaller inn). Every new or changed
/// meeting gets an iMIP REQUEST to each attendee, every cancelled one a CANCEL; the
/// messages go through the durable outbox to SMTP, or to `.eml` files.
struct InviteCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("invite", .invite) }

    @Option(help: .localized(.onlyMeeting, valueName: .meetingValue)) var meeting: String?
    @Flag(help: .localized(.pending)) var pending = false
    @Flag(help: .localized(.inviteDryRun)) var dryRun = false
    @Option(help: .localized(.outboxDirectory, valueName: .directoryValue)) var outboxDir: String?
    @Flag(help: .localized(.markSent)) var markSent = false
    @Option(help: .localized(.retries, valueName: .countValue)) var retries = 3
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions
    @OptionGroup var smtp: SMTPOptions

    func validate() throws {
        let language = CommandLanguage.current
        if meeting != nil && pending { throw ValidationError(OptionProblemText.notTogether("--meeting", "--pending").text(in: language)) }
        if retries < 1 { throw ValidationError(OptionProblemText.atLeast(option: "--retries", minimum: 1).text(in: language)) }
        if markSent && outboxDir == nil {
            throw ValidationError(InvitationFilesText.markSentNeedsDirectory.text(in: language))
        }
    }

    func run() async throws {
        let (session, agreement, _) = try await Convening.session(asker, agreement: agreementOption, action: .sendInvitations)
        let language = session.language
        let store = session.store
        let smtpConfiguration = try smtp.configuration(language: language)
        let now = SystemClock.now()
        let run = InvitationRun(store: store, identity: try asker.storeOptions.identity(language: language))
        let meeting = try await MeetingArgument.uidIfGiven(self.meeting, session: session, asker: asker)
        let composed: [(task: InvitationTask, message: NewOutboxMessage)]
        do {
            composed = try await run.compose(
                agreement, onlyUID: meeting, today: SystemClock.today(in: agreement.timeZoneID),
                renderer: try TemplateLocator.invitationRenderer(), language: language, now: now
            )
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        } catch InvitationComposer.Problem.badAddress(let person, let address) {
            Console.error(UserText.error(UserText.badAddress(person: person, address: address).text(in: language)).text(in: language))
            throw ExitCode.failure
        } catch InvitationComposer.Problem.invalidCalendar(let uid, let problems) {
            Console.error(UserText.invalidInvitationCalendar(uid: uid, problems: problems.joined(separator: "; ")).text(in: language))
            throw ExitCode.failure
        }
        let messages = composed.map(\.message)

        if dryRun {
            for (task, message) in composed {
                Console.out("\(task.method == .request ? "REQUEST" : "CANCEL ") seq \(task.meeting.sequence)  \(task.meeting.date) \(task.meeting.start)  \(message.recipient)  \(message.subject)\n")
            }
            Console.out(UserText.invitationsDryRun(messages.count).text(in: language) + "\n")
            return
        }

        let (added, queued) = try await run.enqueue(messages, actorID: session.person, onlyUID: meeting, now: now)
        // Only this agreement's messages leave: another municipality sends its own.
        let uids = Set(try await store.meetings(agreementID: agreement.id).map(\.uid))
        let due = queued.filter { uids.contains($0.invitation.meetingUID) }
        Console.out(UserText.invitationsQueued(added).text(in: language) + "\n")
        guard !due.isEmpty else { return }

        var delivery = OutboxDelivery(store: store, clock: { SystemClock.now() })
        delivery.retriesPerRun = retries
        let summary: OutboxDelivery.Summary
        if let outboxDir {
            if markSent {
                summary = try await delivery.write(due, to: outboxDir)
                Console.out(InvitationFilesText.handedOver(count: summary.sent, directory: outboxDir).text(in: language) + "\n")
            } else {
                let written = try delivery.export(due, to: outboxDir)
                Console.out(InvitationFilesText.exported(count: written, directory: outboxDir).text(in: language) + "\n")
            }
            return
        }
        guard let smtpConfiguration else {
            Console.error(UserText.note(UserText.noSMTPServer(waiting: due.count).text(in: language)).text(in: language))
            throw ExitCode(75)
        }
        summary = try await delivery.send(due, via: SMTPClient(configuration: smtpConfiguration, logger: Logger(label: "samkal.smtp")))
        Console.out(UserText.deliverySummary(sent: summary.sent, waiting: summary.waiting, failed: summary.failed).text(in: language) + "\n")
        for error in summary.errors { Console.error("  " + error) }
        if let stoppedBy = summary.stoppedBy {
            Console.error(UserText.error(UserText.deliveryStopped(stoppedBy).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        if summary.failed > 0 { throw ExitCode.failure }
        // EX_TEMPFAIL: some messages wait for a later run.
        if summary.waiting > 0 { throw ExitCode(75) }
    }
}

/// Only the refugee service convenes (kaller inn) and records the answers.
enum Convening {
    /// The session and the stored agreement, once the asker is known to be of the refugee
    /// service; a refusal is audited under `action`.
    static func session(
        _ asker: AskerOptions, agreement: AgreementOption, action: AuditEntry.Action
    ) async throws -> (AskerOptions.Session, Agreement, AuditEntry) {
        try await asker.guardedSession(agreementID: agreement.id, .convene(action))
    }
}
