import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates

extension InternalControlFormat: ExpressibleByArgument {}

/// `samkal report`: reports on the cooperation.
struct ReportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("report", .report, subcommands: [ReportInternalControlCommand.self])
    }
}

/// `samkal report internkontroll --year 2027`: what the agreement requires against what happened.
struct ReportInternalControlCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("internkontroll", .reportInternalControl) }

    @Option(help: .localized(.reportYear, valueName: .yearValue)) var year: Int
    @Option(help: .localized(.reportFormat, valueName: .formatValue)) var format: InternalControlFormat = .text
    @Option(name: .customLong("as-of"), help: .localized(.reportAsOf, valueName: .dateValue)) var asOf: String?
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        let language = asker.languageOption.language
        guard InternalControlService.years.contains(year) else {
            throw ValidationError(UserText.yearOutOfRange(flag: "--year", value: String(year)).text(in: language))
        }
        if let asOf, LocalDate(iso: asOf) == nil {
            throw ValidationError(UserText.invalidDateFormat(flag: "--as-of", value: asOf).text(in: language))
        }
    }

    func run() async throws {
        let language = asker.languageOption.language
        let day = asOf.flatMap { LocalDate(iso: $0) }
        if let api = try await asker.remote() {
            Console.out(try await api.internalControlReport(agreementID: agreementOption.id, year: year, asOf: day, format: format.rawValue))
            return
        }
        // The templates first: a missing one is said before anything is read or audited.
        let page = format == .html ? try TemplateLocator.internalControlPage() : nil
        let session = try asker.session()
        let answer: AccessResult<InternalControlReport>
        do {
            answer = try await InternalControlService(store: session.store).report(
                agreementID: agreementOption.id, year: year, asOf: day, as: session.person, now: SystemClock.now()
            )
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        switch answer {
        case .refused(let rule):
            throw CommandFailure.refusal(rule, language)
        case .allowed(let report, _):
            if let page {
                Console.out(try page.document(report, format: format, language: language))
            } else if let document = try format.plainDocument(report, language: language) {
                Console.out(document)
            }
        }
    }
}
