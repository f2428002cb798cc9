import Foundation
import SamkalCore
import Testing

struct AgreementStorageTests {
    /// A store written before participant meetings and rooms existed (issue #3) must still
    /// open: the agreement decodes with the defaults.
    @Test func anAgreementStoredByAnEarlierVersionDecodesWithDefaults() throws {
        let path = AgreementFixtures.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(agreement)) as? [String: Any])
        object["participantMeetings"] = nil
        object["rooms"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(Agreement.self, from: old)
        #expect(decoded.id == agreement.id)
        #expect(decoded.people == agreement.people)
        #expect(decoded.rooms.isEmpty)
        #expect(decoded.participantMeetings == ParticipantMeetingRules())
        #expect(try JSONDecoder().decode(Agreement.self, from: JSONEncoder().encode(agreement)) == agreement)
    }
}
