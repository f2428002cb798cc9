/// What a listing for people says when it has no rows, and where to go from there.
public enum EmptyListingText: Sendable, Hashable, CaseIterable {
    case feeds, actions, minutes, outbox, replies, accessTokens

    public func text(in language: Language) -> String {
        switch self {
        case .feeds:
            language.pick(
                nb: "ingen abonnementslenker du kan se ennå; lag en med samkal feeds add --person|--party|--agreement ID",
                nn: "ingen abonnementslenkjer du kan sjå enno; lag ei med samkal feeds add --person|--party|--agreement ID",
                en: "no subscription links you may see yet; make one with samkal feeds add --person|--party|--agreement ID"
            )
        case .actions:
            language.pick(
                nb: "ingen åpne oppfølgingspunkter du kan se (--all viser også de utførte)",
                nn: "ingen opne oppfølgingspunkt du kan sjå (--all viser også dei som er gjorde)",
                en: "no open action items you may see (--all shows the done ones too)"
            )
        case .minutes:
            language.pick(
                nb: "ingen referater du kan se; skriv et med samkal minutes log MØTE (finn møtet med samkal meetings)",
                nn: "ingen referat du kan sjå; skriv eitt med samkal minutes log MØTE (finn møtet med samkal meetings)",
                en: "no minutes you may see; write some with samkal minutes log MEETING (find the meeting with samkal meetings)"
            )
        case .outbox:
            language.pick(
                nb: "utboksen er tom; samkal invite legger innkallingene der",
                nn: "utboksen er tom; samkal invite legg innkallingane der",
                en: "the outbox is empty; samkal invite puts the invitations there"
            )
        case .replies:
            language.pick(
                nb: "ingen innkallinger er sendt for dette ennå, så det finnes ingen svar",
                nn: "ingen innkallingar er sende for dette enno, så det finst ingen svar",
                en: "no invitations have been sent for this yet, so there are no answers"
            )
        case .accessTokens:
            language.pick(
                nb: "ingen tilgangsnøkler ennå; lag en med samkal tokens create --person ID --expires 90d",
                nn: "ingen tilgangsnøklar enno; lag ein med samkal tokens create --person ID --expires 90d",
                en: "no access tokens yet; make one with samkal tokens create --person ID --expires 90d"
            )
        }
    }
}
