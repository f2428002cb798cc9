import Foundation
import SamkalCore
import SamkalStore

/// The stored meetings as a person may find them: listed with their short references
/// (`samkal meetings`), and a typed meeting — a UID or a short reference — resolved to its
/// UID for every command that takes one. Each meeting is shown only as the need-to-know
/// rule lets the asker see it (`AccessPolicy.listing`); a listing that shows meetings
/// about participants is audited with the rule that showed them.
public struct MeetingDirectory: Sendable {
    public let store: any RecordsStore
    /// The installation's secret: references of UIDs of the earlier, readable form.
    public let identity: MeetingIdentity

    public init(store: any RecordsStore, identity: MeetingIdentity) {
        self.store = store
        self.identity = identity
    }

    /// The meetings of every agreement the asker belongs to that match `filter` and that
    /// they may see, not cancelled, by day and time. Refused (and audited) for someone in
    /// no stored agreement.
    public func list(_ filter: MeetingFilter, as personID: String, now: UTCTimestamp, language: Language) async throws -> AccessResult<MeetingList> {
        let identity = identity
        return try await store.records { records in
            let all = try Self.stored(records)
            guard let home = all.first(where: { $0.policy.people[personID] != nil }) else {
                try records.audit(AuditEntry(at: now, actorID: personID, action: .listMeetings, target: "meetings", allowed: false, rule: .unknownPerson))
                return .refused(.unknownPerson)
            }
            let today = Self.today(now, in: home.timeZoneID)
            guard let range = filter.span(today: today) else {
                throw MeetingFilter.Problem.toBeforeFrom(from: filter.from ?? today, to: filter.to ?? today)
            }
            let index = MeetingReferenceIndex(uids: all.flatMap { $0.meetings.map(\.uid) }, identity: identity)
            var listed: [ListedMeeting] = []
            var aboutParticipants: Set<String> = []
            for agreement in all where agreement.policy.people[personID] != nil {
                for meeting in agreement.meetings where meeting.status != .cancelled && range.contains(meeting.date) {
                    guard let row = Self.row(meeting, policy: agreement.policy, index: index, as: personID, language: language),
                          Self.matches(row, meeting, filter: filter, policy: agreement.policy, as: personID)
                    else { continue }
                    listed.append(row)
                    if meeting.participantID != nil { aboutParticipants.insert(meeting.uid) }
                }
            }
            listed.sort { ($0.date, $0.start, $0.reference) < ($1.date, $1.start, $1.reference) }
            try Self.audit(listed.filter { aboutParticipants.contains($0.uid) }, target: nil, as: personID, now: now, in: all, records)
            return .allowed(MeetingList(range: range, meetings: listed), rule: .invitedToMeeting)
        }
    }

    /// The UID of the meeting `typed` names: a stored UID as it is, or a short reference
    /// (`M-4F7KQ`, any case, with or without `M-`). Throws `MeetingReferenceProblem` when
    /// it names none, or several — then with the candidates the asker may see, a listing
    /// audited like any other. Whether the asker may do anything with the meeting is for
    /// the command's own rule to decide.
    public func resolve(_ typed: String, as personID: String, now: UTCTimestamp, language: Language) async throws -> String {
        let identity = identity
        let text = typed.trimmingCharacters(in: .whitespaces)
        let outcome: Result<String, MeetingReferenceProblem> = try await store.records { records in
            for candidate in [text, text.lowercased()] {
                if try records.meeting(uid: candidate) != nil { return .success(candidate) }
            }
            guard !text.contains("@") else { return .failure(.unknown(typed)) }
            let all = try Self.stored(records)
            let index = MeetingReferenceIndex(uids: all.flatMap { $0.meetings.map(\.uid) }, identity: identity)
            let uids = index.uids(matching: text)
            if uids.count == 1 { return .success(uids[0]) }
            guard !uids.isEmpty else { return .failure(.unknown(typed)) }
            let wanted = Set(uids)
            var candidates: [ListedMeeting] = []
            var aboutParticipants: Set<String> = []
            for agreement in all {
                for meeting in agreement.meetings where wanted.contains(meeting.uid) {
                    guard let row = Self.row(meeting, policy: agreement.policy, index: index, as: personID, language: language) else { continue }
                    candidates.append(row)
                    if meeting.participantID != nil { aboutParticipants.insert(meeting.uid) }
                }
            }
            candidates.sort { ($0.date, $0.start, $0.reference) < ($1.date, $1.start, $1.reference) }
            try Self.audit(candidates.filter { aboutParticipants.contains($0.uid) }, target: text, as: personID, now: now, in: all, records)
            return .failure(.ambiguous(typed, candidates: candidates))
        }
        return try outcome.get()
    }

    // MARK: Pieces

    private struct StoredAgreement {
        let id: String
        let policy: AccessPolicy
        let timeZoneID: String
        let meetings: [PlannedMeeting]
    }

    private static func stored(_ records: any RecordsTransaction) throws -> [StoredAgreement] {
        let ids = try records.agreementIDs()
        guard !ids.isEmpty else { throw StoreError.noAgreement }
        return try ids.map { id in
            StoredAgreement(id: id, policy: try records.policy(agreementID: id), timeZoneID: try records.agreement(id: id).timeZoneID, meetings: try records.meetings(agreementID: id))
        }
    }

    /// The meeting as the asker may see it, `nil` if not at all.
    private static func row(
        _ meeting: PlannedMeeting, policy: AccessPolicy, index: MeetingReferenceIndex, as personID: String, language: Language
    ) -> ListedMeeting? {
        let (disclosure, rule) = policy.listing(of: meeting, as: personID)
        guard disclosure != .hidden, let reference = index.reference(of: meeting.uid) else { return nil }
        let name = meeting.participantID.flatMap { policy.participants[$0]?.name }
        return ListedMeeting(meeting, reference: reference, disclosure: disclosure, rule: rule, participantName: name, language: language)
    }

    /// The filter, applied to what the asker sees: kind and participant only where the view
    /// shows them (an interpreter's does not, so filtering cannot tell her either).
    private static func matches(
        _ row: ListedMeeting, _ meeting: PlannedMeeting, filter: MeetingFilter, policy: AccessPolicy, as personID: String
    ) -> Bool {
        if filter.mine, meeting.organizerID != personID, !meeting.involves(personID: personID) { return false }
        if let kind = filter.kind, row.kind != kind { return false }
        if let participantID = filter.participantID {
            if row.participantID == participantID { return true }
            guard row.kind == .infoMeeting, let participant = policy.participants[participantID],
                  policy.canView(participantID: participantID, as: personID).allowed
            else { return false }
            return AttendanceReport.expects(meeting, participant: participant)
        }
        return true
    }

    /// One audit entry per agreement and rule that showed `shown` (meetings about
    /// participants), naming them — each in the log of the agreement the meetings belong
    /// to; nothing when none was shown.
    private static func audit(
        _ shown: [ListedMeeting], target: String?, as personID: String, now: UTCTimestamp, in all: [StoredAgreement],
        _ records: any RecordsTransaction
    ) throws {
        var agreementOf: [String: String] = [:]
        for agreement in all { for meeting in agreement.meetings { agreementOf[meeting.uid] = agreement.id } }
        let byAgreement = Dictionary(grouping: shown) { agreementOf[$0.uid] ?? "" }
        for agreementID in byAgreement.keys.sorted() {
            let byRule = Dictionary(grouping: byAgreement[agreementID] ?? [], by: \.rule)
            for rule in byRule.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                let uids = (byRule[rule] ?? []).map(\.uid).joined(separator: ",")
                try records.audit(AuditEntry(
                    at: now, actorID: personID, action: .listMeetings,
                    target: target.map { "\($0): \(uids)" } ?? uids, allowed: true, rule: rule,
                    agreementID: agreementID.isEmpty ? nil : agreementID
                ))
            }
        }
    }

    private static func today(_ now: UTCTimestamp, in zoneID: String) -> LocalDate {
        LocalDate.today(at: now, inZone: zoneID)
    }
}
