import Foundation
import Testing

/// `samkal tokens`: the operator on the server machine makes, lists and revokes personal
/// access tokens; the secret is shown once, and the audit log says how each actor was known.
struct AccessTokenCommandTests {
    typealias CLI = CommandLineTests

    let data: String

    init() throws {
        data = try CLI.seededDataDirectory()
        let planned = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-03-31"], environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"])
        #expect(planned.status == 0, "\(planned.stderr)")
    }

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments + ["--lang", "en"], environment: ["SAMKAL_DATA": data])
    }

    @Test func aTokenIsShownOnceListedAndRevoked() throws {
        let made = try run(["tokens", "create", "--person", "jonas-odegard", "--expires", "30d", "--label", "NAV script"])
        #expect(made.status == 0, "\(made.stderr)")
        let secret = try #require(made.stdout.firstMatch(of: /samkal_[A-Za-z0-9_-]{43}/)).output
        #expect(made.stdout.contains("Access token 1 for jonas-odegard"))
        // Only a hash is stored: the secret is nowhere in the database.
        let database = try Data(contentsOf: URL(fileURLWithPath: data).appendingPathComponent("samkal.sqlite"))
        #expect(database.range(of: Data(secret.utf8)) == nil)

        let listed = try run(["tokens", "list", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: String]])
        #expect(rows.count == 1 && rows[0]["person"] == "jonas-odegard" && rows[0]["label"] == "NAV script" && rows[0]["state"] == "active")
        #expect(!listed.stdout.contains(secret))

        #expect(try run(["tokens", "revoke", "1"]).stdout.contains("Access token 1 revoked."))
        let again = try run(["tokens", "revoke", "1"])
        #expect(again.status == 1 && again.stderr.contains("no active access token 1"))
        #expect(try run(["tokens", "list", "--json"]).stdout.contains("\"revoked\""))
    }

    @Test func aBadLifetimeOrAnUnknownPersonChangesNothing() throws {
        for (lifetime, message) in [("3w", "give a number of days"), ("0d", "from 1 to 366 days"), ("400d", "from 1 to 366 days"), ("d", "give a number")] {
            let refused = try run(["tokens", "create", "--person", "jonas-odegard", "--expires", lifetime])
            #expect(refused.status == 64 && refused.stderr.contains(message), "\(lifetime): \(refused.stderr)")
        }
        let unknown = try run(["tokens", "create", "--person", "ola-nordmann"])
        #expect(unknown.status == 1 && unknown.stderr.contains("ola-nordmann"), "\(unknown.stderr)")
        let listed = try run(["tokens", "list"])
        #expect(listed.stderr.contains("no access tokens yet"), "\(listed.stderr)")
    }

    /// In local mode the operating-system account vouches for who asks: every entry says so.
    @Test func theAuditLogSaysTheOperatorAccountRan() throws {
        _ = try run(["tokens", "create", "--person", "jonas-odegard"])
        let audit = try CLI.run(["audit", "--json", "--as", "kari-vagen"], environment: ["SAMKAL_DATA": data])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: String]])
        let user = try #require(rows.last?["via"])
        #expect(user.hasPrefix("operator:"), "\(rows)")
        #expect(rows.contains { $0["who"] == user && $0["action"] == "writeAccessTokens" && $0["rule"] == "operatorOnServer" })
        #expect(rows.allSatisfy { $0["via"] == user })
        let table = try CLI.run(["audit", "--as", "kari-vagen", "--lang", "en"], environment: ["SAMKAL_DATA": data])
        #expect(table.stdout.contains("locally"))
    }
}
