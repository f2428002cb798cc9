import Foundation

/// The plan as the JSON `samkal plan --json` prints: stable keys, sorted, with times in
/// ISO 8601 with their UTC offset.
public enum PlanJSON {
    struct Document: Encodable {
        let agreement: String
        let name: String
        let from: String
        let to: String
        let stamp: String
        let timeZone: String
        let meetings: [Meeting]
        let warnings: [Warning]
        let unplaced: [Unplaced]
    }

    struct Meeting: Encodable {
        let uid: String
        let kind: String
        let period: String
        let title: String
        let start: String
        let end: String
        let location: String
        let organizer: String
        let attendees: [Attendee]
        let participant: String?
        let agenda: [String]
        let sequence: Int
        let status: String

        enum CodingKeys: String, CodingKey {
            case uid, kind, period, title, start, end, location, organizer, attendees, participant, agenda, sequence, status
        }

        func encode(to encoder: any Encoder) throws {
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

    struct Attendee: Encodable {
        let id: String
        let name: String
        let party: String
        let role: String
        let convener: Bool
    }

    struct Warning: Encodable {
        let uid: String?
        let kind: String?
        let message: String

        enum CodingKeys: String, CodingKey { case uid, kind, message }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uid, forKey: .uid)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
        }
    }

    struct Unplaced: Encodable {
        let uid: String
        let kind: String
        let period: String
        let title: String
        let participant: String?
        let reason: String

        enum CodingKeys: String, CodingKey { case uid, kind, period, title, participant, reason }

        func encode(to encoder: any Encoder) throws {
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
        let zone = ZonedTime(zoneID: plan.timeZoneID)
        func iso(_ date: LocalDate, _ time: LocalTime) -> String {
            zone?.iso8601(on: date, at: time) ?? "\(date)T\(time):00"
        }
        let document = Document(
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
