import Foundation
import SamkalCore
import SamkalStore

/// Records the answers a reply document carries, for the person who sent it: the mail's
/// `From`, or for a bare `.ics` the address the operator vouches for (both given must
/// agree). All or nothing: one problem and nothing is recorded.
public struct ReplyImport: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// Why nothing was recorded.
    public enum Problem: Error, Sendable {
        case document(ReplyDocument.Problem)
        case senderMismatch(vouched: String, sender: String)
        case senderUnknown
        case reply(ReplyProblem)

        public func message(in language: Language) -> String {
            switch self {
            case .document(let problem): problem.message(in: language)
            case .senderMismatch(let vouched, let sender): UserText.replyFromMismatch(vouched: vouched, sender: sender).text(in: language)
            case .senderUnknown: UserText.bareCalendarNeedsSender.text(in: language)
            case .reply(let problem): problem.message(in: language)
            }
        }
    }

    /// What became of each answer; the recorded ones are stored, audited as `actorID`'s.
    /// With `agreementID`, a meeting of another agreement is unknown here.
    public func run(
        _ bytes: [UInt8], vouchedSender: String?, actorID: String, agreementID: String? = nil, now: UTCTimestamp
    ) async throws -> [ReplyOutcome] {
        let document: ReplyDocument
        do { document = try ReplyDocument.read(bytes) } catch { throw Problem.document(error) }
        let vouched = vouchedSender?.trimmingCharacters(in: .whitespaces)
        if let vouched, let sender = document.sender, vouched.lowercased() != sender.lowercased() {
            throw Problem.senderMismatch(vouched: vouched, sender: sender)
        }
        guard let sender = document.sender ?? vouched else { throw Problem.senderUnknown }
        var meetings: [String: PlannedMeeting] = [:]
        for uid in Set(document.replies.map(\.uid)) {
            guard let meeting = try await store.meeting(uid: uid) else { continue }
            if let agreementID, try await store.agreementID(ofMeeting: uid) != agreementID { continue }
            meetings[uid] = meeting
        }
        switch ReplyMatcher.match(document.replies, sender: sender, meetings: meetings, recorded: try await store.replies(), now: now) {
        case .failure(let problem):
            throw Problem.reply(problem)
        case .success(let outcomes):
            let recorded = outcomes.compactMap { outcome -> MeetingReply? in
                if case .recorded(let reply) = outcome { return reply }
                return nil
            }
            if !recorded.isEmpty { try await store.recordReplies(recorded, actorID: actorID, now: now) }
            return outcomes
        }
    }
}
