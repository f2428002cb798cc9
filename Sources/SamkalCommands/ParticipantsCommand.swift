import ArgumentParser
import Foundation
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal participants import|add|list|show|end`: the programme's participants.
struct ParticipantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: "Deltakerne i introduksjonsprogrammet (participants).",
        subcommands: [
            ParticipantsImportCommand.self, ParticipantsAddCommand.self, ParticipantsListCommand.self,
            ParticipantsShowCommand.self, ParticipantsEndCommand.self,
        ]
    )
}

/// The agreement participants belong to: loaded from `--agreement` (stored with the
/// participants, in the same transaction), or the one stored.
struct AgreementSelection: ParsableArguments {
    @Option(name: .customLong("agreement"), help: "Avtalefilen (YAML); ellers avtalen som er lagret.")
    var file: String?

    func agreement(in store: some SamkalStore, language: Language) async throws -> Agreement {
        if let file {
            let loaded: Agreement
            do {
                loaded = try AgreementLoader.load(path: file)
            } catch {
                throw CommandFailure.diagnostics(error, language)
            }
            return loaded
        }
        guard let stored = try await store.agreement(id: nil) else {
            throw CommandFailure.store(.noAgreement, language)
        }
        return stored
    }
}

struct ParticipantsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importer deltakere fra CSV; alt eller ingenting (import participants from CSV)."
    )

    @Argument(help: "CSV-filen (se docs/brukerveiledning.md for kolonnene).")
    var file: String

    @OptionGroup var selection: AgreementSelection
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        // Read before the store is opened: a file that cannot be read touches nothing.
        let text = try ParticipantFile.text(file, language: asker.languageOption.language)
        let session = try asker.session()
        let language = session.language
        let store = session.store
        let agreement = try await selection.agreement(in: store, language: language)
        let audit = try await AccessGate.admit(
            .manageParticipants(target: "import"), person: session.person, agreement: agreement, store: store, language: language
        )
        let participants = try ParticipantFile.parse(text, file: file, agreement: agreement, language: language)
        let summary = try await store.importParticipants(participants, agreement: agreement, audit: audit, now: SystemClock.now())
        Console.out(UserText.participantsImported(
            count: participants.count, file: file, inserted: summary.inserted, updated: summary.updated
        ).text(in: language) + "\n")
    }
}

struct ParticipantsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Legg til eller oppdater én deltaker (add or update one participant)."
    )

    @Option(help: "Kommunens saksnummer (aldri fødselsnummer).") var id: String
    @Option var name: String
    @Option(help: "Foretrukket språk, f.eks. ti, ar, uk.") var language: String
    @Option(help: "Trenger tolk: ja/nei.") var interpreter: String
    @Option(help: "Programstart, ÅÅÅÅ-MM-DD.") var start: String
    @Option(help: "Planlagt slutt, ÅÅÅÅ-MM-DD.") var plannedEnd: String
    @Option(help: "Sluttmål: work eller education.") var finalGoal: String
    @Option(help: "Programrådgiver (person-id).") var programAdvisor: String
    @Option(help: "NAV-veileder (person-id).") var navAdvisor: String?
    @Option(help: "Teambehov, ;-separert (health;adultEducation).") var teamNeeds: String?
    @Option(help: "Teammedlemmer (person-id-er), ;-separert.") var teamMembers: String?
    @Option(help: "Foreldrepermisjon, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…") var parentalLeave: String?
    @Option(help: "Ferie, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…") var holidays: String?

    @OptionGroup var selection: AgreementSelection
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let textLanguage = session.language
        let store = session.store
        let agreement = try await selection.agreement(in: store, language: textLanguage)
        let audit = try await AccessGate.admit(
            .manageParticipants(target: id), person: session.person, agreement: agreement, store: store, language: textLanguage
        )
        let fields: [String: String] = [
            "id": id, "name": name, "language": language, "interpreter": interpreter, "start": start,
            "planned_end": plannedEnd, "final_goal": finalGoal, "program_advisor": programAdvisor,
            "nav_advisor": navAdvisor ?? "", "team_needs": teamNeeds ?? "", "team_members": teamMembers ?? "",
            "parental_leave": parentalLeave ?? "", "holidays": holidays ?? "",
        ]
        switch ParticipantCSV.participant(fields: fields, knownPeople: Set(agreement.people.keys)) {
        case .failure(let error):
            throw CommandFailure.diagnostics(error, textLanguage)
        case .success(let participant):
            let summary = try await store.importParticipants([participant], agreement: agreement, audit: audit, now: SystemClock.now())
            Console.out(summary.inserted == 1
                ? UserText.participantAdded(participant.id).text(in: textLanguage) + "\n"
                : UserText.participantUpdated(participant.id).text(in: textLanguage) + "\n")
        }
    }
}

struct ParticipantsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List deltakerne du har tjenstlig behov for å se (list participants)."
    )

    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let person = session.person
        let store = session.store
        guard let agreement = try await store.agreement(id: nil) else { throw CommandFailure.store(.noAgreement, language) }
        let listing = try await AccessGate.run(language: language) {
            try await ParticipantDirectory(store: store).list(agreement, as: person, now: SystemClock.now())
        }
        let visible = listing.visible
        Console.out(try ParticipantListing.listing(visible, agreement: agreement).render(format.format))
        if listing.hidden > 0, format.format == .table {
            Console.error(UserText.participantsHidden(listing.hidden).text(in: language))
        }
    }
}

struct ParticipantsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Vis én deltaker (show one participant).")

    @Argument var id: String
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let person = session.person
        let store = session.store
        guard let agreement = try await store.agreement(id: nil) else { throw CommandFailure.store(.noAgreement, language) }
        let participant: Participant
        do {
            participant = try await AccessGate.run(language: language) {
                try await ParticipantDirectory(store: store).show(id: id, in: agreement, as: person, now: SystemClock.now())
            }
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        Console.out(try ParticipantListing.listing([participant], agreement: agreement).render(format.format))
    }
}

struct ParticipantsEndCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end", abstract: "Avslutt en deltakers program (end a participant's programme).")

    @Argument var id: String
    @Option(help: "Siste dag, ÅÅÅÅ-MM-DD (standard: i dag).") var on: String?
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await asker.guardedSession(.manageParticipants(target: id))
        let language = session.language
        let store = session.store
        let date: LocalDate
        if let on {
            guard let parsed = LocalDate(iso: on) else {
                throw ValidationError(UserText.invalidDate(flag: "--on", value: on).text(in: language))
            }
            date = parsed
        } else {
            date = SystemClock.today(in: agreement.timeZoneID)
        }
        do {
            let participant = try await store.endParticipant(id: id, on: date, audit: audit, now: SystemClock.now())
            Console.out(UserText.participantEnded(id: participant.id, date: date.description).text(in: language) + "\n")
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
    }
}

/// Participants as a listing.
enum ParticipantListing {
    static func listing(_ participants: [Participant], agreement: Agreement) -> Listing {
        func name(_ id: String?) -> String { id.map { agreement.people[$0]?.name ?? $0 } ?? "" }
        func spans(_ spans: [DateSpan]) -> String { spans.map { "\($0.first)..\($0.last)" }.joined(separator: ";") }
        return Listing(
            columns: [
                "id", "name", "language", "interpreter", "start", "planned_end", "ended", "final_goal",
                "program_advisor", "nav_advisor", "team_needs", "team_members", "parental_leave", "holidays",
            ],
            rows: participants.map { participant in
                [
                    participant.id, participant.name, participant.language, participant.needsInterpreter ? "ja" : "nei",
                    participant.programmeStart.description, participant.plannedEnd.description,
                    participant.endedOn?.description ?? "", participant.finalGoal.rawValue,
                    name(participant.programAdvisorID), name(participant.navAdvisorID),
                    participant.teamNeeds.map(\.rawValue).joined(separator: ";"),
                    participant.teamMemberIDs.joined(separator: ";"),
                    spans(participant.parentalLeave), spans(participant.holidays),
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
