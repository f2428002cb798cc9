/// Oppfølgingspunkt: something someone agreed to do by a date.
public struct ActionItem: Sendable, Hashable, Codable, Identifiable {
    public let id: Int64
    public let meetingUID: String
    public let assigneeID: String
    public let text: String
    public let due: LocalDate
    public let closedAt: UTCTimestamp?
    public let closedBy: String?

    public init(id: Int64, meetingUID: String, assigneeID: String, text: String, due: LocalDate, closedAt: UTCTimestamp?, closedBy: String?) {
        self.id = id
        self.meetingUID = meetingUID
        self.assigneeID = assigneeID
        self.text = text
        self.due = due
        self.closedAt = closedAt
        self.closedBy = closedBy
    }

    public var isOpen: Bool { closedAt == nil }
}

/// An action item as given on the command line, before it has an id:
/// `PERSON_ID|what|YYYY-MM-DD`.
public struct NewActionItem: Sendable, Hashable, Codable {
    public let assigneeID: String
    public let text: String
    public let due: LocalDate

    public init(assigneeID: String, text: String, due: LocalDate) {
        self.assigneeID = assigneeID
        self.text = text
        self.due = due
    }

    /// Parses `PERSON_ID|what|YYYY-MM-DD`; `nil` for any other shape or an impossible date.
    public init?(argument: String) {
        let parts = argument.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, let due = LocalDate(iso: parts[2]) else {
            return nil
        }
        self.init(assigneeID: parts[0], text: parts[1], due: due)
    }
}
