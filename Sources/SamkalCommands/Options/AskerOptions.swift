import ArgumentParser
import SamkalCore
import SamkalStore

/// The options of every command the need-to-know rule guards: who asks (`--as`), which
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
    }

    func session() throws -> Session {
        let language = languageOption.language
        return Session(language: language, person: try identity.person(language), store: try storeOptions.open())
    }
}
