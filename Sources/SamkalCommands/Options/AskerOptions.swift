import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// The global options, the same on every command (every leaf of `samkal`'s tree has
/// `@OptionGroup var asker: AskerOptions`; ArgumentParser has no inherited options): which
/// language (`--lang`), who asks (`--as`) and which store (`--data`). `--help` shows them
/// under one heading. A command that reads no personal data accepts `--as` and `--data`
/// all the same, so one command line works everywhere.
struct AskerOptions: ParsableArguments {
    // One heading for the three: ArgumentParser titles the options of the group a title is
    // declared on, so each of them carries it and commands need no title of their own.
    @OptionGroup(title: OptionHelp.globalHeading.text(in: CommandLanguage.current)) var languageOption: LanguageOption
    @OptionGroup(title: OptionHelp.globalHeading.text(in: CommandLanguage.current)) var identity: IdentityOption
    @OptionGroup(title: OptionHelp.globalHeading.text(in: CommandLanguage.current)) var storeOptions: StoreOptions

    /// What a guarded command works with.
    struct Session {
        let language: Language
        let person: String
        let store: any SamkalStore
        /// The data directory (drafts of minutes live there, private).
        let dataDirectory: DataDirectory
    }

    func session() throws -> Session {
        let language = languageOption.language
        let person = try identity.person(language)
        return Session(language: language, person: person, store: try storeOptions.open(language: language), dataDirectory: storeOptions.dataDirectory)
    }

    /// A session, the stored agreement (`agreementID`, or the only one stored: never one of
    /// several) and the audit entry of an operation the need-to-know rule admitted; a
    /// refusal is audited and ends the command with status 77.
    func guardedSession(
        agreementID: String?, _ operation: GuardedOperation
    ) async throws -> (session: Session, agreement: Agreement, audit: AuditEntry) {
        let session = try session()
        let agreement = try await AgreementOption.choose(agreementID, in: session.store, language: session.language)
        let audit = try await AccessGate.admit(
            operation, person: session.person, agreement: agreement, store: session.store, language: session.language
        )
        return (session, agreement, audit)
    }

    /// As `guardedSession(agreementID:_:)`, for an operation on one participant: the
    /// agreement is the participant's own (with `agreementID`, it must be that one).
    func guardedSession(
        participant: String, agreementID: String?, _ operation: GuardedOperation
    ) async throws -> (session: Session, agreement: Agreement, audit: AuditEntry) {
        let session = try session()
        let agreement: Agreement
        do {
            agreement = try await AgreementChoice.owning(participant: participant, expected: agreementID, in: session.store)
        } catch let error as StoreError {
            throw CommandFailure.store(error, session.language)
        }
        let audit = try await AccessGate.admit(
            operation, person: session.person, agreement: agreement, store: session.store, language: session.language
        )
        return (session, agreement, audit)
    }
}
