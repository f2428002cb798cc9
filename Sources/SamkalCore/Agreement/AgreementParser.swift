import Foundation

/// Reads a cooperation agreement from YAML text, validating everything that can be
/// checked without other files: structure, references, dates, times and windows.
///
/// Pure: the text and the file name (for messages) in, an `AgreementDraft` or every error
/// out. The iCalendar files the agreement names are the draft's `calendars`, for the caller
/// to read and give to `AgreementDraft.resolved(calendarPeriods:)`.
public enum AgreementParser {
    static let topLevelRequired = ["id", "name", "parties"]
    /// The zone database's regions (`Europe/Oslo`, …): what `timeZone` may name.
    static let regionZones = Set(TimeZone.knownTimeZoneIdentifiers)
    static let topLevelOptional = [
        "revised", "timeZone", "workingHours", "meetingWeekdays", "uidDomain",
        "leaderMeetings", "revision", "cooperationMeetings", "infoMeetings", "avoidPeriods",
        "participantMeetings", "rooms", "municipality",
    ]

    /// `referenced`: the agreements the file's `from:` entries may name, by id (the caller
    /// finds them: `AgreementReferences.ids(in:file:)` says which).
    public static func parse(yaml: String, file: String, referenced: [String: Agreement] = [:]) throws(DiagnosticsError) -> AgreementDraft {
        let reader = YAMLFieldReader(file: file)
        var agreementReader = AgreementReader(reader: reader, referenced: referenced)
        let draft = reader.root(of: yaml).flatMap { agreementReader.agreement(from: $0) }
        guard let draft, reader.diagnostics.isEmpty else {
            throw DiagnosticsError(reader.diagnostics)
        }
        return draft
    }
}

/// The stateful half of `AgreementParser`: knows the people once the parties are read,
/// so later sections can check their references.
struct AgreementReader {
    let reader: YAMLFieldReader
    var people: [String: Person] = [:]
    var parties: [Party] = []
    /// The other agreements `from:` may name.
    let referenced: [String: Agreement]
    var timeZoneID = "Europe/Oslo"
    var workingHours = WorkingHours(start: LocalTime(hour: 8, minute: 0)!, end: LocalTime(hour: 15, minute: 45)!)!
    var meetingWeekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]

    init(reader: YAMLFieldReader, referenced: [String: Agreement] = [:]) {
        self.reader = reader
        self.referenced = referenced
    }

    mutating func agreement(from root: YAMLField) -> AgreementDraft? {
        guard let top = reader.mapping(
            root,
            required: AgreementParser.topLevelRequired,
            optional: AgreementParser.topLevelOptional
        ) else { return nil }

        let id = top["id"].flatMap(identifier)
        let name = top["name"].flatMap(reader.string)
        let revised = top["revised"].flatMap(reader.date)
        let timeZoneID = top["timeZone"].flatMap(timeZone) ?? "Europe/Oslo"
        self.timeZoneID = timeZoneID
        if let field = top["workingHours"], let hours = workingHours(field) {
            workingHours = hours
        }
        if let field = top["meetingWeekdays"], let days = reader.list(field) {
            let parsed = days.compactMap(reader.weekday)
            if parsed.count == days.count { meetingWeekdays = Set(parsed) }
        }
        if let field = top["parties"] {
            readParties(field)
        }
        let uidDomain = top["uidDomain"].flatMap(reader.string) ?? defaultUIDDomain()

        let leaderMeetings = top["leaderMeetings"].flatMap { leaderMeetingRule($0) }
        let revision = top["revision"].flatMap { revisionRule($0, leaderMeetings: leaderMeetings) }
        let cooperation = top["cooperationMeetings"].flatMap { cooperationRule($0) }
        let info = top["infoMeetings"].flatMap { infoMeetingRule($0) }
        let (avoidPeriods, avoidCalendars) = top["avoidPeriods"].map(avoidPeriodsSection) ?? ([], [])
        let participantMeetings = top["participantMeetings"].map(participantMeetingRules) ?? ParticipantMeetingRules()
        let rooms = top["rooms"].map(readRooms) ?? []

        guard let id, let name else { return nil }
        var agreement = Agreement(
            id: id,
            name: name,
            revised: revised,
            timeZoneID: timeZoneID,
            workingHours: workingHours,
            meetingWeekdays: meetingWeekdays,
            uidDomain: uidDomain,
            parties: parties,
            people: people,
            leaderMeetings: leaderMeetings,
            revision: revision,
            cooperationMeetings: cooperation,
            infoMeetings: info,
            participantMeetings: participantMeetings,
            rooms: rooms,
            avoidPeriods: avoidPeriods
        )
        agreement.municipality = top["municipality"].flatMap(reader.string)
        return AgreementDraft(written: agreement, calendars: avoidCalendars, timeZoneLocation: top["timeZone"]?.location)
    }

    /// An id usable in UIDs, file names and URLs: letters, digits, `-`, `_` and `.`.
    func identifier(_ field: YAMLField) -> String? {
        guard let text = reader.string(field) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy {
            ($0.isASCII && (CharacterSet.alphanumerics.contains($0))) || "-_.".unicodeScalars.contains($0)
        }
        guard allowed else {
            reader.report(field, .invalidChoice(text, allowed: ["a-z", "A-Z", "0-9", "-", "_", "."]))
            return nil
        }
        return text
    }

    private func timeZone(_ field: YAMLField) -> String? {
        guard let id = reader.string(field) else { return nil }
        // A region of the zone database (`Europe/Oslo`), not an offset such as `GMT+5`.
        guard TimeZone(identifier: id) != nil, AgreementParser.regionZones.contains(id) else {
            reader.report(field, .unknownTimeZone(id))
            return nil
        }
        return id
    }

    private func workingHours(_ field: YAMLField) -> WorkingHours? {
        guard let mapping = reader.mapping(field, required: ["start", "end"]),
              let start = mapping["start"].flatMap(reader.time),
              let end = mapping["end"].flatMap(reader.time)
        else { return nil }
        guard let hours = WorkingHours(start: start, end: end) else {
            reader.report(mapping["end"] ?? field, .spanEndsBeforeStart(from: start.description, to: end.description))
            return nil
        }
        return hours
    }

    /// The domain of the refugee service's first address, so UIDs look like the municipality's.
    private func defaultUIDDomain() -> String {
        let refugeeService = parties.first { $0.kind == .refugeeService }
        let email = refugeeService?.memberIDs.compactMap { people[$0]?.email }.first
        return email?.split(separator: "@").last.map(String.init) ?? "samkal.invalid"
    }

    var workingHoursText: String { "\(workingHours.start)–\(workingHours.end)" }
}
