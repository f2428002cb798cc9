import Foundation
import SamkalCore

/// The formats the internal-control report is written in (`--format`).
public enum InternalControlFormat: String, Sendable, Hashable, CaseIterable {
    case text, html, csv, json

    /// The report in this format when it needs no template (text, CSV, JSON); nil for HTML.
    public func plainDocument(_ report: InternalControlReport, language: Language) throws -> String? {
        switch self {
        case .text:
            return InternalControlSheet(report: report, language: language).text()
        case .csv:
            return try InternalControlRows.csv(report, language: language)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(InternalControlJSON.document(report, language: language)), as: UTF8.self) + "\n"
        case .html:
            return nil
        }
    }
}

extension InternalControlPage {
    /// The report in `format`; HTML from the page's template with the stylesheet included,
    /// so the file stands alone.
    public func document(_ report: InternalControlReport, format: InternalControlFormat, language: Language) throws -> String {
        try format.plainDocument(report, language: language) ?? render(report, language: language, style: style)
    }
}
