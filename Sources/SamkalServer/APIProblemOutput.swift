import SamkalAPI
import SamkalCore

/// An operation's output that can say a use case's problem: a request that cannot be used
/// (400), a refusal by rule (403) and a record not found (404). The generated outputs'
/// cases fit these requirements as they are (`APIProblemOutputs.swift` names them).
protocol RecordProblemOutput {
    static func badRequest(_ answer: Components.Responses.BadRequest) -> Self
    static func forbidden(_ answer: Components.Responses.Refused) -> Self
    static func notFound(_ answer: Components.Responses.NotFound) -> Self
}

/// As `RecordProblemOutput`, for an operation on one of several agreements: which one was
/// not said (409).
protocol AgreementProblemOutput: RecordProblemOutput {
    static func conflict(_ answer: Components.Responses.AgreementNotChosen) -> Self
}

extension APIErrorAnswer {
    /// `error` as `Output` says it; an error that is not the caller's is thrown on (a 500).
    /// Several agreements and none chosen is a 409 where the operation has one, else a 400.
    static func answer<Output: RecordProblemOutput>(to error: any Error, language: Language) throws -> Output {
        switch of(error, language: language) {
        case .badRequest(let problem): return .badRequest(.init(body: .json(problem)))
        case .refused(let problem): return .forbidden(.init(body: .json(problem)))
        case .notFound(let problem): return .notFound(.init(body: .json(problem)))
        case .conflict(let problem):
            if let agreements = Output.self as? any AgreementProblemOutput.Type, let output = agreements.conflict(.init(body: .json(problem))) as? Output {
                return output
            }
            return .badRequest(.init(body: .json(problem)))
        case nil: throw error
        }
    }
}
