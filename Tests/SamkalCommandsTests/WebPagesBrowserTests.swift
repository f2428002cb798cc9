import Foundation
import SamkalCore
import Testing

/// The web pages in a real browser (`Tests/Support/browser_check.py`): headless Chromium
/// driven by selenium signs in through the test identity provider as the refugee service's
/// contact person, a NAV advisor, a leader and an interpreter; each sees what the
/// need-to-know rules allow and nothing else, the forms work (and a forged one is refused),
/// signing out ends the session, and axe-core finds no WCAG 2.1 A/AA violation on any page.
/// The screenshots of every page are kept in `.build/artefacts/web/`.
///
/// Needs Debian's `chromium` and `chromium-driver` and PyPI's selenium (installed by
/// `.ci/install-dependencies`): without them the test is left out, with the reason; under
/// `CI=true` it fails instead.
struct WebPagesBrowserTests {
    typealias CLI = CommandLineTests

    static let hasBrowser = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    static var enabled: Bool { hasBrowser || ProcessInfo.processInfo.environment["CI"] == "true" }

    @Test(
        .enabled(if: enabled, "Chromium and chromedriver are not installed: run bash .ci/install-dependencies"),
        .timeLimit(.minutes(5))
    )
    func everyRoleSeesWhatTheRulesAllowInARealBrowser() async throws {
        let data = try InternalControlReportTests.year2027()
        let screenshots = CLI.repositoryRoot.appendingPathComponent(".build/artefacts/web")
        try? FileManager.default.removeItem(at: screenshots)
        let binary = try CLI.binary().path
        let script = CLI.repositoryRoot.appendingPathComponent("Tests/Support/browser_check.py").path
        let (status, output) = try await CLI.offThePool { () throws -> (Int32, String) in
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", script, "--samkal", binary, "--data", data, "--screenshots", screenshots.path]
            let pipe = Pipe()
            python.standardOutput = pipe
            python.standardError = pipe
            try python.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            python.waitUntilExit()
            return (python.terminationStatus, text)
        }
        #expect(status == 0, "\(output.suffix(4000))")
        #expect(output.contains("all checks passed"), "\(output.suffix(2000))")
        let shots = (try? FileManager.default.contentsOfDirectory(atPath: screenshots.path)) ?? []
        #expect(shots.filter { $0.hasSuffix(".png") }.count >= 20)
    }
}
