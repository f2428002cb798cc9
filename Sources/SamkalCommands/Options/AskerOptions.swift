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

    /// A session, the stored agreement (`agreementID`, or the only one stored) and the audit
    /// entry of an operation the need-to-know rule admitted; a refusal is audited and ends
    /// the command with status 77.
    func guardedSession(
        agreementID: String? = nil, _ operation: GuardedOperation
    ) async throws -> (session: Session, agreement: Agreement, audit: AuditEntry) {
        let session = try session()
        guard let agreement = try await session.store.agreement(id: agreementID) else {
            throw CommandFailure.store(.noAgreement, session.language)
        }
        let audit = try await AccessGate.admit(
            operation, person: session.person, agreement: agreement, store: session.store, language: session.language
        )
        return (session, agreement, audit)
    }
}
