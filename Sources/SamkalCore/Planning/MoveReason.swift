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
    /// Not impossible, but a slot nearer the preferred day and time is free now
    /// (`plan --optimize`; only for meetings never sent out). Stored as `{"improved":{}}`
    /// beside the other reasons, so change rows stored before it still read.
    case improved
    /// A shared person now has a meeting of another agreement then (stored as
    /// `{"bookedElsewhere":{"people":[…]}}`, beside the other reasons).
    case bookedElsewhere(people: [String])

    public func message(in language: Language) -> String {
        switch self {
        case .outsideWindow:
            language.pick(
                nb: "flyttet: dagen er utenfor møtets periode",
                nn: "flytta: dagen er utanfor perioden til møtet",
                en: "moved: the day is outside the meeting's period"
            )
        case .notAvailableDay:
            language.pick(
                nb: "flyttet: dagen er ikke en møtedag",
                nn: "flytta: dagen er ikkje ein møtedag",
                en: "moved: the day is not a meeting day"
            )
        case .participantUnavailable:
            language.pick(
                nb: "flyttet: deltakeren har ferie eller permisjon",
                nn: "flytta: deltakaren har ferie eller permisjon",
                en: "moved: the participant is on holiday or leave"
            )
        case .durationChanged:
            language.pick(
                nb: "flyttet: møtets lengde er endret",
                nn: "flytta: lengda på møtet er endra",
                en: "moved: the meeting's length changed"
            )
        case .busy(let people):
            language.pick(
                nb: "flyttet: \(people.joined(separator: ", ")) er opptatt",
                nn: "flytta: \(people.joined(separator: ", ")) er \(people.count == 1 ? "oppteken" : "opptekne")",
                en: "moved: \(people.joined(separator: ", ")) busy"
            )
        case .interpreterOrRoomUnavailable:
            language.pick(
                nb: "flyttet: ingen tolk eller rom ledig",
                nn: "flytta: ingen tolk eller noko rom ledig",
                en: "moved: no interpreter or room free"
            )
        case .inAvoidPeriod(let name):
            language.pick(nb: "flyttet: dagen er i \(name)", nn: "flytta: dagen er i \(name)", en: "moved: the day is in \(name)")
        case .bookedElsewhere(let people):
            language.pick(
                nb: "flyttet: \(people.joined(separator: ", ")) har et møte i en annen avtale da",
                nn: "flytta: \(people.joined(separator: ", ")) har eit møte i ein annan avtale då",
                en: "moved: \(people.joined(separator: ", ")) \(people.count == 1 ? "has" : "have") a meeting of another agreement then"
            )
        case .improved:
            language.pick(
                nb: "flyttet: nærmere ønsket dag og tid",
                nn: "flytta: nærare ønskt dag og tid",
                en: "moved: nearer the preferred day and time"
            )
        }
    }
}
