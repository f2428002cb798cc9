/// Why a meeting that was already planned had to leave its slot when planning again.
public enum MoveReason: Error, Sendable, Hashable, Codable {
    /// Its day is no longer inside the meeting's window (e.g. the programme dates changed).
    case outsideWindow
    /// The day is not a working day, or not one the meeting may use.
    case notAvailableDay
    /// The participant has holiday or leave that day.
    case participantUnavailable
    /// The length of the meeting changed.
    case durationChanged
    /// Someone is now busy then (imported busy time or another fixed meeting).
    case busy(people: [String])
    /// No interpreter or room is free then any more.
    case interpreterOrRoomUnavailable
    /// The day is now in a period to avoid while the window has other days.
    case inAvoidPeriod(name: String)

    public func message(in language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .outsideWindow:
            return nb ? "flyttet: dagen er utenfor møtets periode" : "moved: the day is outside the meeting's period"
        case .notAvailableDay:
            return nb ? "flyttet: dagen er ikke en møtedag" : "moved: the day is not a meeting day"
        case .participantUnavailable:
            return nb ? "flyttet: deltakeren har ferie eller permisjon" : "moved: the participant is on holiday or leave"
        case .durationChanged:
            return nb ? "flyttet: møtets lengde er endret" : "moved: the meeting's length changed"
        case .busy(let people):
            let names = people.joined(separator: ", ")
            return nb ? "flyttet: \(names) er opptatt" : "moved: \(names) busy"
        case .interpreterOrRoomUnavailable:
            return nb ? "flyttet: ingen tolk eller rom ledig" : "moved: no interpreter or room free"
        case .inAvoidPeriod(let name):
            return nb ? "flyttet: dagen er i \(name)" : "moved: the day is in \(name)"
        }
    }
}
