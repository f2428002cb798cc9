import ArgumentParser
import Foundation
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal busy import OWNER FILE.ics` / `--dir DIR`: someone's busy time from a calendar.
struct BusyCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("busy", .busy, subcommands: [BusyImportCommand.self]) }
}

struct BusyImportCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("import", .busyImport) }

    @Argument(help: .localized(.busyOwner, valueName: .ownerValue)) var owner: String?
    @Argument(help: .localized(.busyFile, valueName: .fileValue)) var file: String?
    @Option(help: .localized(.busyDirectory, valueName: .directoryValue)) var dir: String?
    @Option(help: .localized(.busyFrom, valueName: .dateValue)) var from: String?
    @Option(help: .localized(.busyTo, valueName: .dateValue)) var to: String?

    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        if dir == nil, owner == nil || file == nil {
            throw ValidationError(OptionProblemText.busyImportSource.text(in: CommandLanguage.current))
        }
    }

    func run() async throws {
        let language = asker.languageOption.language
        let span = try DateRangeArguments.span(from: from, to: to, language: language)
        let first = from == nil ? nil : span?.first
        let last = to == nil ? nil : span?.last
        let summaries: [BusyImport.Summary]
        if let api = try await asker.remote() {
            summaries = try await api.importBusyTime(try readFiles(language: language), agreementID: agreementOption.id, first: first, last: last)
        } else {
            // The refugee service is admitted before any file is read.
            let (session, _, _) = try await Convening.session(asker, agreement: agreementOption, action: .importBusyTime)
            let files = try readFiles(language: language)
            do {
                summaries = try await AccessGate.run(language: language) {
                    try await BusyImport(store: session.store).record(
                        files, agreementID: agreementOption.id, first: first, last: last, as: session.person, now: SystemClock.now()
                    )
                }
            } catch let error as DiagnosticsError {
                throw CommandFailure.diagnostics(error, language)
            }
        }
        for summary in summaries {
            for warning in summary.warnings {
                Console.error(warning.formatted(in: language) + "\n")
            }
            Console.out(UserText.busyImported(owner: summary.owner, count: summary.count, source: summary.source).text(in: language) + "\n")
        }
    }

    /// Every file's text (the use case checks and expands them all before storing
    /// anything), or every file that cannot be read.
    private func readFiles(language: Language) throws -> [BusyImport.File] {
        var files: [(owner: String, path: String)] = []
        if let dir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: dir)
            else {
                throw ValidationError(UserText.notADirectory(flag: "--dir", path: dir).text(in: language))
            }
            files = names.filter { $0.hasSuffix(".ics") }.sorted().map { name in
                (String(name.dropLast(4)), (dir as NSString).appendingPathComponent(name))
            }
        } else if let owner, let file {
            files = [(owner, file)]
        }
        var texts: [BusyImport.File] = []
        var unreadable: [Diagnostic] = []
        for (owner, path) in files {
            do {
                texts.append(BusyImport.File(owner: owner, path: path, text: try InputFile.text(path, as: .iCalendar)))
            } catch {
                unreadable += error.diagnostics
            }
        }
        if !unreadable.isEmpty { throw CommandFailure.diagnostics(DiagnosticsError(unreadable), language) }
        return texts
    }
}
