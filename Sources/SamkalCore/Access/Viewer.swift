/// Whoever a view of meetings is for: one person (their feed, their invitation), one
/// party's shared calendar, or the whole agreement's.
public enum Viewer: Sendable, Hashable, Codable {
    case person(String)
    case party(String)
    case agreement
}

/// How much of one meeting a viewer may see. Every output of a meeting — feed, invitation,
/// mail subject — is shaped by this one value.
public enum Disclosure: Sendable, Hashable {
    /// Everything: for participant meetings the participant's name and case id too.
    case full
    /// Time, place and the language to interpret — no participant, case or meeting kind.
    case interpreter(language: String)
    /// A pseudonymous title (kind and case id), a neutral description, no interpreter.
    case pseudonymous
    /// Not in this viewer's view at all.
    case hidden
}

/// What can be done with a meeting's records.
public enum RecordOperation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reading its minutes (referat) and attendance (oppmøte).
    case readMinutes
    /// Writing or amending them, and closing their action items.
    case writeMinutes
}
