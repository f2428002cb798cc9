/// What a person does in the cooperation.
public enum PersonRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leder: attends leader meetings.
    case leader
    /// Fast kontaktperson: attends cooperation and information meetings.
    case contactPerson
    /// Programrådgiver: the participant's advisor in the refugee service.
    case programAdvisor
    /// NAV-veileder.
    case navAdvisor
    /// Kontaktlærer in adult education.
    case teacher
    /// Helsepersonell.
    case healthWorker
    /// Tolk.
    case interpreter
    case other

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.leader, .nb): "leder"
        case (.leader, .nn): "leiar"
        case (.leader, .en): "leader"
        case (.contactPerson, .nb): "kontaktperson"
        case (.contactPerson, .nn): "kontaktperson"
        case (.contactPerson, .en): "contact person"
        case (.programAdvisor, .nb): "programrådgiver"
        case (.programAdvisor, .nn): "programrådgjevar"
        case (.programAdvisor, .en): "programme advisor"
        case (.navAdvisor, .nb): "NAV-veileder"
        case (.navAdvisor, .nn): "NAV-rettleiar"
        case (.navAdvisor, .en): "NAV advisor"
        case (.teacher, .nb): "kontaktlærer"
        case (.teacher, .nn): "kontaktlærar"
        case (.teacher, .en): "teacher"
        case (.healthWorker, .nb): "helsepersonell"
        case (.healthWorker, .nn): "helsepersonell"
        case (.healthWorker, .en): "health worker"
        case (.interpreter, .nb): "tolk"
        case (.interpreter, .nn): "tolk"
        case (.interpreter, .en): "interpreter"
        case (.other, .nb): "annen"
        case (.other, .nn): "annan"
        case (.other, .en): "other"
        }
    }
}
