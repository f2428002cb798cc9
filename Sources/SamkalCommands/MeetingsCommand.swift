import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal meetings`: the stored plan's meetings with their short references, each shown
/// only as the need-to-know rule lets the asker see it.
struct MeetingsCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("meetings", .meetings) }

    @Option(help: .localized(.meetingsFrom, valueName: .dateValue)) var from: String?
    @Option(help: .localized(.meetingsTo, valueName: .dateValue)) var to: String?
    @Option(help: .localized(.meetingsKind, valueName: .kindValue)) var kind: MeetingKind?
    @Option(help: .localized(.meetingsParticipant, valueName: .participantValue)) var participant: String?
    @Flag(help: .localized(.meetingsMine)) var mine = false
    @OptionGroup var format: ListingFormatOption

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let first = try Self.date(from, flag: "--from", language)
        let last = try Self.date(to, flag: "--to", language)
        let range: DateSpan
        let meetings: [RemoteAPI.MeetingLine]
        if let api = try await asker.remote() {
            (range, meetings) = try await api.meetings(from: first, to: last, kind: kind, participantID: participant, mine: mine)
        } else {
            let session = try asker.session()
            let filter = MeetingFilter(from: first, to: last, kind: kind, participantID: participant, mine: mine)
            let directory = MeetingDirectory(store: session.store, identity: try await asker.storeOptions.identity(of: session.store, language: language))
            let result: AccessResult<MeetingList>
            do {
                result = try await directory.list(filter, as: session.person, now: SystemClock.now(), language: language)
            } catch let error as StoreError {
                throw CommandFailure.store(error, language)
            } catch MeetingFilter.Problem.toBeforeFrom(let first, let last) {
                throw ValidationError(UserText.toBeforeFromValues(from: first.description, to: last.description).text(in: language))
            }
            guard case .allowed(let list, _) = result else {
                if case .refused(let rule) = result { throw CommandFailure.refusal(rule, language) }
                return
            }
            range = list.range
            meetings = list.meetings.map(Self.line)
        }
        Console.out(try Self.listing(meetings, format: format.format, language: language).render(format.format))
        if format.format == .table {
            Console.error(MeetingListText.range(from: range.first.description, to: range.last.description).text(in: language))
            if meetings.isEmpty { Console.error(MeetingListText.noMeetings.text(in: language)) }
        }
    }

    static func line(_ meeting: ListedMeeting) -> RemoteAPI.MeetingLine {
        RemoteAPI.MeetingLine(
            uid: meeting.uid, reference: meeting.reference, date: meeting.date, start: meeting.start, end: meeting.end,
            timeZoneID: meeting.timeZoneID, kind: meeting.kind, title: meeting.title, location: meeting.location, status: meeting.status
        )
    }

    static func listing(_ meetings: [RemoteAPI.MeetingLine], format: ListingFormat, language: Language) -> Listing {
        guard format == .table else {
            return Listing(columns: MeetingListColumns.keys, rows: meetings.map { meeting in
                [
                    meeting.reference, meeting.date.description, meeting.start.description, meeting.end.description,
                    meeting.timeZoneID, meeting.kind?.rawValue ?? "interpreting", meeting.title, meeting.location,
                    meeting.status.rawValue, meeting.uid,
                ]
            })
        }
        return Listing(columns: MeetingListColumns.headings(in: language), rows: meetings.map { meeting in
            [
                meeting.reference, meeting.date.description, "\(meeting.start)–\(meeting.end)",
                meeting.kind?.title(in: language) ?? MeetingListText.interpreterKind.text(in: language),
                meeting.title, meeting.location, MeetingListText.status(meeting.status).text(in: language),
            ]
        })
    }

    private static func date(_ text: String?, flag: String, _ language: Language) throws -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw ValidationError(UserText.invalidDateFormat(flag: flag, value: text).text(in: language))
        }
        return date
    }
}
