/// The columns of every listing the command line prints: a stable English machine key
/// for JSON and CSV (what scripts read, the same in every language) and a name for people
/// in each language (the table's header).
public enum ListingColumns: Sendable, Hashable, CaseIterable {
    case accessTokens, actions, attendance, audit, feeds, minutes, outbox, participants, planChanges, replies

    /// One column: its machine key and its header for people.
    public struct Column: Sendable, Hashable {
        public let key: String
        let nb: String
        let nn: String
        let en: String

        public func name(in language: Language) -> String {
            language.pick(nb: nb, nn: nn, en: en)
        }
    }

    /// The keys of JSON objects and the header row of CSV.
    public var keys: [String] { columns.map(\.key) }

    /// The header of the table for people.
    public func names(in language: Language) -> [String] { columns.map { $0.name(in: language) } }

    public var columns: [Column] {
        switch self {
        case .accessTokens:
            [
                Column(key: "id", nb: "nr", nn: "nr", en: "id"),
                Column(key: "person", nb: "person", nn: "person", en: "person"),
                Column(key: "label", nb: "til", nn: "til", en: "label"),
                Column(key: "created", nb: "laget", nn: "laga", en: "created"),
                Column(key: "expires", nb: "utløper", nn: "går ut", en: "expires"),
                Column(key: "state", nb: "status", nn: "status", en: "state"),
            ]
        case .actions:
            [
                Column(key: "id", nb: "nr", nn: "nr", en: "id"),
                Column(key: "person", nb: "person", nn: "person", en: "person"),
                Column(key: "name", nb: "navn", nn: "namn", en: "name"),
                Column(key: "what", nb: "hva", nn: "kva", en: "what"),
                Column(key: "due", nb: "frist", nn: "frist", en: "due"),
                Column(key: "meeting", nb: "møte", nn: "møte", en: "meeting"),
                Column(key: "state", nb: "status", nn: "status", en: "state"),
            ]
        case .attendance:
            [
                Column(key: "participant", nb: "deltaker", nn: "deltakar", en: "participant"),
                Column(key: "planned", nb: "planlagt", nn: "planlagd", en: "planned"),
                Column(key: "held", nb: "holdt", nn: "halde", en: "held"),
                Column(key: "attended", nb: "møtt", nn: "møtt", en: "attended"),
                Column(key: "missed", nb: "fravær", nn: "fråvær", en: "missed"),
                Column(key: "excused", nb: "gyldig fravær", nn: "gyldig fråvær", en: "excused"),
                Column(key: "rate", nb: "andel", nn: "del", en: "rate"),
                Column(key: "open_action_items", nb: "åpne punkter", nn: "opne punkt", en: "open action items"),
            ]
        case .audit:
            [
                Column(key: "id", nb: "nr", nn: "nr", en: "id"),
                Column(key: "at", nb: "tid", nn: "tid", en: "time"),
                Column(key: "who", nb: "hvem", nn: "kven", en: "who"),
                Column(key: "action", nb: "handling", nn: "handling", en: "action"),
                Column(key: "target", nb: "gjelder", nn: "gjeld", en: "target"),
                Column(key: "allowed", nb: "tillatt", nn: "tillate", en: "allowed"),
                Column(key: "rule", nb: "regel", nn: "regel", en: "rule"),
                // Last, so that scripts reading the columns before it by position still work.
                Column(key: "via", nb: "via", nn: "via", en: "via"),
            ]
        case .feeds:
            [
                Column(key: "id", nb: "nr", nn: "nr", en: "id"),
                Column(key: "kind", nb: "type", nn: "type", en: "kind"),
                Column(key: "subject", nb: "gjelder", nn: "gjeld", en: "subject"),
                Column(key: "label", nb: "navn", nn: "namn", en: "label"),
                Column(key: "created_at", nb: "laget", nn: "laga", en: "created"),
                Column(key: "revoked_at", nb: "trukket tilbake", nn: "trekt tilbake", en: "revoked"),
            ]
        case .minutes:
            [
                Column(key: "uid", nb: "uid", nn: "uid", en: "uid"),
                Column(key: "kind", nb: "type", nn: "type", en: "kind"),
                Column(key: "title", nb: "tittel", nn: "tittel", en: "title"),
                Column(key: "date", nb: "dato", nn: "dato", en: "date"),
                Column(key: "revision", nb: "versjon", nn: "versjon", en: "revision"),
                Column(key: "recorded_at", nb: "registrert", nn: "registrert", en: "recorded"),
                Column(key: "author", nb: "skrevet av", nn: "skriven av", en: "author"),
                Column(key: "open_action_items", nb: "åpne punkter", nn: "opne punkt", en: "open action items"),
            ]
        case .outbox:
            [
                Column(key: "id", nb: "nr", nn: "nr", en: "id"),
                Column(key: "status", nb: "status", nn: "status", en: "status"),
                Column(key: "method", nb: "metode", nn: "metode", en: "method"),
                Column(key: "sequence", nb: "sekvens", nn: "sekvens", en: "sequence"),
                Column(key: "meeting", nb: "møte", nn: "møte", en: "meeting"),
                Column(key: "recipient", nb: "mottaker", nn: "mottakar", en: "recipient"),
                Column(key: "attempts", nb: "forsøk", nn: "forsøk", en: "attempts"),
                Column(key: "next_attempt", nb: "neste forsøk", nn: "neste forsøk", en: "next attempt"),
                Column(key: "sent", nb: "sendt", nn: "sendt", en: "sent"),
                Column(key: "error", nb: "feil", nn: "feil", en: "error"),
            ]
        case .participants:
            [
                Column(key: "id", nb: "saksnr", nn: "saksnr", en: "id"),
                Column(key: "name", nb: "navn", nn: "namn", en: "name"),
                Column(key: "language", nb: "språk", nn: "språk", en: "language"),
                Column(key: "interpreter", nb: "tolk", nn: "tolk", en: "interpreter"),
                Column(key: "start", nb: "start", nn: "start", en: "start"),
                Column(key: "planned_end", nb: "planlagt slutt", nn: "planlagd slutt", en: "planned end"),
                Column(key: "ended", nb: "avsluttet", nn: "avslutta", en: "ended"),
                Column(key: "final_goal", nb: "sluttmål", nn: "sluttmål", en: "final goal"),
                Column(key: "program_advisor", nb: "programrådgiver", nn: "programrådgjevar", en: "programme advisor"),
                Column(key: "nav_advisor", nb: "NAV-veileder", nn: "NAV-rettleiar", en: "NAV advisor"),
                Column(key: "team_needs", nb: "teambehov", nn: "teambehov", en: "team needs"),
                Column(key: "team_members", nb: "teammedlemmer", nn: "teammedlemmer", en: "team members"),
                Column(key: "parental_leave", nb: "foreldrepermisjon", nn: "foreldrepermisjon", en: "parental leave"),
                Column(key: "holidays", nb: "ferie", nn: "ferie", en: "holidays"),
                Column(key: "home_municipality", nb: "bostedskommune", nn: "bustadkommune", en: "home municipality"),
            ]
        case .planChanges:
            [
                Column(key: "version", nb: "versjon", nn: "versjon", en: "version"),
                Column(key: "uid", nb: "uid", nn: "uid", en: "uid"),
                Column(key: "change", nb: "endring", nn: "endring", en: "change"),
                Column(key: "sequence", nb: "sekvens", nn: "sekvens", en: "sequence"),
                Column(key: "status", nb: "status", nn: "status", en: "status"),
                Column(key: "date", nb: "dato", nn: "dato", en: "date"),
                Column(key: "start", nb: "start", nn: "start", en: "start"),
                Column(key: "description", nb: "beskrivelse", nn: "skildring", en: "description"),
            ]
        case .replies:
            [
                Column(key: "date", nb: "dato", nn: "dato", en: "date"),
                Column(key: "meeting", nb: "møte", nn: "møte", en: "meeting"),
                Column(key: "person", nb: "person", nn: "person", en: "person"),
                Column(key: "name", nb: "navn", nn: "namn", en: "name"),
                Column(key: "partstat", nb: "partstat", nn: "partstat", en: "partstat"),
                Column(key: "answer", nb: "svar", nn: "svar", en: "answer"),
            ]
        }
    }
}
