import SamkalCore
import SamkalService
import SamkalStore
import Synchronization

/// Everyone of the stored agreements, by id and by email address, read again only when
/// something was committed (`SamkalStore.changeStamp()`): every API request looks its
/// caller up here, and reading and decoding every agreement each time would be the
/// request's largest cost.
final class PeopleIndex: Sendable {
    struct People: Sendable {
        let byID: [String: Person]
        /// Lower-cased addresses; an address two people share names the first by id.
        let byEmail: [String: Person]
    }

    private let store: any SamkalStore
    private let cached = Mutex<(stamp: StoreChangeStamp, people: People)?>(nil)

    init(store: any SamkalStore) {
        self.store = store
    }

    func people() async throws -> People {
        let stamp = store.changeStamp()
        if let cached = cached.withLock({ $0 }), cached.stamp == stamp { return cached.people }
        let byID = try await AgreementChoice.everyone(in: store)
        var byEmail: [String: Person] = [:]
        for person in byID.values.sorted(by: { $0.id < $1.id }) where byEmail[person.email.lowercased()] == nil {
            byEmail[person.email.lowercased()] = person
        }
        let people = People(byID: byID, byEmail: byEmail)
        cached.withLock { $0 = (stamp, people) }
        return people
    }
}
