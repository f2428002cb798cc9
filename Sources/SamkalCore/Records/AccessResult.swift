/// The answer to a request that the need-to-know rule guards: the value, or the refusal
/// and the rule behind it. A refusal is a value, not an error, so the audit entry that
/// records it is committed with the answer.
public enum AccessResult<Value: Sendable>: Sendable {
    case allowed(Value, rule: AccessRule)
    case refused(AccessRule)
}
