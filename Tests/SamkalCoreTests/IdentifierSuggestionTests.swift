import SamkalCore
import Testing

struct IdentifierSuggestionTests {
    let known = ["D-0042", "D-0043", "D-0044", "kari-vagen", "ola-brattoy"]

    @Test func theSameIdentifierWrittenDifferentlyIsFound() {
        #expect(IdentifierSuggestion.closest(to: "D-042", among: known) == "D-0042")
        #expect(IdentifierSuggestion.closest(to: "d0043", among: known) == "D-0043")
        #expect(IdentifierSuggestion.closest(to: "Kari Vagen", among: known) == "kari-vagen")
    }

    @Test func aTypoOneOrTwoEditsAwayIsFoundWhenOnlyOneFits() {
        #expect(IdentifierSuggestion.closest(to: "ola-bratoy", among: known) == "ola-brattoy")
        #expect(IdentifierSuggestion.closest(to: "kari-vågen", among: known) == "kari-vagen")
        // D-0045 is one edit from three candidates: no guess.
        #expect(IdentifierSuggestion.closest(to: "D-0045", among: known) == nil)
    }

    @Test func nothingCloseGivesNoSuggestion() {
        #expect(IdentifierSuggestion.closest(to: "eva-strom", among: known) == nil)
        #expect(IdentifierSuggestion.closest(to: "x", among: known) == nil)
        #expect(IdentifierSuggestion.closest(to: String(repeating: "D", count: 10_000), among: known) == nil)
        #expect(IdentifierSuggestion.closest(to: "D-0042", among: [String]()) == nil)
    }
}
