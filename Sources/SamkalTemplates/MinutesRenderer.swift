import SamkalCore

/// Renders a meeting's minutes (referat) through the templates: the latest revision in
/// full, with attendance, decisions and action items, and the earlier revisions below.
///
/// Pure apart from the templates it is given: names come from the agreement and the
/// participants the caller may see.
public struct MinutesRenderer: Sendable {
    public let library: TemplateLibrary

    public init(library: TemplateLibrary) {
        self.library = library
    }

    public static let templateNames = MinutesFormat.allCases.map(\.templateName)

    /// `participantNames` holds the participants the reader may know by name
    /// (`AccessPolicy.canView`); the others show as their case id, without the reason for an
    /// absence.
    public func render(
        meeting: PlannedMeeting,
        revisions: [MinutesRecord],
        actionItems: [ActionItem],
        agreement: Agreement,
        participantNames: [String: String],
        format: MinutesFormat,
        language: Language
    ) -> String {
        let context = Self.context(
            meeting: meeting, revisions: revisions, actionItems: actionItems,
            agreement: agreement, participantNames: participantNames, language: language
        )
        return library.render(context, with: format.templateName) ?? ""
    }

    static func context(
        meeting: PlannedMeeting,
        revisions: [MinutesRecord],
        actionItems: [ActionItem],
        agreement: Agreement,
        participantNames: [String: String],
        language: Language
    ) -> [String: Any] {
        func personName(_ id: String) -> String { agreement.people[id]?.name ?? id }
        let latest = revisions.last
        let attendance: [[String: Any]] = (latest?.attendance ?? []).map { mark in
            let name = mark.isParticipant
                ? "\(participantNames[mark.attendeeID] ?? mark.attendeeID) (\(language.pick(nb: "deltaker", nn: "deltakar", en: "participant")))"
                : personName(mark.attendeeID)
            var row: [String: Any] = ["name": name, "status": mark.status.text(in: language)]
            // A reason for a participant's absence is case data: only with their name.
            let mayKnowReason = !mark.isParticipant || participantNames[mark.attendeeID] != nil
            if mayKnowReason, let reason = mark.reason, !reason.isEmpty { row["reason"] = reason }
            return row
        }
        let items: [[String: Any]] = actionItems.map { item in
            [
                "id": String(item.id),
                "who": personName(item.assigneeID),
                "what": item.text,
                "due": item.due.description,
                "state": item.isOpen ? MinutesLabels.open(language) : MinutesLabels.done(language),
            ]
        }
        let history: [[String: Any]] = revisions.dropLast().reversed().map { record in
            [
                "revision": String(record.revision),
                "recordedAt": record.recordedAt.description,
                "author": personName(record.authorID),
                "text": record.text,
            ]
        }
        var context: [String: Any] = [
            "labels": MinutesLabels.all(language),
            "lang": language.rawValue,
            "title": meeting.title,
            "kind": meeting.kind.title(in: language),
            "date": meeting.date.description,
            "weekday": meeting.date.weekday.name(in: language),
            "time": "\(meeting.start)–\(meeting.end)",
            "location": meeting.location,
            "uid": meeting.uid,
            "agreement": agreement.name,
            "convener": meeting.organizer?.name ?? meeting.organizerID,
            "attendance": attendance,
            "hasAttendance": !attendance.isEmpty,
            "actionItems": items,
            "hasActionItems": !items.isEmpty,
            "history": history,
            "hasHistory": !history.isEmpty,
        ]
        if meeting.status == .cancelled { context["cancelled"] = true }
        if let latest {
            context["minutes"] = [
                "revision": String(latest.revision),
                "recordedAt": latest.recordedAt.description,
                "author": personName(latest.authorID),
                "text": latest.text,
                "decisions": latest.decisions,
                "hasDecisions": !latest.decisions.isEmpty,
            ] as [String: Any]
        }
        return context
    }
}
