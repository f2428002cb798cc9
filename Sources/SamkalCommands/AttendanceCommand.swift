import ArgumentParser
import SamkalClient
import Foundation
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal attendance PARTICIPANT_ID | --party ID | --kind KIND`: attendance figures.
struct AttendanceCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("attendance", .attendance) }

    @Argument(help: .localized(.participantID, valueName: .participantValue)) var participant: String?
    @Option(help: .localized(.attendanceParty, valueName: .partyValue)) var party: String?
    @Option(help: .localized(.attendanceKind, valueName: .kindValue)) var kind: MeetingKind?

    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func validate() throws {
        let given = [participant != nil, party != nil, kind != nil].filter { $0 }.count
        if given != 1 {
            throw ValidationError(OptionProblemText.attendanceScope.text(in: CommandLanguage.current))
        }
    }

    func run() async throws {
        let language = asker.languageOption.language
        var rows: [AttendanceSummary] = []
        var hidden = 0
        var onlyConvened: [String] = []
        if let api = try await asker.remote() {
            (rows, hidden, onlyConvened) = try await api.attendance(participantID: participant, party: party, kind: kind)
        } else {
            (rows, hidden, onlyConvened) = try await local(language: language)
        }
        try print(rows: rows, hidden: hidden, onlyConvened: onlyConvened, language: language)
    }

    private func local(language: Language) async throws -> (rows: [AttendanceSummary], hidden: Int, onlyConvened: [String]) {
        let session = try asker.session()
        let person = session.person
        let store = session.store
        var rows: [AttendanceSummary] = []
        var hidden = 0
        var onlyConvened: [String] = []
        do {
            if let participant {
                switch try await AttendanceService(store: store).summary(participantID: participant, as: person, now: SystemClock.now()) {
                case .refused(let rule): throw CommandFailure.refusal(rule, language)
                case .allowed(let summary, let rule):
                    rows = [summary]
                    if rule == .convenesMeeting { onlyConvened = [participant] }
                }
            } else {
                let scope: AttendanceScope = party.map(AttendanceScope.party) ?? kind.map(AttendanceScope.kind) ?? .all
                let overview = try await AttendanceService(store: store).overview(scope, as: person, now: SystemClock.now())
                rows = overview.rows
                hidden = overview.hidden
                onlyConvened = overview.onlyConvened
            }
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        return (rows, hidden, onlyConvened)
    }

    private func print(rows found: [AttendanceSummary], hidden: Int, onlyConvened: [String], language: Language) throws {
        var rows = found
        if rows.count > 1 || participant == nil {
            var total = AttendanceSummary(participantID: UserText.total.text(in: language))
            for row in rows {
                total.planned += row.planned
                total.held += row.held
                total.attended += row.attended
                total.missed += row.missed
                total.excused += row.excused
                total.openActionItems += row.openActionItems
            }
            if format.format == .table { rows.append(total) }
        }
        let listing = Listing(
            columns: ListingStyle(format.format, language: language, zoneID: nil).columns(.attendance),
            rows: rows.map { row in
                [
                    row.participantID, String(row.planned), String(row.held), String(row.attended), String(row.missed),
                    String(row.excused), row.rate.map { String(format: "%.2f", $0) } ?? "",
                    String(row.openActionItems),
                ]
            }
        )
        Console.out(try listing.render(format.format))
        if hidden > 0 {
            Console.error(UserText.participantsHidden(hidden).text(in: language))
        }
        if !onlyConvened.isEmpty {
            Console.error(MeetingListText.attendanceOnlyConvened(participants: onlyConvened.joined(separator: ", ")).text(in: language))
        }
    }
}
