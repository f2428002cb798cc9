import ArgumentParser
import Foundation
import SamkalCore

/// `--as PERSON_ID` (or `SAMKAL_USER`): who is asking, for the need-to-know rule.
struct IdentityOption: ParsableArguments {
    @Option(name: .customLong("as"), help: .localized(.asker, valueName: .personIDValue))
    var explicitPerson: String?

    func person(_ language: Language) throws -> String {
        if let explicitPerson, !explicitPerson.isEmpty { return explicitPerson }
        if let value = ProcessInfo.processInfo.environment["SAMKAL_USER"], !value.isEmpty { return value }
        throw ValidationError(UserText.identityRequired.text(in: language))
    }
}
