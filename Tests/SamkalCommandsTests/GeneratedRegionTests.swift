import Foundation
import Testing

/// A generated region (`samkal-bench generate --municipalities`): every municipality's file
/// refers to the host's NAV and interpreters with `from:`, the regional coordinator plans
/// them all with `samkal plan --all`, and an independent reader of the store
/// (`Benchmarks/check_region.py`, SQLite directly) finds nobody booked twice across the
/// agreements. Planning again changes nothing.
struct GeneratedRegionTests {
    typealias CLI = CommandLineTests

    @Test func aGeneratedRegionIsPlannedTogetherWithNobodyBookedTwice() throws {
        let work = try CLI.temporaryDirectory()
        let instance = work.appendingPathComponent("region")
        let bench = try CLI.binary().deletingLastPathComponent().appendingPathComponent("samkal-bench")
        let generator = Process()
        generator.executableURL = bench
        generator.arguments = ["generate", "--municipalities", "3", "--participants", "150", "--out", instance.path]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)

        let data = work.appendingPathComponent("data").path
        func run(_ arguments: [String]) throws -> CLI.Result {
            try CLI.run(arguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "koordinator"])
        }
        for index in 0..<3 {
            let file = instance.appendingPathComponent("kommune-0\(index).yaml").path
            let imported = try run(["participants", "import", instance.appendingPathComponent("kommune-0\(index)-deltakere.csv").path, "--agreement", file])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let busy = try run(["busy", "import", "--dir", instance.appendingPathComponent("busy").path, "--agreement", "kommune-00"])
        #expect(busy.status == 0, "\(busy.stderr)")
        let plan = ["plan", "--all", instance.appendingPathComponent("region.yaml").path, "--from", "2027-01-01", "--to", "2027-12-31"]
        let first = try run(plan)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("region: Planversjon"), "\(first.stdout)")
        for id in ["kommune-00", "kommune-01", "kommune-02"] { #expect(first.stdout.contains("\(id): Planversjon")) }

        let (status, report) = try CLI.python("Benchmarks/check_region.py", [data + "/samkal.sqlite"])
        #expect(status == 0, "\(report)")
        #expect(report.contains("agreements: 4,") && report.contains("double bookings: 0"), "\(report)")
        // NAV advisors and interpreters work in several municipalities' agreements.
        let shared = report.split(separator: ",").first { $0.contains("more than one agreement") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(shared > 0, "\(report)")

        let again = try run(plan)
        #expect(again.status == 0, "\(again.stderr)")
        let summaries = again.stdout.split(separator: "\n").filter { $0.contains("Planversjon") }
        #expect(summaries.count == 4)
        #expect(summaries.allSatisfy { $0.contains(": 0 nye, 0 endret, 0 avlyst, 0 gjeninnsatt.") }, "\(again.stdout)")
    }
}
