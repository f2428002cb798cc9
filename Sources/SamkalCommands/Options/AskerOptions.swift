import ArgumentParser
import SamkalCore
import SamkalStore

/// The options of every command that touches personal data: who asks (`--as`), which
/// store (`--data`) and which language (`--lang`).
struct AskerOptions: ParsableArguments {
    @OptionGroup var identity: IdentityOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var languageOption: LanguageOption

    /// What a guarded command works with.
    struct Session {
        let language: Language
        let person: String
        let store: SQLiteStore
        /// The data directory (drafts of minutes live there, private).
        let dataDirectory: DataDirectory
    }

    func session() throws -> Session {
        let language = languageOption.language
        let person = try identity.person(language)
        return Session(language: language, person: person, store: try storeOptions.open(language: language), dataDirectory: storeOptions.dataDirectory)
    }
}
