import ArgumentParser
import Foundation
import Logging
import SamkalClient
import SamkalCore
import SamkalService
import SamkalSMTP
import SamkalStore

/// `samkal invite`: the refugee service convenes (kaller inn). Every new or changed
/// meeting gets an iMIP REQUEST to each attendee, every cancelled one a CANCEL; the
/// messages go through the durable outbox to SMTP, or to `.eml` files.
struct InviteCommand: AsyncParsableCommand, RunsAgainstServer {
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
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            if outboxDir != nil { throw ValidationError(ClientText.deliveredByServer("--outbox-dir").text(in: language)) }
            if smtp.host != nil { throw ValidationError(ClientText.deliveredByServer("--smtp-host").text(in: language)) }
            let run = try await api.invite(agreementID: agreementOption.id, meeting: meeting, dryRun: dryRun, retries: retries)
            try Self.report(run, dryRun: dryRun, language: language)
            return
        }
        let (session, agreement, _) = try await Convening.session(asker, agreement: agreementOption, action: .sendInvitations)
        let store = session.store
        let smtpConfiguration = try smtp.configuration(language: language)
        let now = SystemClock.now()
        let service = InvitationService(store: store, identity: try await asker.storeOptions.identity(of: store, language: language), renderer: try TemplateLocator.invitationRenderer())
        let meeting = try await MeetingArgument.uidIfGiven(self.meeting, session: session, asker: asker)
        let composed: [(line: InvitationService.Line, message: NewOutboxMessage)]
        do {
            composed = try await service.compose(agreement, onlyUID: meeting, language: language, now: now)
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        } catch InvitationComposer.Problem.badAddress(let person, let address) {
            Console.error(UserText.error(UserText.badAddress(person: person, address: address).text(in: language)).text(in: language))
            throw ExitCode.failure
        } catch InvitationComposer.Problem.invalidCalendar(let uid, let problems) {
            Console.error(UserText.invalidInvitationCalendar(uid: uid, problems: problems.joined(separator: "; ")).text(in: language))
            throw ExitCode.failure
        }
        if dryRun {
            try Self.report(.init(lines: composed.map(\.line), added: 0, due: 0, delivery: nil), dryRun: true, language: language)
            return
        }
        let (added, due) = try await service.queue(composed.map(\.message), agreement: agreement, onlyUID: meeting, as: session.person, now: now)
        var delivery: OutboxDelivery.Summary?
        if !due.isEmpty {
            var outbox = OutboxDelivery(store: store, clock: { SystemClock.now() })
            outbox.retriesPerRun = retries
            if let outboxDir {
                Console.out(UserText.invitationsQueued(added).text(in: language) + "\n")
                if markSent {
                    let summary = try await outbox.write(due, to: outboxDir)
                    Console.out(InvitationFilesText.handedOver(count: summary.sent, directory: outboxDir).text(in: language) + "\n")
                } else {
                    let written = try outbox.export(due, to: outboxDir)
                    Console.out(InvitationFilesText.exported(count: written, directory: outboxDir).text(in: language) + "\n")
                }
                return
            }
            if let smtpConfiguration {
                delivery = try await outbox.send(due, via: SMTPClient(configuration: smtpConfiguration, logger: Logger(label: "samkal.smtp")))
            }
        }
        try Self.report(.init(lines: [], added: added, due: due.count, delivery: delivery), dryRun: false, language: language)
    }

    /// What a run did, as the command says it, in both modes: what a dry run would send;
    /// else how many were queued and how delivery went (status 75 while some wait, 1 when
    /// some failed or delivery stopped).
    static func report(_ run: InvitationOutcome, dryRun: Bool, language: Language) throws {
        if dryRun {
            for line in run.lines {
                Console.out("\(line.method == .request ? "REQUEST" : "CANCEL ") seq \(line.sequence)  \(line.date) \(line.start)  \(line.recipient)  \(line.subject)\n")
            }
            Console.out(UserText.invitationsDryRun(run.lines.count).text(in: language) + "\n")
            return
        }
        Console.out(UserText.invitationsQueued(run.added).text(in: language) + "\n")
        guard run.due > 0 else { return }
        guard let summary = run.delivery else {
            Console.error(UserText.note(UserText.noSMTPServer(waiting: run.due).text(in: language)).text(in: language))
            throw ExitCode(75)
        }
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

enum Convening {
    /// The session and the stored agreement, once the asker is known to be of the refugee
    /// service; a refusal is audited under `action`.
    static func session(
        _ asker: AskerOptions, agreement: AgreementOption, action: AuditEntry.Action
    ) async throws -> (AskerOptions.Session, Agreement, AuditEntry) {
        try await asker.guardedSession(agreementID: agreement.id, .convene(action))
    }
}
