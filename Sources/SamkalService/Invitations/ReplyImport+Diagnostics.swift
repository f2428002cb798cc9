import SamkalCore

extension ReplyImport.Problem {
    /// The problem where it is in the reply `bytes` read from `file`, as `rsvp import`
    /// says it (on the command line and through the API alike): nothing was recorded,
    /// except when the file could not be read as a reply at all.
    public func diagnostics(in bytes: [UInt8], file: String, language: Language) -> DiagnosticsError {
        let nothing = if case .document = self { "" } else { "; " + UserText.nothingRecorded.text(in: language) }
        let location = SourceLocation(file: file, line: ReplyLocator.line(of: self, in: bytes), column: 1)
        let field = if case .senderUnknown = self { "--from" } else { "" }
        return DiagnosticsError([Diagnostic(location: location, field: field, problem: .replyRefused(message(in: language) + nothing))])
    }
}

extension ReplyImport {
    /// `rsvp import` as the refugee service of `agreementID` (or the only agreement): the
    /// asker admitted first (a refusal is audited), then `run` for that agreement's meetings.
    public func record(
        _ bytes: [UInt8], vouchedSender: String?, agreementID: String?, as person: String, now: UTCTimestamp
    ) async throws -> [ReplyOutcome] {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        _ = try await AccessGuard(store: store).admit(.convene(.recordReplies), by: person, on: agreement, now: now)
        return try await run(bytes, vouchedSender: vouchedSender, actorID: person, agreementID: agreement.id, now: now)
    }
}
