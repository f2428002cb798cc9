import SamkalCore
import Testing

/// Every text of the meeting listing and of short references, in bokmål, nynorsk and
/// English (`Trilingual`): the samples come from a switch without `default`, so a new
/// case does not build until it has one.
enum MeetingListTextSample: String, CaseIterable, CustomTestStringConvertible {
    case attendanceRule, participantTitle, participantTitleInFull, interpreterTitle, interpreterTitleWithoutLanguage
    case interpreterKind, tentative, confirmed, cancelled, range, noMeetings, unknownReference
    case ambiguousListed, ambiguousUnlisted, attendanceOnlyConvened

    init(_ text: MeetingListText) {
        switch text {
        case .attendanceRule: self = .attendanceRule
        case .participantTitle(_, _, nil): self = .participantTitle
        case .participantTitle(_, _, _?): self = .participantTitleInFull
        case .interpreterTitle(let spoken): self = spoken.isEmpty ? .interpreterTitleWithoutLanguage : .interpreterTitle
        case .interpreterKind: self = .interpreterKind
        case .status(.tentative): self = .tentative
        case .status(.confirmed): self = .confirmed
        case .status(.cancelled): self = .cancelled
        case .range: self = .range
        case .noMeetings: self = .noMeetings
        case .unknownReference: self = .unknownReference
        case .ambiguousReference(_, listed: true): self = .ambiguousListed
        case .ambiguousReference(_, listed: false): self = .ambiguousUnlisted
        case .attendanceOnlyConvened: self = .attendanceOnlyConvened
        }
    }

    var sample: MeetingListText {
        switch self {
        case .attendanceRule: .attendanceRule
        case .participantTitle: .participantTitle(kind: .threeWayMeeting, caseID: "D-0042", name: nil)
        case .participantTitleInFull: .participantTitle(kind: .threeWayMeeting, caseID: "D-0042", name: "Amanuel")
        case .interpreterTitle: .interpreterTitle(language: "ti")
        case .interpreterTitleWithoutLanguage: .interpreterTitle(language: "")
        case .interpreterKind: .interpreterKind
        case .tentative: .status(.tentative)
        case .confirmed: .status(.confirmed)
        case .cancelled: .status(.cancelled)
        case .range: .range(from: "2027-01-01", to: "2027-02-25")
        case .noMeetings: .noMeetings
        case .unknownReference: .unknownReference("M-4F7KQ")
        case .ambiguousListed: .ambiguousReference("M-4F7KQ", listed: true)
        case .ambiguousUnlisted: .ambiguousReference("M-4F7KQ", listed: false)
        case .attendanceOnlyConvened: .attendanceOnlyConvened(participants: "D-0042")
        }
    }

    var testDescription: String { "MeetingListText.\(rawValue)" }
}

struct MeetingListTextTests {
    @Test(arguments: MeetingListTextSample.allCases) func everyMeetingListText(_ key: MeetingListTextSample) {
        #expect(MeetingListTextSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.text(in: $0) }
    }

    @Test func theColumnsHaveHeadingsInEveryLanguageAndFixedKeys() {
        Trilingual.expect("MeetingListColumns") { MeetingListColumns.headings(in: $0).joined(separator: " ") }
        #expect(Set(Language.allCases.map { MeetingListColumns.headings(in: $0).count }) == [7])
        #expect(MeetingListColumns.keys == ["ref", "date", "start", "end", "time_zone", "kind", "title", "location", "status", "uid"])
    }
}
