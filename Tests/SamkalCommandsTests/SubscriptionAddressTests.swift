import Foundation
import SamkalService
import Testing

/// The address every printed subscription link is made from.
struct SubscriptionAddressTests {
    @Test func aGivenAddressIsCheckedAndItsTrailingSlashDropped() throws {
        let address = try #require(SubscriptionAddress(given: "https://kalender.afjord.kommune.no/"))
        #expect(address.base == "https://kalender.afjord.kommune.no")
        #expect(!address.isGuessed && !address.isLoopback && !address.isPlainHTTP)
        #expect(address.links(for: "abc").http == "https://kalender.afjord.kommune.no/feeds/abc.ics")
        #expect(address.links(for: "abc").webcal == "webcal://kalender.afjord.kommune.no/feeds/abc.ics")
        #expect(SubscriptionAddress(given: "https://kalender.example.no/samkal")?.links(for: "t").http == "https://kalender.example.no/samkal/feeds/t.ics")
        for bad in ["kalender.kommune.no", "ftp://kalender.kommune.no", "https://", "https://x.no/?a=b", "https://x.no/#a", "https://u:p@x.no", ""] {
            #expect(SubscriptionAddress(given: bad) == nil, "\(bad)")
        }
    }

    @Test func aGuessedAddressIsWhereTheServerListensAndLoopbackIsKnown() {
        #expect(SubscriptionAddress(listeningHost: "0.0.0.0", port: 8080).base == "http://localhost:8080")
        #expect(SubscriptionAddress(listeningHost: "127.0.0.1", port: 9000).isLoopback)
        #expect(SubscriptionAddress(listeningHost: "::1", port: 9000).base == "http://[::1]:9000")
        #expect(SubscriptionAddress(listeningHost: "::1", port: 9000).isLoopback)
        let lan = SubscriptionAddress(listeningHost: "10.0.0.5", port: 8080)
        #expect(lan.isGuessed && !lan.isLoopback && lan.isPlainHTTP)
        #expect(SubscriptionAddress(given: "http://localhost:8080")?.isLoopback == true)
    }
}
