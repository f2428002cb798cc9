import SamkalCore
import SamkalStore

/// Internkontroll: the report of what an agreement requires against what happened in a
/// year, for the refugee service (every participant) and the parties' leaders (the
/// participants as counts). Every read is audited with the participants it showed; a
/// refusal is audited too. The command line, the API and the web pages all ask here.
public struct InternalControlService: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The years a report covers.
    public static let years = 2000...2100

    /// The report of the agreement (`agreementID`, or the only one stored) for `year`, as
    /// `personID` may read it, made on the day `now` is in the agreement's time zone unless
    /// `asOf` says another.
    public func report(
        agreementID: String?, year: Int, asOf: LocalDate? = nil, as personID: String, now: UTCTimestamp
    ) async throws -> AccessResult<InternalControlReport> {
        let agreementID = try await AgreementChoice.resolve(agreementID, in: store).id
        let identity = try await store.identity()
        let unplaced = try await store.latestPlanVersion(agreementID: agreementID)?.unplaced ?? []
        return try await store.records { records in
            let policy = try records.policy(agreementID: agreementID)
            let agreement = try records.agreement(id: agreementID)
            let (decision, showsParticipants) = policy.canReadInternalControl(as: personID)
            let participants = policy.participants.values.sorted { $0.id < $1.id }
            let target = "\(year):" + (showsParticipants ? participants.map(\.id).joined(separator: ",") : "counts")
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .readInternalControl, target: target,
                allowed: decision.allowed, rule: decision.rule, agreementID: agreementID
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            var minutes: [String: Int] = [:]
            for latest in try records.latestMinutes() where latest.agreementID == agreementID {
                minutes[latest.meetingUID] = latest.revision
            }
            let stored = try StoredMeetings(records, identity: identity)
            var reasons: [String: PlanNote] = [:]
            for meeting in unplaced { reasons[meeting.uid] = meeting.note }
            let builder = InternalControlBuilder(
                agreement: agreement, participants: participants, year: year,
                asOf: asOf ?? LocalDate.today(at: now, inZone: agreement.timeZoneID),
                meetings: stored.meetings(of: agreementID), minutes: minutes, unplaced: reasons, identity: identity,
                references: stored.references
            )
            return .allowed(builder.report(showingParticipants: showsParticipants), rule: decision.rule)
        }
    }
}
