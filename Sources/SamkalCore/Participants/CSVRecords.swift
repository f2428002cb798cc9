/// The records of a CSV file as spreadsheets write it: the delimiter `,` or `;` (Norwegian
/// Excel), found on the header line outside quotes; lines ending in CRLF, LF or CR; fields
/// in double quotes may hold the delimiter, line breaks and `""` for a quote.
///
/// One pass over the text, so time and memory grow with its length; a field, a record
/// or the number of rows beyond `InputLimits` ends the pass with a located error, as does
/// a quote that is never closed (at the line and column where it opened). Rows whose
/// fields are all empty (Excel's `;;;;`) are left out. Pure.
struct CSVRecords {
    /// One record and the line it starts on.
    struct Record {
        let line: Int
        let fields: [String]
    }

    let delimiter: Unicode.Scalar
    /// The header first, then the data rows.
    let records: [Record]

    private enum State {
        case fieldStart, unquoted, quoted, closingQuote
    }

    static func read(_ text: String, file: String) throws(DiagnosticsError) -> CSVRecords {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let delimiter = self.delimiter(in: scalars)
        func failure(_ line: Int, _ column: Int, _ problem: InputProblem) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(location: SourceLocation(file: file, line: line, column: column), field: "", problem: problem)])
        }

        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1, column = 1
        var recordLine = 1, recordLength = 0
        var fieldLine = 1, fieldColumn = 1, fieldLength = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldLength = 0
            state = .fieldStart
        }
        func endRecord() throws(DiagnosticsError) {
            if fields.contains(where: { !$0.isEmpty }) {
                if records.count > InputLimits.csvRows {
                    throw failure(recordLine, 1, .csvTooManyRows(limit: InputLimits.csvRows))
                }
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            recordLength = 0
        }

        var iterator = scalars.makeIterator()
        var lookahead = iterator.next()
        while var scalar = lookahead {
            lookahead = iterator.next()
            if scalar == "\r" {
                if lookahead == "\n" { lookahead = iterator.next() }
                scalar = "\n"
            }
            if state == .fieldStart {
                if fields.isEmpty { recordLine = line }
                fieldLine = line
                fieldColumn = column
            }
            let newline = scalar == "\n"
            switch state {
            case .quoted:
                if scalar == "\"" { state = .closingQuote } else { field.append(scalar); fieldLength += 1 }
            case .closingQuote where scalar == "\"":
                field.append(scalar)
                fieldLength += 1
                state = .quoted
            case .fieldStart where scalar == "\"":
                state = .quoted
            case .fieldStart, .unquoted, .closingQuote:
                if scalar == delimiter {
                    endField()
                } else if newline {
                    endField()
                    try endRecord()
                } else {
                    // Text after a closing quote is kept, as spreadsheets do.
                    field.append(scalar)
                    fieldLength += 1
                    state = .unquoted
                }
            }
            if fieldLength > InputLimits.csvFieldCharacters {
                throw failure(fieldLine, fieldColumn, .csvFieldTooLong(limit: InputLimits.csvFieldCharacters, quoted: state == .quoted))
            }
            recordLength += 1
            if recordLength > InputLimits.csvRecordCharacters {
                throw failure(recordLine, 1, .csvRecordTooLong(limit: InputLimits.csvRecordCharacters))
            }
            if newline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        if state == .quoted {
            throw failure(fieldLine, fieldColumn, .csvUnterminatedQuote)
        }
        if state != .fieldStart || !fields.isEmpty {
            endField()
            try endRecord()
        }
        return CSVRecords(delimiter: delimiter, records: records)
    }

    /// `;` if the header line has more semicolons than commas outside quotes, else `,`.
    /// Looks no further than a record may be long (a longer header is refused anyway).
    static func delimiter(in scalars: Substring.UnicodeScalarView) -> Unicode.Scalar {
        var quoted = false
        var commas = 0, semicolons = 0
        for scalar in scalars.prefix(InputLimits.csvRecordCharacters + 1) {
            switch scalar {
            case "\"": quoted.toggle()
            case "\n" where !quoted, "\r" where !quoted: return semicolons > commas ? ";" : ","
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
