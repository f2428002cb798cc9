/// What happened to one meeting between two plan versions.
public struct MeetingChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// New in this version (SEQUENCE 0).
        case added
        /// Time, place or attendees changed (SEQUENCE+1).
        case moved
        /// No longer planned: kept as STATUS:CANCELLED (SEQUENCE+1).
        case cancelled
        /// Planned again after being cancelled (SEQUENCE+1).
        case restored

        /// The change as a person reads it in `samkal plan diff`.
        public func text(in language: Language) -> String {
            switch self {
            case .added: language.pick(nb: "ny", nn: "ny", en: "added")
            case .moved: language.pick(nb: "endret", nn: "endra", en: "changed")
            case .cancelled: language.pick(nb: "avlyst", nn: "avlyst", en: "cancelled")
            case .restored: language.pick(nb: "gjeninnsatt", nn: "sett inn att", en: "restored")
            }
        }
    }

    /// Why a meeting was cancelled.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The agreement no longer asks for it.
        case noLongerRequired
        /// It is still required but could not be placed.
        case cannotBePlaced
        /// It was stored under a readable UID (made before UIDs were opaque) and goes on
        /// under its opaque UID in the same slot: the old one is cancelled, the new one added.
        case reissued
    }

    public let uid: String
    public let kind: Kind
    public let reason: Reason?
    /// Why a meeting that was planned before moved.
    public let moveReason: MoveReason?
    public let before: PlannedMeeting?
    public let after: PlannedMeeting

    public init(uid: String, kind: Kind, reason: Reason? = nil, moveReason: MoveReason? = nil, before: PlannedMeeting?, after: PlannedMeeting) {
        self.uid = uid
        self.kind = kind
        self.reason = reason
        self.moveReason = moveReason
        self.before = before
        self.after = after
    }

    public func describe(in language: Language) -> String {
        let when = "\(after.date) \(after.start)"
        switch kind {
        case .added:
            return language.pick(
                nb: "ny: \(after.title) \(when)",
                nn: "ny: \(after.title) \(when)",
                en: "added: \(after.title) \(when)"
            )
        case .moved:
            let was = before.map { "\($0.date) \($0.start)" } ?? "?"
            var parts: [String] = []
            if let before {
                if before.date != after.date || before.start != after.start || before.end != after.end {
                    parts.append(language.pick(nb: "tid \(was) → \(when)", nn: "tid \(was) → \(when)", en: "time \(was) → \(when)"))
                }
                if before.location != after.location {
                    parts.append(language.pick(
                        nb: "sted \(before.location) → \(after.location)",
                        nn: "stad \(before.location) → \(after.location)",
                        en: "place \(before.location) → \(after.location)"
                    ))
                }
                if before.attendees.map(\.id) != after.attendees.map(\.id) {
                    parts.append(language.pick(nb: "deltakerliste endret", nn: "deltakarliste endra", en: "attendees changed"))
                }
            }
            if let moveReason { parts.append(moveReason.message(in: language)) }
            let detail = parts.joined(separator: ", ")
            return language.pick(
                nb: "endret (SEQUENCE \(after.sequence)): \(after.title): \(detail)",
                nn: "endra (SEQUENCE \(after.sequence)): \(after.title): \(detail)",
                en: "changed (SEQUENCE \(after.sequence)): \(after.title): \(detail)"
            )
        case .cancelled:
            let why = switch reason {
            case .cannotBePlaced?:
                language.pick(nb: "kan ikke plasseres", nn: "kan ikkje plasserast", en: "cannot be placed")
            case .reissued?:
                language.pick(
                    nb: "får ny, anonym UID i samme tidspunkt",
                    nn: "får ny, anonym UID på same tidspunkt",
                    en: "re-issued under a new, opaque UID at the same time"
                )
            case .noLongerRequired?, nil:
                language.pick(nb: "ikke lenger i planen", nn: "ikkje lenger i planen", en: "no longer planned")
            }
            return language.pick(
                nb: "avlyst (SEQUENCE \(after.sequence)): \(after.title) \(when): \(why)",
                nn: "avlyst (SEQUENCE \(after.sequence)): \(after.title) \(when): \(why)",
                en: "cancelled (SEQUENCE \(after.sequence)): \(after.title) \(when): \(why)"
            )
        case .restored:
            return language.pick(
                nb: "gjeninnsatt: \(after.title) \(when)",
                nn: "sett inn att: \(after.title) \(when)",
                en: "restored: \(after.title) \(when)"
            )
        }
    }
}
