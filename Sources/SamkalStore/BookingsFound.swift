import SamkalCore

/// Other agreements' bookings of shared people and rooms as a store reads them, row by
/// row (an attendee row per shared person, a meeting row per shared room): each meeting
/// once, with the shared people on it.
struct BookingsFound {
    private struct Found {
        var agreementID: String
        var day: Int
        var start: Int
        var end: Int
        var people: [String]
        var room: String?
    }

    private var byMeeting: [Int64: Found] = [:]
    private let rooms: Set<String>

    init(sharing: SharedResources) {
        rooms = Set(sharing.roomNames)
    }

    /// A shared person on meeting `id`.
    mutating func person(_ person: String, meeting id: Int64, agreementID: String, day: Int, start: Int, end: Int, location: String) {
        if byMeeting[id] == nil {
            byMeeting[id] = Found(agreementID: agreementID, day: day, start: start, end: end, people: [], room: rooms.contains(location) ? location : nil)
        }
        if byMeeting[id]?.people.contains(person) == false { byMeeting[id]?.people.append(person) }
    }

    /// Meeting `id` in the shared room `location`.
    mutating func room(meeting id: Int64, agreementID: String, day: Int, start: Int, end: Int, location: String) {
        if byMeeting[id] == nil {
            byMeeting[id] = Found(agreementID: agreementID, day: day, start: start, end: end, people: [], room: location)
        }
    }

    /// The bookings, by meeting id.
    var bookings: [BookingElsewhere] {
        byMeeting.keys.sorted().compactMap { id in
            byMeeting[id].map {
                BookingElsewhere(
                    agreementID: $0.agreementID, date: LocalDate(dayNumber: $0.day), start: $0.start, end: $0.end,
                    personIDs: $0.people.sorted(), roomName: $0.room
                )
            }
        }
    }
}
