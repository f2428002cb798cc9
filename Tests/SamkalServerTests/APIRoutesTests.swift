import Foundation
import HTTPTypes
@testable import SamkalServer
import Testing
import Yams

/// The table of paths and methods the server answers 405 from is the document's.
struct APIRoutesTests {
    @Test func theRouteTableIsTheDocumentsPathsAndMethods() throws {
        let path = ServerFixture.repositoryRoot.appendingPathComponent("Sources/SamkalAPI/openapi.yaml").path
        let document = try #require(try Yams.load(yaml: String(contentsOfFile: path, encoding: .utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods = Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"])
        var declared: [String: Set<String>] = [:]
        for (template, operations) in paths {
            declared[template] = Set(operations.keys.filter(methods.contains).map { $0.uppercased() })
        }
        var table: [String: Set<String>] = [:]
        for (template, verbs) in APIRoutes.paths {
            table["/" + template.joined(separator: "/")] = Set(verbs.map(\.rawValue))
        }
        #expect(table == declared)
        #expect(APIRoutes.methods(for: "/api/v1/tokens/12") == [.delete])
        #expect(APIRoutes.methods(for: "/api/v1/tokens/12/x") == nil)
        #expect(APIRoutes.methods(for: "/feeds/x.ics") == nil)
    }
}
