import SamkalCore

/// The DESCRIPTION of a meeting: the agenda (saksliste), who convenes, and the agreement.
enum MeetingDescription {
    static func text(for meeting: PlannedMeeting, agreement: Agreement, language: Language) -> String {
        let nb = language == .nb
        var lines: [String] = []
        if meeting.kind == .infoMeeting {
            lines.append(nb
                ? "For alle deltakere i introduksjonsprogrammet."
                : "For all participants in the introduction programme.")
            lines.append("")
        }
        lines.append(nb ? "Saksliste:" : "Agenda:")
        for (index, item) in meeting.agenda.enumerated() {
            lines.append("\(index + 1). \(item)")
        }
        lines.append("")
        if let organizer = meeting.organizer {
            let party = agreement.party(organizer.partyID)?.name ?? organizer.partyID
            lines.append(nb
                ? "Innkaller: \(organizer.name), \(party)"
                : "Convened by: \(organizer.name), \(party)")
        }
        lines.append(nb ? "Avtale: \(agreement.name)" : "Agreement: \(agreement.name)")
        return lines.joined(separator: "\n")
    }
}
