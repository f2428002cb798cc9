import Foundation
import SamkalCore
import SamkalPublishing
import SamkalStore

/// Reads an agreement file and the iCalendar files it names, and resolves them into a
/// complete `Agreement`: the I/O half of `AgreementParser`. Every problem comes back as
/// diagnostics with file, line and field.
public enum AgreementLoader {
    /// How many agreements deep `from:` may lead (a region file → a municipality → another).
    public static let referenceDepthLimit = 4

    /// Loads the agreement file at `path`. An agreement its `from:` names is taken from
    /// `known` (already loaded, e.g. earlier files of the same command line), else from
    /// `<id>.yaml` beside the file (loaded the same way), else from `stored` (the store's).
    public static func load(
        path: String, known: [String: Agreement] = [:], stored: [String: Agreement] = [:]
    ) throws(DiagnosticsError) -> Agreement {
        var cache = known
        return try load(path: path, cache: &cache, stored: stored, chain: [])
    }

    /// Every stored agreement by id, for `from:` to be resolved against.
    public static func storedAgreements(in store: any SamkalStore) async throws -> [String: Agreement] {
        Dictionary(try await store.agreements().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func load(
        path: String, cache: inout [String: Agreement], stored: [String: Agreement], chain: [String]
    ) throws(DiagnosticsError) -> Agreement {
        let text = try InputFile.text(path, as: .agreementYAML)
        var referenced: [String: Agreement] = [:]
        var problems: [Diagnostic] = []
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let here = chain + [URL(fileURLWithPath: path).standardizedFileURL.path]
        for (id, location) in AgreementReferences.references(in: text, file: path) {
            if let agreement = cache[id] {
                referenced[id] = agreement
                continue
            }
            let beside = directory.appendingPathComponent(id + ".yaml").path
            let standardized = URL(fileURLWithPath: beside).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: beside) {
                guard !here.contains(standardized), here.count <= referenceDepthLimit else {
                    problems.append(Diagnostic(
                        location: location, field: "from",
                        problem: .referenceCycle(id, limit: referenceDepthLimit)
                    ))
                    continue
                }
                let agreement = try load(path: beside, cache: &cache, stored: stored, chain: here)
                cache[id] = agreement
                referenced[id] = agreement
            } else if let agreement = stored[id] {
                referenced[id] = agreement
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        let draft = try AgreementParser.parse(yaml: text, file: path, referenced: referenced)
        var periods: [AvoidPeriod] = []
        var diagnostics: [Diagnostic] = []
        if !CalendarTimeZones.isKnown(draft.timeZoneID) {
            diagnostics.append(Diagnostic(
                location: draft.timeZoneLocation ?? SourceLocation(file: path, line: 1, column: 1), field: "timeZone",
                problem: .unknownTimeZone(draft.timeZoneID)
            ))
        }
        for reference in draft.calendars {
            let resolved = reference.path.hasPrefix("/")
                ? reference.path
                : directory.appendingPathComponent(reference.path).path
            do {
                periods += try avoidPeriods(in: resolved, reference: reference)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        let agreement = draft.resolved(calendarPeriods: periods)
        cache[agreement.id] = agreement
        return agreement
    }

    /// The periods of a school-holiday calendar the agreement names. A file that cannot be
    /// read is reported where the agreement names it; a file that is not UTF-8, in itself.
    static func avoidPeriods(in path: String, reference: CalendarFileReference) throws(DiagnosticsError) -> [AvoidPeriod] {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(path, as: .holidayCalendar)
        } catch {
            throw DiagnosticsError(error.diagnostics.map {
                Diagnostic(location: reference.location, field: "avoidPeriods.calendars", problem: $0.problem)
            })
        }
        let text = try InputText.decode(bytes, file: path, kind: .holidayCalendar)
        return try AvoidPeriodCalendar.periods(in: text, path: path, reference: reference)
    }
}
