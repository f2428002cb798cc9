import PostgresNIO
import SamkalCore

/// Meetings, their attendees and plan changes in rows on PostgreSQL: the same tables and
/// ideas as `MeetingRows` (SQLite), written in batches as arrays (`unnest`), each batch
/// sent without waiting for the last one's answer.
enum PostgresMeetingRows {
    /// Which meetings a read takes.
    enum Selection {
        case uid(String)
        case uids([String])
        case agreement(String)
        /// An agreement's meetings from the first day number to the last.
        case agreementDays(String, first: Int, last: Int)

        var condition: PostgresQuery {
            switch self {
            case .uid(let uid): "m.uid = \(uid)"
            case .uids(let uids): "m.uid = ANY(\(uids))"
            case .agreement(let id): "m.agreementId = \(id)"
            case .agreementDays(let id, let first, let last): "m.agreementId = \(id) AND m.day BETWEEN \(first) AND \(last)"
            }
        }
    }

    private static let columns = """
        m.id, m.uid, m.kind, m.period, m.title, m.agenda, m.day, m.startMinute, m.endMinute, m.timeZoneId, m.location,
        m.organizerId, m.participantId, m.sequence, m.status
        """

    // MARK: Reading

    /// The selected meetings, each with its attendees (as last invited), by day, then UID.
    ///
    /// Three queries asked at once (the server works on the next while the last is read
    /// here): the meetings, their attendees' ids in order, and each attendee's snapshot once
    /// (not once per meeting, which a first plan's tens of thousands of rows would repeat).
    static func fetch(_ session: PostgresSession, _ selection: Selection) throws -> [PlannedMeeting] {
        let condition = selection.condition
        let meetingRows = try session.ask(query("SELECT \(columns) FROM meeting m WHERE ", condition, " ORDER BY m.day, m.uid")) {
            try $0.decode((Int64, String, String, String, String, String, Int, Int, Int, String, String, String, String?, Int, String).self)
        }
        let attendeeRows = try session.ask(query("""
            SELECT a.meetingId, a.personId, a.isConvener FROM meetingAttendee a JOIN meeting m ON m.id = a.meetingId WHERE
            """, condition, " ORDER BY a.meetingId, a.position")) { try $0.decode((Int64, String, Bool).self) }
        let snapshotRows = try session.ask(query("""
            SELECT s.id, s.name, s.email, s.partyId, s.role FROM personSnapshot s
            WHERE s.id IN (SELECT a.personId FROM meetingAttendee a JOIN meeting m ON m.id = a.meetingId WHERE
            """, condition, ")")) { try $0.decode((String, String, String, String, String).self) }
        var agendas: [String: [String]] = [:]
        var meetings: [PlannedMeeting] = []
        var positions: [Int64: Int] = [:]
        for row in try meetingRows.wait() {
            let (id, uid, kind, period, title, agendaText, day, start, end, zone, location, organizer, participant, sequence, status) = row
            guard let kind = MeetingKind(rawValue: kind), let start = LocalTime(minutes: start), let end = LocalTime(minutes: end),
                  let status = MeetingStatus(rawValue: status)
            else { throw StoreCorruption.unreadableMeeting(uid) }
            let agenda: [String]
            if let known = agendas[agendaText] {
                agenda = known
            } else {
                agenda = agendaText.isEmpty ? [] : agendaText.split(separator: MeetingRows.separator, omittingEmptySubsequences: false).map(String.init)
                agendas[agendaText] = agenda
            }
            positions[id] = meetings.count
            meetings.append(PlannedMeeting(
                uid: uid, kind: kind, period: period, title: title, agenda: agenda, date: LocalDate(dayNumber: day), start: start, end: end,
                timeZoneID: zone, location: location, organizerID: organizer, attendees: [], participantID: participant,
                sequence: sequence, status: status
            ))
        }
        var people: [String: (name: String, email: String, partyID: String, role: PersonRole)] = [:]
        for (id, name, email, party, role) in try snapshotRows.wait() {
            people[id] = (name, email, party, PersonRole(rawValue: role) ?? .other)
        }
        for (meetingID, personID, isConvener) in try attendeeRows.wait() {
            guard let index = positions[meetingID] else { continue }
            let person = people[personID]
            meetings[index].attendees.append(MeetingAttendee(
                id: personID, name: person?.name ?? personID, email: person?.email ?? "", partyID: person?.partyID ?? "",
                role: person?.role ?? .other, isConvener: isConvener
            ))
        }
        return meetings
    }

    /// `head`, then `condition` with its binds, then `tail`, a space between each.
    private static func query(_ head: String, _ condition: PostgresQuery, _ tail: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: head + " " + condition.sql + " " + tail, binds: condition.binds)
    }

    // MARK: Writing

    /// Inserts meetings the store does not hold yet, with their attendees: one statement
    /// (the attendees joined to the meetings' new ids on the server, never sent back).
    static func insertNew(_ session: PostgresSession, _ meetings: [PlannedMeeting], agreementID: String, version: Int64) throws {
        guard !meetings.isEmpty else { return }
        try insert(session, meetings, agreementID: agreementID, version: version, replacing: false)
    }

    /// Replaces meetings the store holds (or inserts them), attendees and all.
    static func upsert(_ session: PostgresSession, _ meetings: [PlannedMeeting], agreementID: String, version: Int64) throws {
        guard !meetings.isEmpty else { return }
        session.send("DELETE FROM meetingAttendee WHERE meetingId IN (SELECT id FROM meeting WHERE uid = ANY(\(meetings.map(\.uid))))")
        try insert(session, meetings, agreementID: agreementID, version: version, replacing: true)
    }

    /// Meetings per statement: a first plan's are sent as several, each encoded here while
    /// the server stores the one before.
    static let meetingsPerStatement = 8192

    /// The meeting rows and their attendees' rows.
    private static func insert(
        _ session: PostgresSession, _ meetings: [PlannedMeeting], agreementID: String, version: Int64, replacing: Bool
    ) throws {
        var start = meetings.startIndex
        while start < meetings.endIndex {
            let end = min(start + meetingsPerStatement, meetings.endIndex)
            insertStatement(session, meetings[start..<end], agreementID: agreementID, version: version, replacing: replacing)
            start = end
        }
    }

    private static func insertStatement(
        _ session: PostgresSession, _ meetings: ArraySlice<PlannedMeeting>, agreementID: String, version: Int64, replacing: Bool
    ) {
        let separator = String(MeetingRows.separator)
        let conflict = replacing ? """
            ON CONFLICT (uid) DO UPDATE SET agreementId = excluded.agreementId, kind = excluded.kind, period = excluded.period,
                title = excluded.title, agenda = excluded.agenda, day = excluded.day, startMinute = excluded.startMinute,
                endMinute = excluded.endMinute, timeZoneId = excluded.timeZoneId, location = excluded.location,
                organizerId = excluded.organizerId, participantId = excluded.participantId, sequence = excluded.sequence,
                status = excluded.status, changedVersion = excluded.changedVersion
            """ : ""
        var attendeeUIDs: [String] = []
        var positions: [Int] = []
        var people: [String] = []
        var conveners: [Bool] = []
        for meeting in meetings {
            for (position, attendee) in meeting.attendees.enumerated() {
                attendeeUIDs.append(meeting.uid)
                positions.append(position)
                people.append(attendee.id)
                conveners.append(attendee.isConvener)
            }
        }
        session.send("""
            WITH stored AS (
                INSERT INTO meeting (uid, agreementId, kind, period, title, agenda, day, startMinute, endMinute, timeZoneId,
                    location, organizerId, participantId, sequence, status, firstVersion, changedVersion)
                SELECT uid, \(agreementID), kind, period, title, agenda, day, startMinute, endMinute, timeZoneId, location, organizerId,
                    NULLIF(participantId, ''), sequence, status, \(version), \(version)
                FROM unnest(\(meetings.map(\.uid)), \(meetings.map(\.kind.rawValue)), \(meetings.map(\.period)), \(meetings.map(\.title)),
                    \(meetings.map { $0.agenda.joined(separator: separator) }), \(meetings.map(\.date.dayNumber)),
                    \(meetings.map(\.start.minutes)), \(meetings.map(\.end.minutes)), \(meetings.map(\.timeZoneID)),
                    \(meetings.map(\.location)), \(meetings.map(\.organizerID)), \(meetings.map { $0.participantID ?? "" }),
                    \(meetings.map(\.sequence)), \(meetings.map(\.status.rawValue)))
                    AS new (uid, kind, period, title, agenda, day, startMinute, endMinute, timeZoneId, location, organizerId,
                        participantId, sequence, status)
                \(unescaped: conflict)
                RETURNING id, uid
            )
            INSERT INTO meetingAttendee (meetingId, position, personId, isConvener)
            SELECT stored.id, attendee.position, attendee.personId, attendee.isConvener
            FROM unnest(\(attendeeUIDs), \(positions), \(people), \(conveners)) AS attendee (uid, position, personId, isConvener)
            JOIN stored ON stored.uid = attendee.uid
            """)
    }

    /// Each person on the meetings of `lists` as now invited, once; unchanged snapshots are not rewritten.
    static func snapshot(_ session: PostgresSession, peopleOn lists: [[PlannedMeeting]]) throws {
        var people: [String: MeetingAttendee] = [:]
        for meetings in lists {
            for meeting in meetings {
                for attendee in meeting.attendees { people[attendee.id] = attendee }
            }
        }
        guard !people.isEmpty else { return }
        let sorted = people.values.sorted { $0.id < $1.id }
        session.send("""
            INSERT INTO personSnapshot (id, name, email, partyId, role)
            SELECT * FROM unnest(\(sorted.map(\.id)), \(sorted.map(\.name)), \(sorted.map(\.email)), \(sorted.map(\.partyID)),
                \(sorted.map(\.role.rawValue)))
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, partyId = excluded.partyId, role = excluded.role
            WHERE personSnapshot.name <> excluded.name OR personSnapshot.email <> excluded.email
               OR personSnapshot.partyId <> excluded.partyId OR personSnapshot.role <> excluded.role
            """)
    }

    /// The changes of a version in their order (ids rise in the order given).
    static func insert(_ session: PostgresSession, changes: [MeetingChange], version: Int64) throws {
        guard !changes.isEmpty else { return }
        let separator = String(MeetingRows.separator)
        // Arrays of optional values travel as text, '' (or -1) standing for none.
        let moveReasons = try changes.map { try $0.moveReason.map { try StoredJSON.encode($0) } ?? "" }
        session.send("""
            INSERT INTO planChange (version, uid, kind, reason, moveReason, beforeDay, beforeStartMinute, beforeEndMinute,
                beforeLocation, beforeAttendees, beforeSequence, beforeStatus, afterSequence, afterStatus)
            SELECT \(version), uid, kind, NULLIF(reason, ''), NULLIF(moveReason, ''), NULLIF(beforeDay, -1),
                NULLIF(beforeStartMinute, -1), NULLIF(beforeEndMinute, -1), CASE WHEN hasBefore THEN beforeLocation END,
                CASE WHEN hasBefore THEN beforeAttendees END, NULLIF(beforeSequence, -1), NULLIF(beforeStatus, ''),
                afterSequence, afterStatus
            FROM unnest(\(changes.map(\.uid)), \(changes.map(\.kind.rawValue)), \(changes.map { $0.reason?.rawValue ?? "" }),
                \(moveReasons), \(changes.map { $0.before?.date.dayNumber ?? -1 }), \(changes.map { $0.before?.start.minutes ?? -1 }),
                \(changes.map { $0.before?.end.minutes ?? -1 }), \(changes.map { $0.before != nil }),
                \(changes.map { $0.before?.location ?? "" }),
                \(changes.map { $0.before.map { $0.attendees.map(\.id).joined(separator: separator) } ?? "" }),
                \(changes.map { $0.before?.sequence ?? -1 }), \(changes.map { $0.before?.status.rawValue ?? "" }),
                \(changes.map(\.after.sequence)), \(changes.map(\.after.status.rawValue)))
                WITH ORDINALITY AS change (uid, kind, reason, moveReason, beforeDay, beforeStartMinute, beforeEndMinute, hasBefore,
                    beforeLocation, beforeAttendees, beforeSequence, beforeStatus, afterSequence, afterStatus, ordinal)
            ORDER BY ordinal
            """)
    }

    /// The changes of `version`, each with the meeting as it now stands as `after` and what
    /// it was before (as `MeetingRows.changes`).
    static func changes(_ session: PostgresSession, version: Int64) throws -> [MeetingChange] {
        let rows = try session.rows("""
            SELECT uid, kind, reason, moveReason, beforeDay, beforeStartMinute, beforeEndMinute, beforeLocation, beforeAttendees,
                beforeSequence, beforeStatus
            FROM planChange WHERE version = \(version) ORDER BY id
            """)
        let stored = try rows.map { row in
            let (uid, kind, reason, moveReason, day, start, end, location, attendees, sequence, status) =
                try row.decode((String, String, String?, String?, Int?, Int?, Int?, String?, String?, Int?, String?).self)
            return StoredChange(
                uid: uid, kind: kind, reason: reason, moveReason: moveReason, beforeDay: day, beforeStartMinute: start, beforeEndMinute: end,
                beforeLocation: location, beforeAttendees: attendees, beforeSequence: sequence, beforeStatus: status
            )
        }
        var current: [String: PlannedMeeting] = [:]
        for meeting in try fetch(session, .uids(stored.map(\.uid))) { current[meeting.uid] = meeting }
        return try stored.compactMap { change in try current[change.uid].flatMap { try change.change(after: $0) } }
    }
}
