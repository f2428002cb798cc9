/// What `SQLiteStore.changeStamp()` returns: equal stamps mean nothing was committed in
/// between.
public struct StoreChangeStamp: Sendable, Hashable {
    struct File: Sendable, Hashable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
        let inode: Int
    }

    let database: File
    let log: File
}
