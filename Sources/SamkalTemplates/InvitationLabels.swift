import SamkalCore

/// The fixed words of an invitation email, in bokmål, nynorsk or English.
enum InvitationLabels {
    static func all(_ language: Language) -> [String: String] {
        switch language {
        case .nb:
            [
                "invitation": "Innkalling", "update": "Endret", "cancelled": "Avlyst",
                "greeting": "Hei", "invited": "Du er innkalt til dette møtet.",
                "changed": "Møtet er endret. Se nytt tidspunkt og sted nedenfor.",
                "cancelledText": "Møtet er avlyst. Du trenger ikke gjøre noe; kalenderen din oppdateres.",
                "date": "Dato", "time": "Tid", "place": "Sted",
                "answer": "Svar gjerne med knappene i kalenderprogrammet ditt (ja, nei eller kanskje).",
                "regards": "Hilsen", "automatic": "Denne meldingen er sendt av samkal for flyktningtjenesten.",
            ]
        case .nn:
            [
                "invitation": "Innkalling", "update": "Endra", "cancelled": "Avlyst",
                "greeting": "Hei", "invited": "Du er kalla inn til dette møtet.",
                "changed": "Møtet er endra. Sjå nytt tidspunkt og ny stad nedanfor.",
                "cancelledText": "Møtet er avlyst. Du treng ikkje gjere noko; kalenderen din blir oppdatert.",
                "date": "Dato", "time": "Tid", "place": "Stad",
                "answer": "Svar gjerne med knappane i kalenderprogrammet ditt (ja, nei eller kanskje).",
                "regards": "Helsing", "automatic": "Denne meldinga er send av samkal for flyktningtenesta.",
            ]
        case .en:
            [
                "invitation": "Invitation", "update": "Updated", "cancelled": "Cancelled",
                "greeting": "Hello", "invited": "You are invited to this meeting.",
                "changed": "The meeting has changed. See the new time and place below.",
                "cancelledText": "The meeting is cancelled. You need not do anything; your calendar will be updated.",
                "date": "Date", "time": "Time", "place": "Place",
                "answer": "Please answer with the buttons in your calendar program (yes, no or maybe).",
                "regards": "Regards", "automatic": "This message was sent by samkal for the refugee service.",
            ]
        }
    }
}
