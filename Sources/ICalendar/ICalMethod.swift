/// The iTIP METHOD of a calendar object (RFC 5546). Subscription feeds carry none.
public enum ICalMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case publish = "PUBLISH"
    case request = "REQUEST"
    case reply = "REPLY"
    case cancel = "CANCEL"
}
