import Foundation
import SamkalCore

/// A listing as rows of named columns, printable as a table, JSON or CSV.
struct Listing {
    let columns: [String]
    let rows: [[String]]

    func render(_ format: ListingFormat) throws -> String {
        switch format {
        case .table: return table()
        case .json: return try json()
        case .csv: return try csv()
        }
    }

    private func table() -> String {
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var lines: [String] = []
        for (index, row) in all.enumerated() {
            lines.append(row.enumerated().map { column, cell in
                column == columns.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() throws -> String {
        let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
    }

    private func csv() throws -> String {
        try CSVText.text(columns: columns, rows: rows)
    }
}
