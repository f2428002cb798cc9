import Foundation

/// Reads participants from CSV (the municipality's export), all or nothing.
///
/// Columns (header row required, order free, names as below):
/// `id, name, language, interpreter, start, planned_end, final_goal, program_advisor,
/// nav_advisor, team_needs, team_members, parental_leave, holidays, class_group`.
/// Lists are separated by `;` (quoted in a `;`-delimited file, as Excel does); periods are
/// `YYYY-MM-DD..YYYY-MM-DD`. Every problem is reported with its line and column; one bad
/// row means nothing is imported.
public enum ParticipantCSV {
    public static let requiredColumns = ["id", "name", "language", "interpreter", "start", "planned_end", "final_goal", "program_advisor"]
    public static let optionalColumns = ["nav_advisor", "team_needs", "team_members", "parental_leave", "holidays", "class_group", "home_municipality"]

    /// Parses `text`; `knownPeople` are the person ids of the agreement, for references.
    ///
    /// The delimiter is `,` or `;` (as Norwegian Excel saves "CSV (semikolondelt)"), found
    /// on the header line; see `CSVRecords` for quoting, line ends and limits.
    public static func parse(_ text: String, file: String, knownPeople: Set<String>) throws(DiagnosticsError) -> [Participant] {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ field: String, _ problem: InputProblem) {
            diagnostics.append(Diagnostic(location: SourceLocation(file: file, line: line, column: column), field: field, problem: problem))
        }
        let records = try CSVRecords.read(text, file: file).records
        guard let header = records.first else {
            throw DiagnosticsError([Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), field: "", problem: .emptyDocument)])
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let allowed = requiredColumns + optionalColumns
        for (index, name) in columns.enumerated() where !allowed.contains(name) {
            report(header.line, index + 1, name, .unknownKey(name, allowed: allowed))
        }
        for name in requiredColumns where !columns.contains(name) {
            report(header.line, 1, name, .missingKey(name))
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }

        var participants: [Participant] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            let row = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard row.count == columns.count else {
                report(record.line, 1, "", .csvColumnCount(expected: columns.count, found: row.count))
                continue
            }
            var cells = RowReader(row: row, columns: columns, line: record.line, knownPeople: knownPeople)
            if let participant = cells.participant() {
                if let earlier = seen[participant.id] {
                    report(record.line, (columns.firstIndex(of: "id") ?? 0) + 1, "id", .duplicateRow(participant.id, line: earlier))
                } else {
                    seen[participant.id] = record.line
                    participants.append(participant)
                }
            }
            for problem in cells.problems {
                report(record.line, problem.column, problem.field, problem.problem)
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return participants
    }

    /// One participant from named fields (the CSV column names), as `participants add`
    /// gives them; problems name the field.
    public static func participant(fields: [String: String], knownPeople: Set<String>) -> Result<Participant, DiagnosticsError> {
        let columns = requiredColumns + optionalColumns
        var reader = RowReader(row: columns.map { fields[$0] ?? "" }, columns: columns, line: 1, knownPeople: knownPeople)
        let participant = reader.participant()
        if let participant, reader.problems.isEmpty { return .success(participant) }
        return .failure(DiagnosticsError(reader.problems.map {
            Diagnostic(location: SourceLocation(file: "--\($0.field.replacingOccurrences(of: "_", with: "-"))", line: 1, column: 1), field: $0.field, problem: $0.problem)
        }))
    }

    /// The cells of one row, read with their column numbers.
    struct RowReader {
        let row: [String]
        let columns: [String]
        let line: Int
        let knownPeople: Set<String>
        var problems: [(column: Int, field: String, problem: InputProblem)] = []

        init(row: [String], columns: [String], line: Int, knownPeople: Set<String>) {
            self.row = row
            self.columns = columns
            self.line = line
            self.knownPeople = knownPeople
        }

        func column(_ name: String) -> Int { (columns.firstIndex(of: name) ?? 0) + 1 }

        func cell(_ name: String) -> String {
            guard let index = columns.firstIndex(of: name) else { return "" }
            return row[index]
        }

        mutating func fail(_ name: String, _ problem: InputProblem) {
            problems.append((column(name), name, problem))
        }

        mutating func required(_ name: String) -> String? {
            let value = cell(name)
            if value.isEmpty {
                fail(name, .missingKey(name))
                return nil
            }
            return short(name, value)
        }

        /// `value` if it is at most `InputLimits.shortTextCharacters` long.
        mutating func short(_ name: String, _ value: String) -> String? {
            let length = value.count
            guard length <= InputLimits.shortTextCharacters else {
                fail(name, .textTooLong(length: length, limit: InputLimits.shortTextCharacters))
                return nil
            }
            return value
        }

        mutating func date(_ name: String) -> LocalDate? {
            guard let text = required(name) else { return nil }
            guard let date = LocalDate(iso: text) else {
                fail(name, .impossibleDate(text))
                return nil
            }
            return date
        }

        mutating func person(_ name: String, optional: Bool) -> String? {
            let value = cell(name)
            if value.isEmpty {
                if !optional { fail(name, .missingKey(name)) }
                return nil
            }
            guard knownPeople.contains(value) else {
                fail(name, .undefinedPerson(value))
                return nil
            }
            return value
        }

        func list(_ name: String) -> [String] {
            cell(name).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        mutating func spans(_ name: String) -> [DateSpan] {
            var spans: [DateSpan] = []
            for item in list(name) {
                let parts = item.components(separatedBy: "..")
                guard parts.count == 2, let first = LocalDate(iso: parts[0]), let last = LocalDate(iso: parts[1]) else {
                    fail(name, .invalidPeriod(item))
                    continue
                }
                guard let span = DateSpan(first: first, last: last) else {
                    fail(name, .spanEndsBeforeStart(from: parts[0], to: parts[1]))
                    continue
                }
                spans.append(span)
            }
            return spans
        }

        mutating func participant() -> Participant? {
            let id = required("id")
            if let id, NationalIdentityNumber.looksLike(id) {
                // Eleven digits, with or without separators, is a fødselsnummer: refuse it outright.
                fail("id", .looksLikeNationalID)
            }
            let name = required("name")
            let language = required("language")
            var interpreter: Bool?
            if let text = required("interpreter") {
                switch text.lowercased() {
                case "yes", "ja", "true", "1": interpreter = true
                case "no", "nei", "false", "0": interpreter = false
                default: fail("interpreter", .invalidChoice(text, allowed: ["ja", "nei", "yes", "no"]))
                }
            }
            let start = date("start")
            let end = date("planned_end")
            if let start, let end, end < start {
                fail("planned_end", .spanEndsBeforeStart(from: start.description, to: end.description))
            }
            var goal: FinalGoal?
            if let text = required("final_goal") {
                goal = FinalGoal(rawValue: text)
                if goal == nil { fail("final_goal", .invalidChoice(text, allowed: FinalGoal.allCases.map(\.rawValue))) }
            }
            let advisor = person("program_advisor", optional: false)
            let navAdvisor = person("nav_advisor", optional: true)
            var needs: [PartyKind] = []
            for item in list("team_needs") {
                if let kind = PartyKind(rawValue: item) {
                    needs.append(kind)
                } else {
                    fail("team_needs", .invalidChoice(item, allowed: PartyKind.allCases.map(\.rawValue)))
                }
            }
            var members: [String] = []
            for item in list("team_members") {
                if knownPeople.contains(item) { members.append(item) } else { fail("team_members", .undefinedPerson(item)) }
            }
            let leave = spans("parental_leave")
            let holidays = spans("holidays")
            let classGroup = cell("class_group").isEmpty ? nil : short("class_group", cell("class_group"))
            let homeMunicipality = cell("home_municipality").isEmpty ? nil : short("home_municipality", cell("home_municipality"))
            guard problems.isEmpty, let id, let name, let language, let interpreter, let start, let end, let goal, let advisor
            else { return nil }
            return Participant(
                id: id, name: name, language: language, needsInterpreter: interpreter,
                programmeStart: start, plannedEnd: end, finalGoal: goal,
                programAdvisorID: advisor, navAdvisorID: navAdvisor, teamNeeds: needs,
                teamMemberIDs: members, parentalLeave: leave, holidays: holidays,
                classGroup: classGroup, homeMunicipality: homeMunicipality
            )
        }
    }
}
