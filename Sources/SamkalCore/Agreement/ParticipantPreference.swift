/// What weighs most when a meeting about a participant (trekantsamtale, teammøte,
/// oppfølging i permisjon, overgangsmøte) cannot be held at the preferred time on its
/// nominal day.
public enum ParticipantPreference: Sendable, Hashable, Codable {
    /// The default: the working day nearest the nominal day first, then the time nearest
    /// the preferred time on that day.
    case day
    /// The preferred time on a day within `withinDays` working days of the nominal day if
    /// there is one; else as `day`.
    case time(withinDays: Int)
}
