/// What `SamkalStore.changeStamp()` returns: equal stamps mean nothing was committed in
/// between. SQLite's is its files' (size, time, inode of the database and its log);
/// PostgreSQL's and the memory store's a counter every commit raises.
public struct StoreChangeStamp: Sendable, Hashable {
    struct File: Sendable, Hashable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
        let inode: Int
    }

    let database: File?
    let log: File?
    let counter: Int64?

    init(database: File, log: File) {
        self.database = database
        self.log = log
        self.counter = nil
    }

    init(counter: Int64) {
        self.database = nil
        self.log = nil
        self.counter = counter
    }
}
