import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `--agreement ID`: which stored agreement a command concerns. Needed only when several
/// are stored; without it the command then fails with their ids (it never picks one).
struct AgreementOption: ParsableArguments {
    @Option(name: .customLong("agreement"), help: .localized(.chosenAgreement, valueName: .agreementIDValue))
    var id: String?

    func agreement(in store: any SamkalStore, language: Language) async throws -> Agreement {
        try await Self.choose(id, in: store, language: language)
    }

    static func choose(_ id: String?, in store: any SamkalStore, language: Language) async throws -> Agreement {
        do {
            return try await AgreementChoice.resolve(id, in: store)
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
    }
}
