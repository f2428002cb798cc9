import SamkalCore

/// The DESCRIPTION of a meeting: the agenda (saksliste), who convenes, and the agreement.
enum MeetingDescription {
    static func text(for meeting: PlannedMeeting, agreement: Agreement, language: Language) -> String {
        var lines: [String] = []
        if meeting.kind == .infoMeeting {
            lines.append(language.pick(
                nb: "For alle deltakere i introduksjonsprogrammet.",
                nn: "For alle deltakarar i introduksjonsprogrammet.",
                en: "For all participants in the introduction programme."
            ))
            lines.append("")
        }
        lines.append(language.pick(nb: "Saksliste:", nn: "Saksliste:", en: "Agenda:"))
        for (index, item) in meeting.agenda.enumerated() {
            lines.append("\(index + 1). \(item)")
        }
        lines.append("")
        if let organizer = meeting.organizer {
            let party = agreement.party(organizer.partyID)?.name ?? organizer.partyID
            lines.append(language.pick(
                nb: "Innkaller: \(organizer.name), \(party)",
                nn: "Innkallar: \(organizer.name), \(party)",
                en: "Convened by: \(organizer.name), \(party)"
            ))
        }
        lines.append(language.pick(nb: "Avtale: \(agreement.name)", nn: "Avtale: \(agreement.name)", en: "Agreement: \(agreement.name)"))
        return lines.joined(separator: "\n")
    }
}
