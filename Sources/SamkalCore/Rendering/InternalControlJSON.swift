/// The internal-control report as JSON (`--format json`, and what the API answers): English
/// keys, dates as `YYYY-MM-DD`, statuses as their raw values; the words a person reads (a
/// reason) in the language asked for. A leader's document has no `participants` and no
/// `deadlines`, only `participantSummary`.
public enum InternalControlJSON {
    public struct Document: Encodable, Sendable, Hashable {
        public let agreement: String
        public let name: String
        public let year: Int
        public let asOf: String
        public let timeZone: String
        public let status: String
        public let requirements: [Requirement]
        public let participants: [Participant]?
        public let participantSummary: [Summary]
        public let deadlines: [Deadline]?
    }

    public struct Requirement: Encodable, Sendable, Hashable {
        public let kind: String
        public let status: String
        public let meetings: [Meeting]
    }

    public struct Meeting: Encodable, Sendable, Hashable {
        public let uid: String
        public let reference: String?
        public let kind: String
        public let period: String
        public let dueFrom: String
        public let dueTo: String
        public let date: String?
        public let start: String?
        public let status: String
        public let minutesRevision: Int?
        public let withinWindow: Bool?
        public let reason: String?
    }

    public struct Participant: Encodable, Sendable, Hashable {
        public let id: String
        public let name: String
        public let programmeStart: String
        public let programmeEnd: String
        public let status: String
        public let checks: [Check]
    }

    public struct Check: Encodable, Sendable, Hashable {
        public let check: String
        public let status: String
        public let meetings: [Meeting]
    }

    public struct Summary: Encodable, Sendable, Hashable {
        public let check: String
        public let participants: Int
        /// How many participants stand where, by status.
        public let byStatus: [String: Int]
    }

    public struct Deadline: Encodable, Sendable, Hashable {
        public let participant: String
        public let event: String
        public let eventDate: String
        public let due: String
        public let standing: String
    }

    public static func document(_ report: InternalControlReport, language: Language) -> Document {
        func meeting(_ meeting: ControlledMeeting) -> Meeting {
            Meeting(
                uid: meeting.uid, reference: meeting.reference, kind: meeting.kind.rawValue, period: meeting.period,
                dueFrom: meeting.window.first.description, dueTo: meeting.window.last.description,
                date: meeting.date?.description, start: meeting.start?.description, status: meeting.status.rawValue,
                minutesRevision: meeting.minutesRevision, withinWindow: meeting.withinWindow,
                reason: meeting.reason?.message(in: language)
            )
        }
        return Document(
            agreement: report.agreementID, name: report.agreementName, year: report.year, asOf: report.asOf.description,
            timeZone: report.timeZoneID, status: report.status.rawValue,
            requirements: report.requirements.map {
                Requirement(kind: $0.kind.rawValue, status: $0.status.rawValue, meetings: $0.meetings.map(meeting))
            },
            participants: report.participants?.map { participant in
                Participant(
                    id: participant.participantID, name: participant.name,
                    programmeStart: participant.programme.first.description, programmeEnd: participant.programme.last.description,
                    status: participant.status.rawValue,
                    checks: participant.checks.map { Check(check: $0.kind.rawValue, status: $0.status.rawValue, meetings: $0.meetings.map(meeting)) }
                )
            },
            participantSummary: report.participantSummary.map { summary in
                Summary(
                    check: summary.kind.rawValue, participants: summary.participants.total,
                    byStatus: Dictionary(uniqueKeysWithValues: summary.participants.counts.map { ($0.key.rawValue, $0.value) })
                )
            },
            deadlines: report.deadlines?.map { deadline in
                Deadline(
                    participant: deadline.participantID, event: deadline.event.rawValue, eventDate: deadline.eventDate.description,
                    due: deadline.due.description, standing: deadline.standing(on: report.asOf).rawValue
                )
            }
        )
    }
}
