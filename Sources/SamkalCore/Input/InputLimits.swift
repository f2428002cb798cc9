/// Every limit samkal puts on what users hand it, in one place (docs/brukerveiledning.md, "Filene samkal leser").
///
/// The limits keep each input refused cleanly and in bounded time when it is broken or
/// hostile: a file is measured before it is read, text is scanned once, and nothing
/// larger than these ever reaches a planner, a store or a feed.
public enum InputLimits {
    // Files, by kind (checked with the file's size before a byte is read)

    /// A participants CSV file: 10 MB, some 50,000 typical rows.
    public static let participantCSVBytes = 10_000_000
    /// An agreement YAML file: 1 MB; the example agreement is 9 kB.
    public static let agreementYAMLBytes = 1_000_000
    /// An iCalendar file (school holidays, busy time, replies): 50 MB.
    public static let iCalendarBytes = 50_000_000
    /// A school-holiday calendar an agreement names: 5 MB (a county's school calendar for
    /// several years is a few kilobytes). libical holds it whole, some 15 times its size.
    public static let holidayCalendarBytes = 5_000_000
    /// A reply (an e-mail with its iCalendar part, or the part alone): 10 MB, room for
    /// attachments a mail program adds.
    public static let replyBytes = 10_000_000
    /// The text of minutes: 1 MB, some 300 pages.
    public static let minutesTextBytes = 1_000_000

    // Participants CSV

    /// Data rows in one participants file: room for the largest region benchmarked (30,000).
    public static let csvRows = 50_000
    /// Characters in one field (cell), quoted or not.
    public static let csvFieldCharacters = 1_000
    /// Characters in one record (a row, with its quoted line breaks).
    public static let csvRecordCharacters = 10_000

    // Agreement YAML

    /// Nesting of mappings and lists; the agreement itself needs 6.
    public static let yamlDepth = 64
    /// Characters in any one YAML scalar, whatever its key.
    public static let yamlScalarCharacters = 10_000
    /// YAML aliases (`*name`) allowed: none, so a "billion laughs" file is refused before
    /// anything is expanded.
    public static let yamlAliases = 0

    // Text fields (agreement and participants)

    /// Names, titles, locations, ids, addresses: the agreement's `name`, a party's or a
    /// person's name, a meeting's title, a participant's name.
    public static let shortTextCharacters = 200
    /// Longer free text: agenda items, the revision's text, calendar file paths.
    public static let longTextCharacters = 1_000
}
