import Foundation
import SamkalCore

/// Agreements for tests: the shipped example, and a small one to break line by line.
enum AgreementFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let examplePath = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path

    static func exampleYAML() throws -> String {
        try String(contentsOfFile: examplePath, encoding: .utf8)
    }

    /// A small valid agreement; line numbers matter to the tests that break it.
    static let small = """
        id: test-avtale
        name: Testavtale
        workingHours: { start: "08:30", end: "15:00" }
        parties:
          - id: flyktning
            kind: refugeeService
            name: Flyktningtjenesten
            leader: { id: leder-f, name: Leder Flyktning, email: leder.f@test.example.no }
            contacts:
              - { id: kontakt-f, name: Kontakt Flyktning, email: kontakt.f@test.example.no, role: contactPerson }
          - id: nav
            kind: nav
            name: NAV Test
            leader: { id: leder-n, name: Leder NAV, email: leder.n@nav.example.no }
            contacts:
              - { id: kontakt-n, name: Kontakt NAV, email: kontakt.n@nav.example.no, role: contactPerson }
        leaderMeetings:
          windows:
            - { period: spring, from: "03-01", to: "05-31" }
            - { period: autumn, from: "09-01", to: "11-30" }
          weekday: tuesday
          time: "09:00"
          durationMinutes: 120
          location: Rådhuset
          convener: kontakt-f
          leadersOf: [flyktning, nav]
        """

    /// `small` with line `number` (1-based) replaced.
    static func small(replacingLine number: Int, with line: String) -> String {
        var lines = small.components(separatedBy: "\n")
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }

    /// `small` with lines appended.
    static func small(appending extra: String) -> String {
        small + "\n" + extra
    }
}
