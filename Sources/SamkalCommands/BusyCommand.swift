import ArgumentParser
import Foundation
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal busy import OWNER FILE.ics` / `--dir DIR`: someone's busy time from a calendar.
struct BusyCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("busy", .busy, subcommands: [BusyImportCommand.self]) }
}

struct BusyImportCommand: AsyncParsableCommand {
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
        let (session, agreement, audit) = try await Convening.session(asker, agreement: agreementOption, action: .importBusyTime)
        let language = session.language
        let store = session.store
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
        let today = SystemClock.today(in: agreement.timeZoneID)
        let span = try DateRangeArguments.span(from: from, to: to, language: language)
        let first = from == nil ? today.adding(days: -366) : span!.first
        let last = to == nil ? today.adding(days: 3 * 366) : span!.last
        let zone = ZonedTime(zoneID: agreement.timeZoneID)!
        let window = (zone.secondsSince1970(on: first, at: LocalTime(minutes: 0)!), zone.secondsSince1970(on: last.adding(days: 1), at: LocalTime(minutes: 0)!))

        // Read every file; the use case checks and expands them all before storing anything.
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
        let imports: [BusyImport.Imported]
        do {
            imports = try await BusyImport(store: store).run(texts, agreement: agreement, from: window.0, to: window.1, audit: audit)
        } catch let error as DiagnosticsError {
            throw CommandFailure.diagnostics(error, language)
        }
        for item in imports {
            for warning in item.warnings {
                Console.error(warning.formatted(in: language) + "\n")
            }
            Console.out(UserText.busyImported(owner: item.owner, count: item.periods.count, source: item.source).text(in: language) + "\n")
        }
    }
}
