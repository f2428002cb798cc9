import SamkalCore

/// The people and rooms an agreement shares with others in the store: what another
/// agreement's meetings can take from it.
public struct SharedResources: Sendable, Hashable {
    /// Person ids of the agreement that other agreements have too.
    public let personIDs: [String]
    /// Rooms of the agreement other agreements have too, by the name a meeting's location gives.
    public let roomNames: [String]

    public init(personIDs: [String], roomNames: [String]) {
        self.personIDs = personIDs.sorted()
        self.roomNames = roomNames.sorted()
        personSet = Set(personIDs)
        roomSet = Set(roomNames)
    }

    private let personSet: Set<String>
    private let roomSet: Set<String>

    public func contains(person id: String) -> Bool { personSet.contains(id) }
    public func contains(room name: String) -> Bool { roomSet.contains(name) }

    public static func == (left: SharedResources, right: SharedResources) -> Bool {
        left.personIDs == right.personIDs && left.roomNames == right.roomNames
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(personIDs)
        hasher.combine(roomNames)
    }

    public static let none = SharedResources(personIDs: [], roomNames: [])
    public var isEmpty: Bool { personIDs.isEmpty && roomNames.isEmpty }
}

/// A meeting of another agreement (not cancelled) that takes a shared person or room: busy
/// time for the agreement being planned. Local date and minutes (one zone per store).
public struct BookingElsewhere: Sendable, Hashable {
    public let agreementID: String
    public let date: LocalDate
    public let start: Int
    public let end: Int
    /// The shared people who attend it.
    public let personIDs: [String]
    /// Its location, when a shared room's name.
    public let roomName: String?

    public init(agreementID: String, date: LocalDate, start: Int, end: Int, personIDs: [String], roomName: String?) {
        self.agreementID = agreementID
        self.date = date
        self.start = start
        self.end = end
        self.personIDs = personIDs
        self.roomName = roomName
    }

    /// This booking as far as it takes any of `sharing`; nil if it takes none of it.
    public func restricted(to sharing: SharedResources) -> BookingElsewhere? {
        let people = personIDs.filter { sharing.contains(person: $0) }
        let room = roomName.flatMap { sharing.contains(room: $0) ? $0 : nil }
        guard !people.isEmpty || room != nil else { return nil }
        if people.count == personIDs.count, room == roomName { return self }
        return BookingElsewhere(agreementID: agreementID, date: date, start: start, end: end, personIDs: people, roomName: room)
    }

    /// The bookings of `meetings` (of `agreementID`) that take any of `sharing`.
    public static func of(_ meetings: [PlannedMeeting], agreementID: String, sharing: SharedResources) -> [BookingElsewhere] {
        meetings.compactMap { meeting in
            guard meeting.status != .cancelled else { return nil }
            var attending: [String] = []
            for attendee in meeting.attendees where sharing.contains(person: attendee.id) && !attending.contains(attendee.id) {
                attending.append(attendee.id)
            }
            let room = sharing.contains(room: meeting.location) ? meeting.location : nil
            guard !attending.isEmpty || room != nil else { return nil }
            return BookingElsewhere(
                agreementID: agreementID, date: meeting.date, start: meeting.start.minutes, end: meeting.end.minutes,
                personIDs: attending.sorted(), roomName: room
            )
        }
    }
}
