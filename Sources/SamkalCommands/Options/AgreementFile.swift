import ArgumentParser
import Foundation
import SamkalCore
import SamkalService
import SamkalStore

/// An agreement file as a command loads it: the agreements its `from:` names are found
/// beside it (`<id>.yaml`) or, failing that, in the store — opened only then, and only if it
/// exists, so checking or planning a file that names no one creates nothing.
enum AgreementFile {
    static func load(
        _ path: String, storeOptions: StoreOptions, known: [String: Agreement] = [:], language: Language
    ) async throws -> Agreement {
        do {
            return try AgreementLoader.load(path: path, known: known)
        } catch let error where error.needsStoredAgreements && storeOptions.storeExists {
            let store = try storeOptions.open(language: language)
            let stored = try await AgreementLoader.storedAgreements(in: store)
            do {
                return try AgreementLoader.load(path: path, known: known, stored: stored)
            } catch {
                Console.error(error.formatted(in: language))
                throw ExitCode.failure
            }
        } catch {
            Console.error(error.formatted(in: language))
            throw ExitCode.failure
        }
    }
}

extension DiagnosticsError {
    /// Whether a `from:` named an agreement that was not found beside the file.
    var needsStoredAgreements: Bool {
        diagnostics.contains { if case .unknownReferencedAgreement = $0.problem { true } else { false } }
    }
}

extension StoreOptions {
    /// Whether a store was ever made in the data directory (a database is taken to exist).
    var storeExists: Bool {
        databaseURLText != nil || FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("samkal.sqlite"))
    }

    /// The store as messages name it: the data directory, or the database URL without its password.
    var storeDescription: String {
        guard let text = databaseURLText else { return directory }
        return (try? DatabaseURL(text).description) ?? "PostgreSQL"
    }
}
