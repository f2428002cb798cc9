/// The columns of the meeting listing (`samkal meetings`): headings for people in every
/// language, and fixed keys for JSON and CSV, which programs read whatever the language.
/// (Kept here until the listings' columns share one file.)
public enum MeetingListColumns {
    /// JSON and CSV: the same in every language.
    public static let keys = ["ref", "date", "start", "end", "time_zone", "kind", "title", "location", "status", "uid"]

    /// The table's headings: reference, date, time, kind, title, place, status.
    public static func headings(in language: Language) -> [String] {
        [
            "ref",
            language.pick(nb: "dato", nn: "dato", en: "date"),
            language.pick(nb: "tid", nn: "tid", en: "time"),
            language.pick(nb: "type", nn: "type", en: "kind"),
            language.pick(nb: "tittel", nn: "tittel", en: "title"),
            language.pick(nb: "sted", nn: "stad", en: "place"),
            language.pick(nb: "status", nn: "status", en: "status"),
        ]
    }
}
