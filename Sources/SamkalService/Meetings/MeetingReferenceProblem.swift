import SamkalCore

/// A meeting given on the command line (or to the API) that names no single meeting.
public enum MeetingReferenceProblem: Error, Sendable, Hashable {
    /// Neither a stored UID nor the beginning of any meeting's reference.
    case unknown(String)
    /// The beginning of several meetings' references; `candidates` are those the asker may
    /// see, as they may see them (possibly none).
    case ambiguous(String, candidates: [ListedMeeting])

    public func message(in language: Language) -> String {
        switch self {
        case .unknown(let typed):
            return MeetingListText.unknownReference(typed).text(in: language)
        case .ambiguous(let typed, let candidates):
            var lines = [MeetingListText.ambiguousReference(typed, listed: !candidates.isEmpty).text(in: language)]
            for candidate in candidates {
                lines.append("  \(candidate.reference)  \(candidate.date) \(candidate.start)–\(candidate.end)  \(candidate.title)")
            }
            return lines.joined(separator: "\n")
        }
    }
}
