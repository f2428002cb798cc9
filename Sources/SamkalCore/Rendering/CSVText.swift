import CSV
import Foundation

/// Rows as CSV (RFC 4180, CSV.swift's writer), headings first: what every `--csv` listing
/// and the internal-control report's CSV are written with.
public enum CSVText {
    public static func text(columns: [String], rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: columns)
        for row in rows { try writer.write(row: row) }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
