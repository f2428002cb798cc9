import SamkalCore
import SamkalStore

/// Which stored agreement a command means: the one `--agreement ID` names, or the only one
/// stored. With several stored and none named it fails with their ids; it never picks one.
public enum AgreementChoice {
    public static func resolve(_ id: String?, in store: any SamkalStore) async throws -> Agreement {
        if let id {
            if let agreement = try await store.agreement(id: id) { return agreement }
            throw StoreError.unknownAgreement(id, known: try await store.agreementIDs())
        }
        let ids = try await store.agreementIDs()
        switch ids.count {
        case 0: throw StoreError.noAgreement
        case 1:
            guard let agreement = try await store.agreement(id: ids[0]) else { throw StoreError.noAgreement }
            return agreement
        default: throw StoreError.agreementNotChosen(ids: ids)
        }
    }

    /// The agreement a participant belongs to; with `id`, also that it is that one (a
    /// participant of another agreement is unknown under this one).
    public static func owning(participant participantID: String, expected id: String?, in store: any SamkalStore) async throws -> Agreement {
        guard let owner = try await store.agreementID(ofParticipant: participantID), id == nil || id == owner,
              let agreement = try await store.agreement(id: owner)
        else { throw StoreError.unknownParticipant(participantID) }
        return agreement
    }

    /// The agreement a stored meeting belongs to; with `id`, also that it is that one.
    public static func owning(meeting uid: String, expected id: String?, in store: any SamkalStore) async throws -> Agreement {
        guard let owner = try await store.agreementID(ofMeeting: uid), id == nil || id == owner,
              let agreement = try await store.agreement(id: owner)
        else { throw StoreError.unknownMeeting(uid) }
        return agreement
    }

    /// Everyone of every stored agreement by id (one id is one person in the whole store).
    public static func everyone(in store: any SamkalStore) async throws -> [String: Person] {
        var people: [String: Person] = [:]
        for agreement in try await store.agreements() {
            for person in agreement.sortedPeople where people[person.id] == nil { people[person.id] = person }
        }
        return people
    }

    /// The time zone listings show times in: the agreements' (one zone per store), or
    /// nil when nothing is stored.
    public static func displayZone(in store: any SamkalStore) async throws -> String? {
        guard let first = try await store.agreementIDs().first else { return nil }
        return try await store.agreement(id: first)?.timeZoneID
    }
}
