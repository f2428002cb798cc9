/// What `samkal migrate` says about the copy it made.
public enum MigrationText: Sendable, Hashable {
    /// One table: its rows and checksum, the same in both stores.
    case table(name: String, rows: Int, checksum: String)
    /// The whole copy, checked.
    case done(from: String, to: String, tables: Int, rows: Int, identity: Bool)
    /// `--from` holds no SQLite store.
    case noStore(String)

    public func text(in language: Language) -> String {
        switch self {
        case .table(let name, let rows, let checksum):
            "\(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(rows).leftPadded(to: 9))  sha256:\(checksum.prefix(16))"
        case .done(let from, let to, let tables, let rows, let identity):
            language.pick(
                nb: "flyttet \(rows) rader i \(tables) tabeller fra \(from) til \(to); hver tabell er kontrollert (antall og sjekksum)\(identity ? ", og installasjonens hemmelighet er med: UID-er og lenker er de samme" : "")",
                nn: "flytte \(rows) rader i \(tables) tabellar frå \(from) til \(to); kvar tabell er kontrollert (tal og sjekksum)\(identity ? ", og løyndomen til installasjonen er med: UID-ar og lenkjer er dei same" : "")",
                en: "moved \(rows) rows in \(tables) tables from \(from) to \(to); every table was checked (count and checksum)\(identity ? ", and the installation's secret came along: UIDs and links stay the same" : "")"
            )
        case .noStore(let directory):
            language.pick(
                nb: "\(directory) har ikke noe samkal-lager (samkal.sqlite): gi --from datamappen til lageret som skal flyttes",
                nn: "\(directory) har ikkje noko samkal-lager (samkal.sqlite): gje --from datamappa til lageret som skal flyttast",
                en: "\(directory) holds no samkal store (samkal.sqlite): give --from the data directory of the store to move"
            )
        }
    }
}

extension String {
    /// The text right-aligned in `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
