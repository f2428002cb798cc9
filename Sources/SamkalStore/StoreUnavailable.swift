import Foundation
import GRDB
import SamkalCore

/// Why the store cannot be opened or could not finish, said to a person in a sentence
/// that says what to do — never SQLite's or Foundation's own text. A failure of this kind
/// leaves the store as it was: the transaction it happened in is rolled back.
public enum StoreUnavailable: Error, Sendable, Hashable {
    /// `--data` (or `SAMKAL_DATA`) names a file, not a directory.
    case notADirectory(String)
    /// The data directory is missing and cannot be made (a parent is not writable).
    case cannotCreate(String)
    /// The store's files cannot be opened (permissions, or a directory in the way).
    case cannotOpen(String?)
    /// The directory or the database is read-only.
    case readOnly(String?)
    /// Another program holds the store locked for longer than samkal waits.
    case locked(String?)
    /// The file is not a samkal store (another program's database, or not a database).
    case notAStore(String?)
    /// A newer samkal has changed the store in ways this one does not know.
    case newerStore(String?)
    /// The database file is damaged.
    case damaged(String?)
    /// The disk (or the user's quota) is full.
    case diskFull(String?)
    /// The database server does not answer (PostgreSQL: down, or not where the URL says).
    case unreachable(String?)
    /// The database server refused samkal's user (its password, or its rights).
    case accessDenied(String?)
    /// Anything else the database reported.
    case failed(String?)

    /// The store problem `error` is, if it is one (a GRDB error), for the store at `path`.
    public static func from(_ error: any Error, path: String?) -> StoreUnavailable? {
        if let unavailable = error as? StoreUnavailable { return unavailable }
        if let postgres = fromPostgres(error, place: path) { return postgres }
        guard let database = error as? DatabaseError else { return nil }
        switch database.resultCode {
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen(path)
        case .SQLITE_READONLY: return .readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_NOTADB: return .notAStore(path)
        case .SQLITE_CORRUPT: return .damaged(path)
        case .SQLITE_FULL: return .diskFull(path)
        default: return .failed(path)
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .notADirectory(let path):
            language.pick(
                nb: "datamappen \(path) er en fil, ikke en mappe: gi --data en mappe (eller fjern filen)",
                nn: "datamappa \(path) er ei fil, ikkje ei mappe: gje --data ei mappe (eller fjern fila)",
                en: "the data directory \(path) is a file, not a directory: give --data a directory (or remove the file)"
            )
        case .cannotCreate(let path):
            language.pick(
                nb: "kan ikke opprette datamappen \(path): sjekk at mappen over finnes og kan skrives, eller gi en annen --data",
                nn: "kan ikkje opprette datamappa \(path): sjekk at mappa over finst og kan skrivast til, eller gje ein annan --data",
                en: "cannot create the data directory \(path): check that its parent exists and is writable, or give another --data"
            )
        case .cannotOpen(let path):
            language.pick(
                nb: "kan ikke åpne lageret\(Self.place(path)): sjekk at samkal-brukeren eier mappen og filene (chmod 700 mappen, 600 filene)",
                nn: "kan ikkje opne lageret\(Self.place(path)): sjekk at samkal-brukaren eig mappa og filene (chmod 700 mappa, 600 filene)",
                en: "cannot open the store\(Self.place(path)): check that the samkal user owns the directory and its files (chmod 700 the directory, 600 the files)"
            )
        case .readOnly(let path):
            language.pick(
                nb: "lageret\(Self.place(path)) er skrivebeskyttet: gi samkal-brukeren skrivetilgang til mappen og filene; ingenting ble lagret",
                nn: "lageret\(Self.place(path)) er skriveverna: gje samkal-brukaren skrivetilgang til mappa og filene; ingenting vart lagra",
                en: "the store\(Self.place(path)) is read-only: give the samkal user write access to the directory and its files; nothing was stored"
            )
        case .locked(let path):
            language.pick(
                nb: "lageret\(Self.place(path)) er låst av et annet program: vent til det er ferdig og prøv igjen; ingenting ble lagret",
                nn: "lageret\(Self.place(path)) er låst av eit anna program: vent til det er ferdig, og prøv igjen; ingenting vart lagra",
                en: "the store\(Self.place(path)) is locked by another program: wait until it is done and try again; nothing was stored"
            )
        case .notAStore(let path):
            language.pick(
                nb: "databasen\(Self.place(path)) er ikke et samkal-lager: gi --data en tom mappe eller samkals egen",
                nn: "databasen\(Self.place(path)) er ikkje eit samkal-lager: gje --data ei tom mappe eller mappa til samkal",
                en: "the database\(Self.place(path)) is not a samkal store: give --data an empty directory or samkal's own"
            )
        case .newerStore(let path):
            language.pick(
                nb: "lageret\(Self.place(path)) er laget av en nyere samkal: bruk den versjonen (eller nyere)",
                nn: "lageret\(Self.place(path)) er laga av ein nyare samkal: bruk den versjonen (eller ein nyare)",
                en: "the store\(Self.place(path)) was made by a newer samkal: use that version (or newer)"
            )
        case .damaged(let path):
            language.pick(
                nb: "lageret\(Self.place(path)) er skadet: gjenopprett fra sikkerhetskopien; ingenting ble lagret",
                nn: "lageret\(Self.place(path)) er skadd: hent det tilbake frå tryggingskopien; ingenting vart lagra",
                en: "the store\(Self.place(path)) is damaged: restore it from the backup; nothing was stored"
            )
        case .diskFull(let path):
            language.pick(
                nb: "disken med lageret\(Self.place(path)) er full: frigjør plass og prøv igjen; ingenting ble lagret",
                nn: "disken med lageret\(Self.place(path)) er full: frigjer plass og prøv igjen; ingenting vart lagra",
                en: "the disk holding the store\(Self.place(path)) is full: free some space and try again; nothing was stored"
            )
        case .unreachable(let path):
            language.pick(
                nb: "databasen\(Self.place(path)) svarer ikke: sjekk at den kjører og at adressen stemmer; ingenting ble lagret",
                nn: "databasen\(Self.place(path)) svarar ikkje: sjekk at han køyrer og at adressa stemmer; ingenting vart lagra",
                en: "the database\(Self.place(path)) does not answer: check that it is running and that the URL is right; nothing was stored"
            )
        case .accessDenied(let path):
            language.pick(
                nb: "databasen\(Self.place(path)) avviste samkal-brukeren: sjekk brukernavn, passord (PGPASSWORD) og rettigheter; ingenting ble lagret",
                nn: "databasen\(Self.place(path)) avviste samkal-brukaren: sjekk brukarnamn, passord (PGPASSWORD) og rettar; ingenting vart lagra",
                en: "the database\(Self.place(path)) refused the samkal user: check the user name, password (PGPASSWORD) and rights; nothing was stored"
            )
        case .failed(let path):
            language.pick(
                nb: "lageret\(Self.place(path)) svarte med en feil: ingenting ble lagret; prøv igjen, og meld fra om det gjentar seg",
                nn: "lageret\(Self.place(path)) svarte med ein feil: ingenting vart lagra; prøv igjen, og meld frå om det gjentek seg",
                en: "the store\(Self.place(path)) answered with an error: nothing was stored; try again, and report it if it recurs"
            )
        }
    }

    /// ` (PATH)` when the path is known.
    private static func place(_ path: String?) -> String {
        path.map { " (\($0))" } ?? ""
    }
}
