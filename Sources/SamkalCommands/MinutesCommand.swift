import ArgumentParser
import SamkalClient
import Foundation
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates

extension MinutesFormat: ExpressibleByArgument {}
extension MeetingKind: ExpressibleByArgument {}

/// `samkal minutes log|show|list`: attendance and minutes (referat) per meeting.
struct MinutesCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("minutes", .minutes, subcommands: [MinutesLogCommand.self, MinutesShowCommand.self, MinutesListCommand.self])
    }
}

struct MinutesLogCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("log", .minutesLog) }

    @Argument(help: .localized(.meetingUID, valueName: .meetingValue)) var meeting: String
    @Option(help: .localized(.minutesFile, valueName: .fileValue)) var file: String?
    @Option(help: .localized(.present, valueName: .idValue)) var present: [String] = []
    @Option(help: .localized(.absent, valueName: .idValue)) var absent: [String] = []
    @Option(help: .localized(.excused, valueName: .excuseValue)) var excused: [String] = []
    @Option(help: .localized(.decision, valueName: .textValue)) var decision: [String] = []
    @Option(help: .localized(.actionItem, valueName: .actionItemValue)) var action: [String] = []

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let actions = try action.map { argument in
            guard let item = NewActionItem(argument: argument) else {
                throw ValidationError(UserText.invalidActionItem(argument).text(in: language))
            }
            return item
        }
        if let api = try await asker.remote() {
            // Against a server the text comes from a file or standard input (the editor's
            // draft names the meeting, which only the server knows).
            let text = try MinutesTextSource.read(file: file ?? "-", meeting: nil, language: language, drafts: nil)
            let logged = try await api.logMinutes(
                meeting: meeting, text: text, present: present, absent: absent, excused: excused, decisions: decision, actions: action
            )
            report(revision: logged.revision, title: logged.title, unmarked: logged.unmarked, language: language)
            return
        }
        let session = try asker.session()
        let store = session.store
        let meetingUID = try await MeetingArgument.uid(meeting, session: session, asker: asker)
        guard let stored = try await store.meeting(uid: meetingUID) else { throw CommandFailure.store(.unknownMeeting(meetingUID), language) }
        let text = try MinutesTextSource.read(file: file, meeting: stored, language: language, drafts: session.dataDirectory)
        let result: AccessResult<MinutesLogging.Outcome>
        do {
            result = try await MinutesLogging(store: store).log(
                meetingUID: meetingUID, text: text, present: present, absent: absent, excused: excused, decisions: decision,
                actions: actions, by: session.person, declinedReason: UserText.declinedInvitation.text(in: language), now: SystemClock.now()
            )
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        } catch AttendanceSheet.Problem.givenTwice(let ids) {
            throw ValidationError(UserText.attendanceGivenTwice(ids.joined(separator: ", ")).text(in: language))
        }
        switch result {
        case .refused(let rule):
            throw CommandFailure.refusal(rule, language)
        case .allowed(let outcome, _):
            report(revision: outcome.record.revision, title: outcome.title, unmarked: outcome.unmarked, language: language)
        }
    }

    private func report(revision: Int, title: String, unmarked: [String], language: Language) {
        Console.out((revision == 1 ? UserText.minutesSaved(title: title) : .minutesAmended(revision: revision)).text(in: language) + "\n")
        if !unmarked.isEmpty {
            Console.error(UserText.noAttendanceFor(unmarked.joined(separator: ", ")).text(in: language))
        }
    }
}

struct MinutesShowCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("show", .minutesShow) }

    @Argument(help: .localized(.meetingUID, valueName: .meetingValue)) var meeting: String
    @Option(help: .localized(.minutesFormat, valueName: .formatValue)) var format: MinutesFormat = .text

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            Console.out(try await api.minutesDocument(meeting: meeting, format: format.rawValue))
            return
        }
        let session = try asker.session()
        let person = session.person
        let renderer: MinutesRenderer
        do {
            renderer = try TemplateLocator.minutesRenderer()
        } catch {
            Console.error(UserText.error(String(describing: error)).text(in: language))
            throw ExitCode.failure
        }
        let store = session.store
        let meetingUID = try await MeetingArgument.uid(meeting, session: session, asker: asker)
        let result: AccessResult<MinutesHistory>
        do {
            result = try await MinutesService(store: store).history(meetingUID: meetingUID, as: person, now: SystemClock.now())
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        guard case .allowed(let history, _) = result else {
            if case .refused(let rule) = result { throw CommandFailure.refusal(rule, language) }
            return
        }
        guard let agreementID = try await store.agreementID(ofMeeting: meetingUID), let agreement = try await store.agreement(id: agreementID) else {
            throw CommandFailure.store(.unknownMeeting(meetingUID), language)
        }
        // Names (and reasons for absence) only of the participants the reader may see.
        Console.out(renderer.render(
            meeting: history.meeting, revisions: history.revisions, actionItems: history.actionItems,
            agreement: agreement, participantNames: history.participantNames, format: format, language: language
        ))
    }
}

struct MinutesListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .minutesList) }

    @Option(help: .localized(.onlyParticipant, valueName: .participantValue)) var participant: String?
    @Option(help: .localized(.onlyKind, valueName: .kindValue)) var kind: MeetingKind?
    @Option(help: .localized(.fromDate, valueName: .dateValue)) var from: String?
    @Option(help: .localized(.toDate, valueName: .dateValue)) var to: String?
    @Flag(help: .localized(.openActions)) var openActions = false

    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let language = asker.languageOption.language
        let range = try DateRangeArguments.span(from: from, to: to, language: language)
        let filter = MinutesFilter(participantID: participant, kind: kind, range: range, withOpenActionItems: openActions)
        let summaries: [RemoteAPI.MinutesSummary]
        let zoneID: String?
        if let api = try await asker.remote() {
            (zoneID, summaries) = try await api.minutes(filter, from: from, to: to)
        } else {
            let session = try asker.session()
            let store = session.store
            summaries = try await MinutesService(store: store).list(filter, as: session.person, now: SystemClock.now()).map(RemoteAPI.MinutesSummary.init)
            zoneID = try await AgreementChoice.displayZone(in: store)
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        let listing = style.listing(
            .minutes,
            rows: summaries.map {
                [$0.meetingUID, style.value($0.kind.rawValue, shown: $0.kind.title(in: language)), $0.title, $0.date.description,
                 String($0.revision), style.instant($0.recordedAt), $0.authorID, String($0.openActionItems)]
            }
        )
        try style.print(listing, empty: .minutes)
    }
}

/// Optional `--from`/`--to` as a span (open ends become far past/future: `OpenDateRange`).
enum DateRangeArguments {
    static func span(from: String?, to: String?, language: Language) throws -> DateSpan? {
        func parse(_ text: String?, _ flag: String) throws -> LocalDate? {
            guard let text else { return nil }
            guard let date = LocalDate(iso: text) else {
                throw ValidationError(UserText.invalidDate(flag: flag, value: text).text(in: language))
            }
            return date
        }
        do {
            return try OpenDateRange.span(from: try parse(from, "--from"), to: try parse(to, "--to"))
        } catch is OpenDateRange.Problem {
            throw ValidationError(UserText.toBeforeFrom.text(in: language))
        }
    }
}
