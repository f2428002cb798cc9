import Synchronization

/// libical keeps process-wide state (its time-zone cache, the ring buffer behind the
/// non-`_r` string getters, `icalerrno`), so no two threads may be inside it at once.
/// Every public entry point of this module builds, serialises or parses, and frees,
/// all within one `withLibical` call.
private let libicalLock = Mutex(())

/// Runs `body` while holding the one lock that guards every use of libical.
func withLibical<Result: Sendable, Failure: Error>(
    _ body: () throws(Failure) -> Result
) throws(Failure) -> Result {
    try libicalLock.withLock { _ throws(Failure) -> Result in
        try body()
    }
}
