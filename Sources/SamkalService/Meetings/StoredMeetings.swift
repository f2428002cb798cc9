import SamkalCore
import SamkalStore

/// Every stored meeting, by agreement, read once in a records transaction, with the short
/// references (`M-…`) they have: unique over all agreements, as every command resolves them.
public struct StoredMeetings: Sendable {
    public let byAgreement: [String: [PlannedMeeting]]
    public let references: MeetingReferenceIndex

    public init(_ records: any RecordsTransaction, identity: MeetingIdentity) throws {
        var byAgreement: [String: [PlannedMeeting]] = [:]
        for id in try records.agreementIDs() { byAgreement[id] = try records.meetings(agreementID: id) }
        self.byAgreement = byAgreement
        references = MeetingReferenceIndex(uids: byAgreement.values.joined().map(\.uid), identity: identity)
    }

    public func meetings(of agreementID: String) -> [PlannedMeeting] { byAgreement[agreementID] ?? [] }

    /// The agreement each meeting belongs to, by UID.
    public var agreementByUID: [String: String] {
        var found: [String: String] = [:]
        for (agreement, meetings) in byAgreement {
            for meeting in meetings { found[meeting.uid] = agreement }
        }
        return found
    }
}
