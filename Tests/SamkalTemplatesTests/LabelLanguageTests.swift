import SamkalCore
@testable import SamkalTemplates
import Testing

/// The fixed words of invitations and minutes exist in bokmål, nynorsk and English, with
/// the same keys in each (a template must never find a label missing), and nynorsk is not
/// bokmål.
struct LabelLanguageTests {
    static func expectComplete(_ labels: (Language) -> [String: String], _ name: String) {
        let nb = labels(.nb), nn = labels(.nn), en = labels(.en)
        #expect(Set(nn.keys) == Set(nb.keys), "\(name): nynorsk has other keys than bokmål")
        #expect(Set(en.keys) == Set(nb.keys), "\(name): English has other keys than bokmål")
        for (key, bokmål) in nb {
            let nynorsk = nn[key] ?? "", english = en[key] ?? ""
            #expect(!bokmål.isEmpty && !nynorsk.isEmpty && !english.isEmpty, "\(name).\(key) is empty in a language")
            #expect(english != bokmål, "\(name).\(key) is bokmål in English")
            if bokmål.split(separator: " ").count > 3 {
                #expect(nynorsk != bokmål, "\(name).\(key) is bokmål in nynorsk: «\(nynorsk)»")
            }
        }
    }

    @Test func invitationLabels() {
        Self.expectComplete(InvitationLabels.all, "InvitationLabels")
    }

    @Test func minutesLabels() {
        Self.expectComplete(MinutesLabels.all, "MinutesLabels")
        #expect(Language.allCases.map(MinutesLabels.open) == ["åpen", "open", "open"])
        #expect(Language.allCases.map(MinutesLabels.done) == ["utført", "gjort", "done"])
    }
}
