import SamkalCore
import SamkalStore

/// `samkal participants import|add|end` and their API operations: the refugee service
/// keeps its agreement's participant register. Each change is audited with the change;
/// a refusal on its own, before anything is read into the store.
public struct ParticipantRegister: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The participants of a CSV file (`text`, named `file` in its problems) into
    /// `agreement`: all of them or, with any problem, none. Problems: `DiagnosticsError`.
    public func importFile(
        _ text: String, file: String, into agreement: Agreement, as person: String, now: UTCTimestamp
    ) async throws -> (count: Int, summary: ImportSummary) {
        let audit = try await AccessGuard(store: store).admit(.manageParticipants(target: "import"), by: person, on: agreement, now: now)
        let participants = try ParticipantCSV.parse(text, file: file, knownPeople: Set(agreement.people.keys))
        return (participants.count, try await store.importParticipants(participants, agreement: agreement, audit: audit, now: now))
    }

    /// One participant from named fields (the CSV's column names), added or, for a known
    /// case number, updated: whether it was new. Problems name the field (`DiagnosticsError`).
    public func add(fields: [String: String], into agreement: Agreement, as person: String, now: UTCTimestamp) async throws -> (participant: Participant, added: Bool) {
        let audit = try await AccessGuard(store: store).admit(
            .manageParticipants(target: fields["id"] ?? ""), by: person, on: agreement, now: now
        )
        let participant = try ParticipantCSV.participant(fields: fields, knownPeople: Set(agreement.people.keys)).get()
        let summary = try await store.importParticipants([participant], agreement: agreement, audit: audit, now: now)
        return (participant, summary.inserted == 1)
    }

    /// Ends participant `id`'s programme on `date` (today in the agreement's zone when nil),
    /// judged by the participant's own agreement (with `agreementID`, it must be that one):
    /// another municipality's refugee service is refused.
    public func end(id: String, on date: LocalDate?, agreementID: String?, as person: String, now: UTCTimestamp) async throws -> (participant: Participant, endedOn: LocalDate) {
        let agreement = try await AgreementChoice.owning(participant: id, expected: agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(.manageParticipants(target: id), by: person, on: agreement, now: now)
        let day = date ?? LocalDate.today(at: now, inZone: agreement.timeZoneID)
        return (try await store.endParticipant(id: id, on: day, audit: audit, now: now), day)
    }
}
