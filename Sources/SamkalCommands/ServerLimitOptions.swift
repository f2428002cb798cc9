import ArgumentParser
import Foundation
import SamkalCore
import SamkalServer

/// `samkal serve`'s limits on clients and its log buffer, each a flag or an environment
/// variable (the flag wins), with defaults from `ServerLimits` and `LogBuffer`.
struct ServerLimitOptions: ParsableArguments {
    @Option(help: .localized(.idleTimeout, valueName: .secondsValue))
    var idleTimeout: String?
    @Option(help: .localized(.headerTimeout, valueName: .secondsValue))
    var headerTimeout: String?
    @Option(help: .localized(.maxConnections, valueName: .countValue))
    var maxConnections: String?
    @Option(help: .localized(.logBufferLines, valueName: .linesValue))
    var logBufferLines: String?

    /// The limits asked for; the connection limit as given, before `OpenFileLimit` has a say.
    func limits(language: Language) throws -> ServerLimits {
        ServerLimits(
            idleTimeout: try seconds(idleTimeout, flag: "--idle-timeout", variable: "SAMKAL_IDLE_TIMEOUT", language: language)
                ?? ServerLimits.defaultIdleTimeout,
            headerReadTimeout: try seconds(headerTimeout, flag: "--header-timeout", variable: "SAMKAL_HEADER_TIMEOUT", language: language)
                ?? ServerLimits.defaultHeaderReadTimeout,
            maxConnections: try count(maxConnections, flag: "--max-connections", variable: "SAMKAL_MAX_CONNECTIONS", language: language)
                ?? ServerLimits.defaultMaxConnections
        )
    }

    func logBufferCapacity(language: Language) throws -> Int {
        try count(logBufferLines, flag: "--log-buffer-lines", variable: "SAMKAL_LOG_BUFFER_LINES", language: language)
            ?? LogBuffer.defaultCapacity
    }

    private func seconds(_ option: String?, flag: String, variable: String, language: Language) throws -> Duration? {
        guard case let (value, source)? = given(option, flag: flag, variable: variable) else { return nil }
        guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
            throw ValidationError(UserText.notPositive(flag: source, value: value).text(in: language))
        }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    private func count(_ option: String?, flag: String, variable: String, language: Language) throws -> Int? {
        guard case let (value, source)? = given(option, flag: flag, variable: variable) else { return nil }
        guard let count = Int(value), count > 0 else {
            throw ValidationError(UserText.notPositive(flag: source, value: value).text(in: language))
        }
        return count
    }

    /// The value and where it came from (the flag or the variable), or `nil` when neither gives one.
    private func given(_ option: String?, flag: String, variable: String) -> (value: String, source: String)? {
        if let option { return (option, flag) }
        if let value = ProcessInfo.processInfo.environment[variable] { return (value, variable) }
        return nil
    }
}
