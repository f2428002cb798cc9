import Foundation
import SamkalCore
import Testing

/// `MoveReason.improved`, the reason `plan --optimize` gives for a meeting it moved.
struct MoveReasonImprovedTests {
    @Test func itIsWordedInEveryLanguage() {
        #expect(MoveReason.improved.message(in: .nb) == "flyttet: nærmere ønsket dag og tid")
        #expect(MoveReason.improved.message(in: .nn) == "flytta: nærare ønskt dag og tid")
        #expect(MoveReason.improved.message(in: .en) == "moved: nearer the preferred day and time")
    }

    /// Change rows keep their reason as JSON: the new case is stored beside the old ones,
    /// and reasons stored before it still read.
    @Test func storedReasonsStillRead() throws {
        let improved = try JSONEncoder().encode(MoveReason.improved)
        #expect(String(decoding: improved, as: UTF8.self) == #"{"improved":{}}"#)
        #expect(try JSONDecoder().decode(MoveReason.self, from: improved) == .improved)
        #expect(try JSONDecoder().decode(MoveReason.self, from: Data(#"{"outsideWindow":{}}"#.utf8)) == .outsideWindow)
        #expect(try JSONDecoder().decode(MoveReason.self, from: Data(#"{"busy":{"people":["P"]}}"#.utf8)) == .busy(people: ["P"]))
    }
}
