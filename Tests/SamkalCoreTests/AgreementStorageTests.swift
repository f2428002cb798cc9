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

    /// Participant-meeting rules stored before `prefer:` existed decode as `.day`; a stored
    /// preference comes back as it was.
    @Test func participantRulesStoredWithoutAPreferenceDecodeAsDay() throws {
        var rules = ParticipantMeetingRules()
        rules.time = LocalTime(hour: 9, minute: 30)!
        rules.bufferMinutes = 20
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(rules)) as? [String: Any])
        #expect(object["preference"] != nil)
        object["preference"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(ParticipantMeetingRules.self, from: old)
        #expect(decoded.preference == .day)
        #expect(decoded.time == rules.time)
        #expect(decoded.bufferMinutes == 20)
        #expect(decoded == rules)

        rules.preference = .time(withinDays: 5)
        #expect(try JSONDecoder().decode(ParticipantMeetingRules.self, from: JSONEncoder().encode(rules)) == rules)
    }
}
