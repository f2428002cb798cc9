import Foundation
import Testing

/// The links `feeds add` and `feeds rotate` print: both forms, from one checked address,
/// with a warning when only this machine can reach them.
struct SubscriptionLinkCommandTests {
    typealias CLI = CommandLineTests

    let data: String

    init() throws {
        data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let planned = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-03-31"], environment: env)
        #expect(planned.status == 0, "\(planned.stderr)")
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen", "SAMKAL_BASE_URL": ""].merging(extra) { $1 })
    }

    @Test func withoutAnAddressTheLinksPointAtThisMachineAndSaySo() throws {
        let added = try run(["feeds", "add", "--person", "ola-brattoy"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("http://localhost:8080/feeds/"))
        #expect(added.stdout.contains("webcal://localhost:8080/feeds/"))
        #expect(added.stderr.contains("bare denne maskinen når"))
        #expect(added.stderr.contains("--base-url"))
    }

    @Test func aPublicHTTPSAddressGivesLinksWithoutWarning() throws {
        let added = try run(["feeds", "add", "--agreement", "afjord-nav-nord-fosen", "--base-url", "https://kalender.afjord.kommune.no/"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("https://kalender.afjord.kommune.no/feeds/"))
        #expect(added.stdout.contains("webcal://kalender.afjord.kommune.no/feeds/"))
        #expect(!added.stderr.contains("merk:"), "\(added.stderr)")
        let plain = try run(["feeds", "add", "--party", "nav-nord-fosen"], environment: ["SAMKAL_BASE_URL": "http://kalender.afjord.kommune.no"])
        #expect(plain.stderr.contains("uten kryptering"), "\(plain.stderr)")
    }

    @Test func anAddressThatIsNoURLIsRefusedAndNoLinkIsMade() throws {
        let refused = try run(["feeds", "add", "--person", "ola-brattoy", "--base-url", "kalender.afjord.kommune.no"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("feil: --base-url: 'kalender.afjord.kommune.no' er ikke en adresse"), "\(refused.stderr)")
        let fromEnvironment = try run(["feeds", "add", "--person", "ola-brattoy"], environment: ["SAMKAL_BASE_URL": "ftp://x"])
        #expect(fromEnvironment.status != 0)
        #expect(fromEnvironment.stderr.contains("SAMKAL_BASE_URL"))
        let listed = try run(["feeds", "list", "--json"])
        let links = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
        #expect(links?.isEmpty == true, "\(listed.stdout)")
    }
}
