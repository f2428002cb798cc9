import SamkalAPI
import SamkalCore
import SamkalService

extension SamkalAPIHandler {
    public func attendance(_ input: Operations.Attendance.Input) async throws -> Operations.Attendance.Output {
        let caller = try caller()
        let query = input.query
        let given = [query.participant != nil, query.party != nil, query.kind != nil].filter { $0 }.count
        guard given <= 1 else {
            return .badRequest(.init(body: .json(.init(code: .invalidArgument, message: OptionProblemText.attendanceScope.text(in: caller.language)))))
        }
        do {
            let service = AttendanceService(store: store)
            let report: Components.Schemas.AttendanceReport
            if let participant = query.participant {
                switch try await service.summary(participantID: participant, as: caller.personID, now: clock()) {
                case .refused(let rule):
                    return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
                case .allowed(let summary, let rule):
                    report = .init(rows: [Self.row(summary)], hidden: 0, onlyConvened: rule == .convenesMeeting ? [participant] : [])
                }
            } else {
                let scope: AttendanceScope = query.party.map(AttendanceScope.party)
                    ?? query.kind.flatMap { MeetingKind(rawValue: $0.rawValue) }.map(AttendanceScope.kind) ?? .all
                let overview = try await service.overview(scope, as: caller.personID, now: clock())
                report = .init(rows: overview.rows.map(Self.row), hidden: overview.hidden, onlyConvened: overview.onlyConvened)
            }
            return .ok(.init(body: .json(report)))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    static func row(_ summary: AttendanceSummary) -> Components.Schemas.AttendanceRow {
        .init(
            participant: summary.participantID, planned: summary.planned, held: summary.held, attended: summary.attended,
            missed: summary.missed, excused: summary.excused, openActionItems: summary.openActionItems
        )
    }
}
