import Synchronization

/// Slows down guessing: an address with `freeFailures` failed authentications within
/// `windowSeconds` is refused (429, without its credential being looked at) for a time
/// that doubles with each further failure, up to `maximumSeconds`. A success clears its
/// record. At most `maximumAddresses` are remembered; beyond that the oldest are forgotten.
public final class AuthenticationBackoff: Sendable {
    struct Record {
        var failures: Int
        var firstFailure: Int
        var blockedUntil: Int
    }

    let freeFailures: Int
    let windowSeconds: Int
    let maximumSeconds: Int
    let maximumAddresses: Int
    private let records = Mutex<[String: Record]>([:])

    public init(freeFailures: Int = 5, windowSeconds: Int = 60, maximumSeconds: Int = 300, maximumAddresses: Int = 10_000) {
        self.freeFailures = freeFailures
        self.windowSeconds = windowSeconds
        self.maximumSeconds = maximumSeconds
        self.maximumAddresses = maximumAddresses
    }

    /// Seconds until `address` may try again, or nil when it may now.
    public func retryAfter(_ address: String, now: Int) -> Int? {
        records.withLock { records in
            guard let record = records[address], record.blockedUntil > now else { return nil }
            return record.blockedUntil - now
        }
    }

    public func recordFailure(_ address: String, now: Int) {
        records.withLock { records in
            var record = records[address].flatMap { now - $0.firstFailure < windowSeconds || $0.blockedUntil > now ? $0 : nil }
                ?? Record(failures: 0, firstFailure: now, blockedUntil: 0)
            record.failures += 1
            if record.failures >= freeFailures {
                let doublings = min(record.failures - freeFailures, 16)
                record.blockedUntil = now + min(maximumSeconds, 1 << doublings)
            }
            records[address] = record
            if records.count > maximumAddresses {
                // Forget the ones that are neither blocked nor recent, then the oldest.
                records = records.filter { $0.value.blockedUntil > now || now - $0.value.firstFailure < windowSeconds }
                while records.count > maximumAddresses, let oldest = records.min(by: { $0.value.firstFailure < $1.value.firstFailure }) {
                    records.removeValue(forKey: oldest.key)
                }
            }
        }
    }

    public func recordSuccess(_ address: String) {
        _ = records.withLock { $0.removeValue(forKey: address) }
    }
}
