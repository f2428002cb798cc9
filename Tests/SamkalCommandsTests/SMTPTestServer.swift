import Foundation

/// A real SMTP server on loopback for the invitation tests: `Tests/Support/smtp_server.py`
/// (aiosmtpd), which writes every accepted message to a directory. It stops when the test
/// closes its standard input, or when the test process ends.
final class SMTPTestServer {
    let port: Int
    let maildir: URL
    private let process: Process
    private let input: Pipe

    init(_ options: [String] = []) throws {
        maildir = try CommandLineTests.temporaryDirectory().appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: maildir, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CommandLineTests.repositoryRoot.appendingPathComponent("Tests/Support/smtp_server.py").path,
                             "--maildir", maildir.path] + options
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        while !printed.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = printed.split(separator: "\n").first, line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            throw CocoaError(.executableLoad)
        }
        self.port = port
    }

    deinit { stop() }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The messages received so far, in arrival order.
    func messages() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: maildir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "eml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The environment that points `samkal invite` at this server.
    var environment: [String: String] {
        ["SAMKAL_SMTP_HOST": "127.0.0.1", "SAMKAL_SMTP_PORT": String(port), "SAMKAL_SMTP_SECURITY": "none"]
    }

    /// Each message as Python's `email` package and `icalendar` read it
    /// (`Tests/Support/inspect_mail.py`): an independent MIME and iCalendar reading.
    static func inspect(_ files: [URL]) throws -> [[String: Any]] {
        guard !files.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CommandLineTests.repositoryRoot.appendingPathComponent("Tests/Support/inspect_mail.py").path] + files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }
}
