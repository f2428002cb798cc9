import ArgumentParser
import Foundation
import SamkalCore
import SamkalStore

/// `samkal migrate --from DATA_DIR --to postgres://…`: a SQLite store moved into an empty
/// PostgreSQL database, checked table by table before it commits.
struct MigrateCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("migrate", .migrate) }

    @Option(help: .localized(.migrateFrom, valueName: .directoryValue)) var from: String
    @Option(help: .localized(.migrateTo, valueName: .urlValue)) var to: String
    @OptionGroup(title: OptionHelp.globalHeading.text(in: CommandLanguage.current)) var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        let url: DatabaseURL
        do {
            url = try DatabaseURL(to)
        } catch {
            Console.error(UserText.error("--to: " + error.message(in: language)).text(in: language))
            throw ExitCode.failure
        }
        guard FileManager.default.fileExists(atPath: (from as NSString).appendingPathComponent("samkal.sqlite")) else {
            Console.error(UserText.error(MigrationText.noStore(from).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        let report: StoreCopy.Report
        do {
            report = try await PostgresStore(url: url).copy(fromSQLiteStoreIn: from)
        } catch let problem as StoreCopy.Problem {
            Console.error(UserText.error(problem.message(in: language)).text(in: language))
            throw ExitCode.failure
        } catch {
            throw StoreOptions.report(error, path: from, language: language)
        }
        for table in report.tables {
            Console.out(MigrationText.table(name: table.name, rows: table.rows, checksum: table.checksum).text(in: language) + "\n")
        }
        Console.out(MigrationText.done(
            from: from, to: url.description, tables: report.tables.count, rows: report.tables.map(\.rows).reduce(0, +),
            identity: report.copiedIdentity
        ).text(in: language) + "\n")
    }
}
