import SamkalCore

/// How the cells of a listing are written. For people (the table): headers in their
/// language (`ListingColumns`), instants in local time (`TimeDisplay`, the agreement's zone
/// or Europe/Oslo), labels as words. For programs (JSON and CSV): the stable English keys,
/// UTC timestamps and machine values, the same whatever `--lang` says.
struct ListingStyle {
    let format: ListingFormat
    let language: Language
    let time: TimeDisplay

    /// `zoneID`: the agreement's time zone, or `nil` for Europe/Oslo.
    init(_ format: ListingFormat, language: Language, zoneID: String?) {
        self.format = format
        self.language = language
        self.time = TimeDisplay(zoneID: zoneID)
    }

    var isForPeople: Bool { format == .table }

    func columns(_ columns: ListingColumns) -> [String] {
        isForPeople ? columns.names(in: language) : columns.keys
    }

    /// `2026-12-01 09:16` for people, `2026-12-01T08:16:43Z` for programs; "" for none.
    func instant(_ instant: UTCTimestamp?) -> String {
        guard let instant else { return "" }
        return isForPeople ? time.local(instant) : instant.description
    }

    /// `shown` for people, `machine` for programs.
    func value(_ machine: String, shown: String) -> String {
        isForPeople ? shown : machine
    }

    func listing(_ columns: ListingColumns, rows: [[String]]) -> Listing {
        Listing(columns: self.columns(columns), rows: rows)
    }

    /// Writes `listing` on standard output; a table without rows is followed, on standard
    /// error, by what `empty` says to do next (JSON and CSV stay as they are: `[]`, a header).
    func print(_ listing: Listing, empty: EmptyListingText) throws {
        Console.out(try listing.render(format))
        if isForPeople, listing.rows.isEmpty { Console.error(UserText.note(empty.text(in: language)).text(in: language)) }
    }
}
