import Foundation
import SamkalCore
import Testing

/// The commands the documentation shows are run as a reader would run them: every ```sh
/// block of README.md and docs/*.md, in document order, against the built binary.
///
/// Each document gets a working directory of its own holding copies of `calendars/` and
/// `Templates/` (so the documents' repository-relative paths work and nothing is written
/// into the checkout), an empty HOME whose default data directory holds the tests' fixed
/// installation secret (so opaque identifiers are the same on every run), and `samkal`
/// first on the PATH. Blocks run with bash (`set -euo pipefail`) one after the other, so
/// a later block sees what an earlier one stored, and each must exit 0.
///
/// Just before a block's fence, one HTML comment may say otherwise:
/// `<!-- not run: why -->` for a block that must not run here (it starts a server, needs
/// SMTP, installs packages), or `<!-- exit N: why -->` for a block that shows a failure
/// and must exit with status N. A block without either must consist of samkal commands.
struct DocumentationCommandsTests {
    typealias CLI = CommandLineTests

    enum Directive: Equatable {
        case notRun(reason: String)
        case exit(status: Int32)
    }

    struct Block {
        let document: String
        /// The line of the opening fence, counted from 1.
        let line: Int
        let text: String
        let directive: Directive?

        var location: String { "\(document):\(line)" }
        var expectedStatus: Int32 {
            if case .exit(let status)? = directive { return status }
            return 0
        }
    }

    /// README.md, then docs/*.md in name order (repository-relative paths).
    static let documents: [String] = {
        let docs = CLI.repositoryRoot.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }()

    static func text(of document: String) throws -> String {
        try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
    }

    // MARK: Reading the blocks

    /// Every ```sh block of `text`, with the directive in the comment just before it.
    static func shellBlocks(in text: String, document: String) -> [Block] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let opener = lines[index].trimmingCharacters(in: .whitespaces)
            guard opener.hasPrefix("```") else { index += 1; continue }
            let info = opener.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let start = index
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                body.append(lines[index])
                index += 1
            }
            index += 1
            guard info == "sh" else { continue }
            blocks.append(Block(
                document: document, line: start + 1, text: body.joined(separator: "\n"),
                directive: directive(before: start, in: lines)
            ))
        }
        return blocks
    }

    /// The `<!-- not run: … -->` or `<!-- exit N: … -->` comment on the last non-blank line
    /// before line `index`, if that is one.
    static func directive(before index: Int, in lines: [String]) -> Directive? {
        var previous = index - 1
        while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).isEmpty { previous -= 1 }
        guard previous >= 0 else { return nil }
        let line = lines[previous].trimmingCharacters(in: .whitespaces)
        guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
        let inside = line.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        if inside.hasPrefix("not run:") {
            return .notRun(reason: inside.dropFirst("not run:".count).trimmingCharacters(in: .whitespaces))
        }
        if inside.hasPrefix("exit ") {
            let number = inside.dropFirst("exit ".count).prefix { $0.isNumber }
            if let status = Int32(number) { return .exit(status: status) }
        }
        return nil
    }

    /// The block's commands: continuation lines joined, blank lines and comments dropped.
    static func commands(of block: Block) -> [String] {
        var commands: [String] = []
        var current = ""
        for raw in block.text.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if current.isEmpty && (line.isEmpty || line.hasPrefix("#")) { continue }
            if line.hasSuffix("\\") {
                current += String(line.dropLast()) + " "
            } else {
                commands.append(current + line)
                current = ""
            }
        }
        if !current.isEmpty { commands.append(current) }
        return commands
    }

    /// Why a command may not run as documentation, or `nil`: every `&&` part must be a
    /// samkal command (after `NAME=value` assignments), an `export NAME=value`, or an
    /// `echo`/`printf` piped into samkal.
    static func problem(with command: String) -> String? {
        for part in split(command, on: "&&") {
            let segments = split(part, on: "|").map { withoutAssignments($0) }
            if segments.count == 1, segments[0].hasPrefix("export "), segments[0].contains("=") { continue }
            guard let last = segments.last, isSamkal(last) else {
                return "not a samkal command: \(part.trimmingCharacters(in: .whitespaces))"
            }
            for feeder in segments.dropLast() where !(feeder.hasPrefix("echo ") || feeder.hasPrefix("printf ")) {
                return "only echo or printf may feed samkal: \(feeder)"
            }
        }
        return nil
    }

    /// `text` split at each `separator` outside single and double quotes.
    static func split(_ text: String, on separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var rest = Substring(text)
        while let character = rest.first {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if rest.hasPrefix(separator) {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
                continue
            }
            current.append(character)
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts
    }

    private static func isSamkal(_ segment: String) -> Bool {
        segment == "samkal" || segment.hasPrefix("samkal ")
    }

    private static func withoutAssignments(_ segment: String) -> String {
        var words = segment.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first, let equals = first.firstIndex(of: "="),
              first[first.startIndex..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              equals != first.startIndex {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    // MARK: Running them

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A working directory for one document: copies of `calendars/` and `Templates/`, a
    /// HOME with the seeded data directory, and `bin/samkal`.
    static func workingDirectory() throws -> (directory: URL, home: URL, bin: URL) {
        let manager = FileManager.default
        let directory = try CLI.temporaryDirectory()
        for name in ["calendars", "Templates"] {
            try manager.copyItem(at: CLI.repositoryRoot.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let home = directory.appendingPathComponent("home")
        let data = home.appendingPathComponent(".local/share/samkal")
        try manager.createDirectory(at: data, withIntermediateDirectories: true)
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data.path)
        let key = data.appendingPathComponent("identifier.key")
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength).write(to: key)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key.path)
        let bin = directory.appendingPathComponent("bin")
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: bin.appendingPathComponent("samkal"), withDestinationURL: try CLI.binary())
        return (directory, home, bin)
    }

    /// Runs `block` with bash in `directory`, as a reader whose only samkal settings are
    /// the defaults; stops it after two minutes (status 124).
    static func run(_ block: Block, in directory: URL, home: URL, bin: URL) throws -> Outcome {
        let process = Process()
        // `timeout` ends a block that hangs (a command waiting for input it never gets).
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", "/bin/bash", "-c", "set -euo pipefail\n" + block.text]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("SAMKAL_") && !["XDG_DATA_HOME", "XDG_CONFIG_HOME", "VISUAL", "EDITOR"].contains(key)
        }
        environment["HOME"] = home.path
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let out = directory.appendingPathComponent(".stdout")
        let err = directory.appendingPathComponent(".stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer { try? outHandle.close(); try? errHandle.close() }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        )
    }

    // MARK: Tests

    @Test func everyShellBlockRunsOrSaysWhyNot() throws {
        var problems: [String] = []
        for document in Self.documents {
            for block in Self.shellBlocks(in: try Self.text(of: document), document: document) {
                if case .notRun(let reason)? = block.directive {
                    if reason.isEmpty { problems.append("\(block.location): say why the block is not run") }
                    continue
                }
                let commands = Self.commands(of: block)
                if commands.isEmpty { problems.append("\(block.location): an empty block") }
                for command in commands {
                    if let problem = Self.problem(with: command) {
                        problems.append("\(block.location): \(problem); precede the block with <!-- not run: why --> or show samkal commands only")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: documents)
    func documentedCommandsSucceedInOrder(document: String) throws {
        let blocks = Self.shellBlocks(in: try Self.text(of: document), document: document).filter {
            if case .notRun? = $0.directive { return false }
            return $0.directive != nil || Self.commands(of: $0).allSatisfy { Self.problem(with: $0) == nil }
        }
        guard !blocks.isEmpty else { return }
        let (directory, home, bin) = try Self.workingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for block in blocks {
            let outcome = try Self.run(block, in: directory, home: home, bin: bin)
            #expect(
                outcome.status == block.expectedStatus,
                "\(block.location): exit status \(outcome.status), expected \(block.expectedStatus)\n\(block.text)\n--- stdout\n\(outcome.stdout)\n--- stderr\n\(outcome.stderr)"
            )
            #expect(!outcome.stderr.contains("uventet feil"), "\(block.location): \(outcome.stderr)")
        }
    }

    @Test func blocksAndTheirDirectivesAreRead() {
        let text = """
            Intro.

            <!-- not run: starts a server -->
            ```sh
            samkal serve
            ```

            <!-- exit 77: refused -->

            ```sh
            samkal audit --as jonas-odegard
            ```

            ```yaml
            id: x
            ```

              ```sh
              SAMKAL_LANG=en samkal check a.yaml \\
                --lang en
              echo tekst | samkal minutes log M-1 --excused 'D-0043|syk'
              bash script/install && ~/.local/bin/samkal serve
              ```
            """
        let blocks = Self.shellBlocks(in: text, document: "x.md")
        #expect(blocks.map(\.line) == [4, 10, 18])
        #expect(blocks.map(\.directive) == [.notRun(reason: "starts a server"), .exit(status: 77), nil])
        let commands = Self.commands(of: blocks[2])
        #expect(commands.count == 3)
        #expect(commands.prefix(2).allSatisfy { Self.problem(with: $0) == nil })
        #expect(Self.problem(with: commands[2]) != nil)
    }
}
