import ArgumentParser
import Foundation
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal participants import|add|list|show|end`: the programme's participants.
struct ParticipantsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized(
            "participants", .participants,
            subcommands: [
                ParticipantsImportCommand.self, ParticipantsAddCommand.self, ParticipantsListCommand.self,
                ParticipantsShowCommand.self, ParticipantsEndCommand.self,
            ]
        )
    }
}

/// The agreement participants belong to: `--agreement` names a stored agreement by id, or
/// an agreement file (a `.yaml`/`.yml` name, or any file that exists) loaded and stored with
/// the participants in the same transaction; without it, the only one stored.
struct AgreementSelection: ParsableArguments {
    @Option(name: .customLong("agreement"), help: .localized(.agreementFileOrStored, valueName: .agreementFileValue))
    var value: String?

    /// Whether `--agreement` names a file rather than a stored agreement's id.
    private var file: String? {
        guard let value, Self.isFile(value) else { return nil }
        return value
    }

    /// Whether `value` names an agreement file (`.yaml`, a path, or a file that is there)
    /// rather than a stored agreement's id.
    static func isFile(_ value: String) -> Bool {
        value.hasSuffix(".yaml") || value.hasSuffix(".yml") || value.contains("/") || FileManager.default.fileExists(atPath: value)
    }

    /// Against a server: the stored agreement's id (nil: the only one); a file is refused,
    /// since agreement files are read in on the server.
    func storedID(language: Language) throws -> String? {
        if let file { throw ValidationError(ClientText.agreementFileRemotely(file).text(in: language)) }
        return value
    }

    func agreement(in store: some SamkalStore, language: Language) async throws -> Agreement {
        if let file {
            let stored = try await AgreementLoader.storedAgreements(in: store)
            let loaded: Agreement
            do {
                loaded = try AgreementLoader.load(path: file, stored: stored)
            } catch {
                throw CommandFailure.diagnostics(error, language)
            }
            return loaded
        }
        return try await AgreementOption.choose(value, in: store, language: language)
    }
}

struct ParticipantsImportCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("import", .participantsImport) }

    @Argument(help: .localized(.participantsCSV, valueName: .fileValue))
    var file: String

    @OptionGroup var selection: AgreementSelection
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        // Read before the store is opened: a file that cannot be read touches nothing.
        let text = try ParticipantFile.text(file, language: language)
        let count: Int
        let summary: ImportSummary
        if let api = try await asker.remote() {
            (count, summary) = try await api.importParticipants(text, file: file, agreementID: try selection.storedID(language: language))
        } else {
            let session = try asker.session()
            let agreement = try await selection.agreement(in: session.store, language: language)
            do {
                (count, summary) = try await AccessGate.run(language: language) {
                    try await ParticipantRegister(store: session.store).importFile(text, file: file, into: agreement, as: session.person, now: SystemClock.now())
                }
            } catch let error as DiagnosticsError {
                throw CommandFailure.diagnostics(error, language)
            }
        }
        Console.out(UserText.participantsImported(
            count: count, file: file, inserted: summary.inserted, updated: summary.updated
        ).text(in: language) + "\n")
    }
}

struct ParticipantsAddCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("add", .participantsAdd) }

    @Option(help: .localized(.participantCaseNumber, valueName: .participantValue)) var id: String
    @Option(help: .localized(.participantName, valueName: .nameValue)) var name: String
    @Option(help: .localized(.participantLanguage, valueName: .languageValue)) var language: String
    @Option(help: .localized(.participantInterpreter, valueName: .yesNoValue)) var interpreter: String
    @Option(help: .localized(.participantStart, valueName: .dateValue)) var start: String
    @Option(help: .localized(.participantPlannedEnd, valueName: .dateValue)) var plannedEnd: String
    @Option(help: .localized(.participantFinalGoal, valueName: .goalValue)) var finalGoal: String
    @Option(help: .localized(.participantProgramAdvisor, valueName: .personIDValue)) var programAdvisor: String
    @Option(help: .localized(.participantNAVAdvisor, valueName: .personIDValue)) var navAdvisor: String?
    @Option(help: .localized(.participantTeamNeeds, valueName: .needsValue)) var teamNeeds: String?
    @Option(help: .localized(.participantTeamMembers, valueName: .personIDsValue)) var teamMembers: String?
    @Option(help: .localized(.participantParentalLeave, valueName: .periodsValue)) var parentalLeave: String?
    @Option(help: .localized(.participantHolidays, valueName: .periodsValue)) var holidays: String?

    @OptionGroup var selection: AgreementSelection
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let textLanguage = asker.languageOption.language
        let fields: [String: String] = [
            "id": id, "name": name, "language": language, "interpreter": interpreter, "start": start,
            "planned_end": plannedEnd, "final_goal": finalGoal, "program_advisor": programAdvisor,
            "nav_advisor": navAdvisor ?? "", "team_needs": teamNeeds ?? "", "team_members": teamMembers ?? "",
            "parental_leave": parentalLeave ?? "", "holidays": holidays ?? "",
        ]
        let added: Bool
        if let api = try await asker.remote() {
            added = try await api.addParticipant(fields: fields, agreementID: try selection.storedID(language: textLanguage)).added
        } else {
            let session = try asker.session()
            let agreement = try await selection.agreement(in: session.store, language: textLanguage)
            do {
                added = try await AccessGate.run(language: textLanguage) {
                    try await ParticipantRegister(store: session.store).add(fields: fields, into: agreement, as: session.person, now: SystemClock.now()).added
                }
            } catch let error as DiagnosticsError {
                throw CommandFailure.diagnostics(error, textLanguage)
            }
        }
        Console.out(added
            ? UserText.participantAdded(id).text(in: textLanguage) + "\n"
            : UserText.participantUpdated(id).text(in: textLanguage) + "\n")
    }
}

struct ParticipantsListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .participantsList) }

    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let language = asker.languageOption.language
        let visible: [Participant]
        let hidden: Int
        let context: ParticipantListing.Context
        let zoneID: String
        if let api = try await asker.remote() {
            let listing = try await api.participants(agreementID: agreementOption.id)
            (visible, hidden, zoneID) = (listing.visible, listing.hidden, listing.timeZoneID)
            context = ParticipantListing.Context(names: listing.names, municipality: listing.municipality)
        } else {
            let session = try asker.session()
            let store = session.store
            let agreement = try await agreementOption.agreement(in: store, language: language)
            let listing = try await AccessGate.run(language: language) {
                try await ParticipantDirectory(store: store).list(agreement, as: session.person, now: SystemClock.now())
            }
            (visible, hidden, zoneID, context) = (listing.visible, listing.hidden, agreement.timeZoneID, ParticipantListing.Context(agreement))
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        Console.out(try ParticipantListing.listing(visible, context: context, style: style).render(format.format))
        if hidden > 0, format.format == .table {
            Console.error(UserText.participantsHidden(hidden).text(in: language))
        }
    }
}

struct ParticipantsShowCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("show", .participantsShow) }

    @Argument(help: .localized(.participantID, valueName: .participantValue)) var id: String
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            let found = try await api.participant(id: id, agreementID: agreementOption.id)
            let style = ListingStyle(format.format, language: language, zoneID: found.timeZoneID)
            let context = ParticipantListing.Context(names: found.names, municipality: found.municipality)
            Console.out(try ParticipantListing.listing(found.visible, context: context, style: style).render(format.format))
            return
        }
        let session = try asker.session()
        let person = session.person
        let store = session.store
        let participant: Participant
        let agreement: Agreement
        do {
            (participant, agreement) = try await AccessGate.run(language: language) { [agreementOption] in
                try await ParticipantDirectory(store: store).show(id: id, agreementID: agreementOption.id, as: person, now: SystemClock.now())
            }
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        let style = ListingStyle(format.format, language: language, zoneID: agreement.timeZoneID)
        Console.out(try ParticipantListing.listing([participant], agreement: agreement, style: style).render(format.format))
    }
}

struct ParticipantsEndCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("end", .participantsEnd) }

    @Argument(help: .localized(.participantID, valueName: .participantValue)) var id: String
    @Option(help: .localized(.participantEndOn, valueName: .dateValue)) var on: String?
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        var date: LocalDate?
        if let on {
            guard let parsed = LocalDate(iso: on) else {
                throw ValidationError(UserText.invalidDate(flag: "--on", value: on).text(in: language))
            }
            date = parsed
        }
        let ended: (id: String, endedOn: LocalDate)
        if let api = try await asker.remote() {
            ended = try await api.endParticipant(id: id, on: date, agreementID: agreementOption.id)
        } else {
            // Judged by the participant's own agreement: another municipality's refugee service is refused.
            let session = try asker.session()
            let (participant, day) = try await AccessGate.run(language: language) { [date] in
                try await ParticipantRegister(store: session.store).end(id: id, on: date, agreementID: agreementOption.id, as: session.person, now: SystemClock.now())
            }
            ended = (participant.id, day)
        }
        Console.out(UserText.participantEnded(id: ended.id, date: ended.endedOn.description).text(in: language) + "\n")
    }
}

/// Participants as a listing (the machine formats keep `ja`/`nei`, the CSV import's words).
enum ParticipantListing {
    /// What the listing shows of the agreement: its people's names and its municipality.
    struct Context: Sendable {
        let names: [String: String]
        let municipality: String?

        init(names: [String: String], municipality: String?) {
            self.names = names
            self.municipality = municipality
        }

        init(_ agreement: Agreement) {
            self.init(names: agreement.people.mapValues(\.name), municipality: agreement.municipality)
        }
    }

    static func listing(_ participants: [Participant], agreement: Agreement, style: ListingStyle) -> Listing {
        listing(participants, context: Context(agreement), style: style)
    }

    static func listing(_ participants: [Participant], context agreement: Context, style: ListingStyle) -> Listing {
        func name(_ id: String?) -> String { id.map { agreement.names[$0] ?? $0 } ?? "" }
        func spans(_ spans: [DateSpan]) -> String { spans.map { "\($0.first)..\($0.last)" }.joined(separator: ";") }
        func interpreter(_ needed: Bool) -> String {
            style.value(needed ? "ja" : "nei", shown: (needed ? UserText.yes : .no).text(in: style.language))
        }
        return style.listing(
            .participants,
            rows: participants.map { participant in
                [
                    participant.id, participant.name, participant.language, interpreter(participant.needsInterpreter),
                    participant.programmeStart.description, participant.plannedEnd.description,
                    participant.endedOn?.description ?? "",
                    style.value(participant.finalGoal.rawValue, shown: participant.finalGoal.text(in: style.language)),
                    name(participant.programAdvisorID), name(participant.navAdvisorID),
                    style.value(
                        participant.teamNeeds.map(\.rawValue).joined(separator: ";"),
                        shown: participant.teamNeeds.map { $0.text(in: style.language) }.joined(separator: ", ")
                    ),
                    participant.teamMemberIDs.joined(separator: ";"),
                    spans(participant.parentalLeave), spans(participant.holidays),
                    participant.homeMunicipality ?? agreement.municipality ?? "",
                ]
            }
        )
    }
}

/// Reads a participants CSV file, or ends the command with its diagnostics.
enum ParticipantFile {
    static func read(_ file: String, agreement: Agreement, language: Language) throws -> [Participant] {
        try parse(text(file, language: language), file: file, agreement: agreement, language: language)
    }

    /// The file's text (`InputFile`: UTF-8 or Windows-1252, at most 10 MB).
    static func text(_ file: String, language: Language) throws -> String {
        do {
            return try InputFile.text(file, as: .participantCSV)
        } catch {
            throw CommandFailure.diagnostics(error, language)
        }
    }

    static func parse(_ text: String, file: String, agreement: Agreement, language: Language) throws -> [Participant] {
        do {
            return try ParticipantCSV.parse(text, file: file, knownPeople: Set(agreement.people.keys))
        } catch {
            throw CommandFailure.diagnostics(error, language)
        }
    }
}
