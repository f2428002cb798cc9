import Foundation

/// The plan as the JSON `samkal plan --json` prints: stable keys, sorted, with times in
/// ISO 8601 with their UTC offset.
public enum PlanJSON {
    /// The whole document: what `--json` prints, and what the API answers a plan with.
    public struct Document: Encodable, Sendable, Hashable {
        public let agreement: String
        public let name: String
        public let from: String
        public let to: String
        public let stamp: String
        public let timeZone: String
        public let meetings: [Meeting]
        public let warnings: [Warning]
        public let unplaced: [Unplaced]

        public init(
            agreement: String, name: String, from: String, to: String, stamp: String, timeZone: String,
            meetings: [Meeting], warnings: [Warning], unplaced: [Unplaced]
        ) {
            self.agreement = agreement
            self.name = name
            self.from = from
            self.to = to
            self.stamp = stamp
            self.timeZone = timeZone
            self.meetings = meetings
            self.warnings = warnings
            self.unplaced = unplaced
        }
    }

    public struct Meeting: Encodable, Sendable, Hashable {
        public let uid: String
        public let kind: String
        public let period: String
        public let title: String
        /// ISO 8601 with the UTC offset of the time zone on that day.
        public let start: String
        public let end: String
        public let location: String
        /// The convener's person id (also an attendee, marked `convener`).
        public let organizer: String
        public let attendees: [Attendee]
        public let participant: String?
        public let agenda: [String]
        public let sequence: Int
        public let status: String

        public init(
            uid: String, kind: String, period: String, title: String, start: String, end: String, location: String,
            organizer: String, attendees: [Attendee], participant: String?, agenda: [String], sequence: Int, status: String
        ) {
            self.uid = uid
            self.kind = kind
            self.period = period
            self.title = title
            self.start = start
            self.end = end
            self.location = location
            self.organizer = organizer
            self.attendees = attendees
            self.participant = participant
            self.agenda = agenda
            self.sequence = sequence
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case uid, kind, period, title, start, end, location, organizer, attendees, participant, agenda, sequence, status
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uid, forKey: .uid)
            try container.encode(kind, forKey: .kind)
            try container.encode(period, forKey: .period)
            try container.encode(title, forKey: .title)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(location, forKey: .location)
            try container.encode(organizer, forKey: .organizer)
            try container.encode(attendees, forKey: .attendees)
            // Always present, `null` for agreement-level meetings.
            try container.encode(participant, forKey: .participant)
            try container.encode(agenda, forKey: .agenda)
            try container.encode(sequence, forKey: .sequence)
            try container.encode(status, forKey: .status)
        }
    }

    public struct Attendee: Encodable, Sendable, Hashable {
        public let id: String
        public let name: String
        public let party: String
        public let role: String
        public let convener: Bool

        public init(id: String, name: String, party: String, role: String, convener: Bool) {
            self.id = id
            self.name = name
            self.party = party
            self.role = role
            self.convener = convener
        }
    }

    public struct Warning: Encodable, Sendable, Hashable {
        public let uid: String?
        public let kind: String?
        /// In the plan's language.
        public let message: String

        public init(uid: String?, kind: String?, message: String) {
            self.uid = uid
            self.kind = kind
            self.message = message
        }

        enum CodingKeys: String, CodingKey { case uid, kind, message }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uid, forKey: .uid)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
        }
    }

    public struct Unplaced: Encodable, Sendable, Hashable {
        public let uid: String
        public let kind: String
        public let period: String
        public let title: String
        public let participant: String?
        /// In the plan's language.
        public let reason: String

        public init(uid: String, kind: String, period: String, title: String, participant: String?, reason: String) {
            self.uid = uid
            self.kind = kind
            self.period = period
            self.title = title
            self.participant = participant
            self.reason = reason
        }

        enum CodingKeys: String, CodingKey { case uid, kind, period, title, participant, reason }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uid, forKey: .uid)
            try container.encode(kind, forKey: .kind)
            try container.encode(period, forKey: .period)
            try container.encode(title, forKey: .title)
            try container.encode(participant, forKey: .participant)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// The JSON text, pretty-printed with sorted keys and a final newline.
    public static func render(_ plan: Plan) throws -> String {
        try render(document(of: plan))
    }

    /// The document as JSON text, pretty-printed with sorted keys and a final newline.
    public static func render(_ document: Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The plan as the document shows it; warnings and reasons in the plan's language.
    public static func document(of plan: Plan) -> Document {
        let zone = ZonedTime(zoneID: plan.timeZoneID)
        func iso(_ date: LocalDate, _ time: LocalTime) -> String {
            zone?.iso8601(on: date, at: time) ?? "\(date)T\(time):00"
        }
        return Document(
            agreement: plan.agreementID,
            name: plan.agreementName,
            from: plan.range.first.description,
            to: plan.range.last.description,
            stamp: plan.stamp.description,
            timeZone: plan.timeZoneID,
            meetings: plan.meetings.map { meeting in
                Meeting(
                    uid: meeting.uid,
                    kind: meeting.kind.rawValue,
                    period: meeting.period,
                    title: meeting.title,
                    start: iso(meeting.date, meeting.start),
                    end: iso(meeting.date, meeting.end),
                    location: meeting.location,
                    organizer: meeting.organizerID,
                    attendees: meeting.attendees.map {
                        Attendee(id: $0.id, name: $0.name, party: $0.partyID, role: $0.role.rawValue, convener: $0.isConvener)
                    },
                    participant: meeting.participantID,
                    agenda: meeting.agenda,
                    sequence: meeting.sequence,
                    status: meeting.status.rawValue
                )
            },
            warnings: plan.warnings.map {
                Warning(uid: $0.uid, kind: $0.kind?.rawValue, message: $0.note.message(in: plan.language))
            },
            unplaced: plan.unplaced.map {
                Unplaced(
                    uid: $0.uid, kind: $0.kind.rawValue, period: $0.period, title: $0.title,
                    participant: $0.participantID, reason: $0.note.message(in: plan.language)
                )
            }
        )
    }
}
