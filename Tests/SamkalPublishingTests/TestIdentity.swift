import SamkalCore

extension MeetingIdentity {
    /// A fixed secret, so the tests' UIDs are the same on every run.
    static let testing = MeetingIdentity(key: [UInt8](repeating: 0x42, count: MeetingIdentity.keyLength))!
}
