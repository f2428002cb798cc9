import ArgumentParser
import Foundation
import ICalendar
import SamkalCore

/// `samkal-bench`: synthetic instances and planner measurements. Build with `-c release`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samkal-bench",
        abstract: "Generate synthetic instances and measure the planner on them.",
        subcommands: [GenerateCommand.self, RunCommand.self]
    )
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write agreement.yaml, participants.csv and busy/group:*.ics for N participants (or a region: --municipalities)."
    )

    @Option(help: "Number of participants.") var participants: Int
    @Option(help: "Output directory.") var out: String
    @Option(help: "The programme year the instance is built around.") var year = 2027
    @Option(help: "Random seed (same seed, same instance).") var seed: UInt64 = 42
    @Option(help: "Write a region of this many municipalities sharing NAV and interpreters (kommune-NN.yaml, region.yaml).")
    var municipalities: Int?

    func run() throws {
        if let municipalities {
            guard municipalities >= 2, participants >= municipalities else { throw ValidationError("a region needs 2 or more municipalities and a participant each") }
            try RegionGenerator(municipalities: municipalities, participants: participants, year: year, seed: seed).write(to: URL(fileURLWithPath: out))
            print("wrote \(out)/kommune-00.yaml … kommune-\(InstanceGenerator.pad(municipalities - 1, 2)).yaml, their participants, region.yaml and class timetables in busy/")
            return
        }
        var generator = InstanceGenerator(participants: participants, year: year, random: SeededRandom(seed: seed))
        try generator.write(to: URL(fileURLWithPath: out))
        print("wrote \(out)/agreement.yaml, participants.csv and \(generator.classes) class timetables in busy/")
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Plan a generated instance for one year, check the result and report times."
    )

    @Argument(help: "An instance directory written by `generate`.") var directory: String
    @Option(help: "The year to plan.") var year = 2027
    @Option(help: "How many single-participant re-plans to time.") var replans = 50
    @Flag(help: "Plan with the greedy baseline (window order, no repair) instead of the planner.") var greedy = false

    func run() throws {
        let clock = ContinuousClock()
        let root = URL(fileURLWithPath: directory)
        var timings: [(String, Duration)] = []

        var started = clock.now
        let agreementPath = root.appendingPathComponent("agreement.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: agreementPath, encoding: .utf8), file: agreementPath).resolved(calendarPeriods: [])
        let csvPath = root.appendingPathComponent("participants.csv").path
        let participants = try ParticipantCSV.parse(String(contentsOfFile: csvPath, encoding: .utf8), file: csvPath, knownPeople: Set(agreement.people.keys))
        timings.append(("read agreement and participants", clock.now - started))

        started = clock.now
        let zone = ZonedTime(zoneID: agreement.timeZoneID)!
        let range = DateSpan(first: LocalDate(year: year, month: 1, day: 1)!, last: LocalDate(year: year, month: 12, day: 31)!)!
        let from = zone.secondsSince1970(on: range.first.adding(days: -60), at: LocalTime(minutes: 0)!)
        let to = zone.secondsSince1970(on: range.last.adding(days: 60), at: LocalTime(minutes: 0)!)
        var busy: [String: [BusyInterval]] = [:]
        let busyDirectory = root.appendingPathComponent("busy")
        for name in try FileManager.default.contentsOfDirectory(atPath: busyDirectory.path).sorted() where name.hasSuffix(".ics") {
            let text = try String(contentsOf: busyDirectory.appendingPathComponent(name), encoding: .utf8)
            let spans = try ICalBusyTime.read(text, from: from, to: to, floatingZone: agreement.timeZoneID).spans
            busy[String(name.dropLast(4))] = spans.flatMap { zone.busyIntervals(from: $0.start, to: $0.end) }
        }
        timings.append(("expand busy calendars (libical)", clock.now - started))

        let request = PlanRequest(
            agreement: agreement, range: range, stamp: UTCTimestamp(date: range.first),
            participants: participants, busy: busy,
            identity: MeetingIdentity(key: [UInt8](repeating: 0x5A, count: MeetingIdentity.keyLength))!
        )
        started = clock.now
        var session = PlanningSession(request)
        session.planAll(strategy: greedy ? .greedy : .ranked)
        let planned = clock.now - started
        timings.append(("plan \(participants.count) participants, one year", planned))
        let quality = session.quality()
        started = clock.now
        let plan = session.plan()
        timings.append(("assemble the plan", clock.now - started))

        started = clock.now
        let violations = PlanChecker(agreement: agreement, participants: participants, busy: busy).violations(in: plan)
        timings.append(("check the plan independently", clock.now - started))

        var replanTimes: [Duration] = []
        var moved = 0
        var random = SeededRandom(seed: 7)
        for _ in 0..<replans where !participants.isEmpty {
            var participant = participants[Int.random(in: 0..<participants.count, using: &random)]
            let holiday = DateSpan(first: LocalDate(year: year, month: 4, day: 12)!, last: LocalDate(year: year, month: 4, day: 23)!)!
            participant.holidays.append(holiday)
            let start = clock.now
            let changed = session.replan(participant: participant)
            replanTimes.append(clock.now - start)
            moved += changed.count
        }
        replanTimes.sort()

        let meetings = plan.meetings.count
        let participantMeetings = plan.meetings.filter { $0.participantID != nil }.count
        print("instance: \(directory)  participants: \(participants.count)  people: \(agreement.people.count)  rooms: \(agreement.rooms.count)")
        for (label, duration) in timings {
            print("  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(Self.milliseconds(duration)) ms")
        }
        if let median = replanTimes.dropFirst(replanTimes.count / 2).first, let worst = replanTimes.last {
            print("  \("re-plan one participant (median of \(replanTimes.count))".padding(toLength: 44, withPad: " ", startingAt: 0)) \(Self.milliseconds(median)) ms (max \(Self.milliseconds(worst)) ms, \(moved) meetings moved)")
        }
        print("  meetings: \(meetings) (\(participantMeetings) about participants)")
        let share = meetings == 0 ? 0 : Double(plan.preferredSlotCount) / Double(meetings) * 100
        print("  in preferred slot: \(plan.preferredSlotCount) (\(String(format: "%.1f", share)) %)")
        print("  unplaced: \(plan.unplaced.count)")
        for (note, count) in Dictionary(grouping: plan.unplaced, by: { Self.category($0.note) }).mapValues(\.count).sorted(by: { $0.key < $1.key }) {
            print("    \(note): \(count)")
        }
        Self.report(quality, greedy: greedy)
        let others = Set(quality.unplacedOtherUIDs)
        for (note, count) in Dictionary(grouping: plan.unplaced.filter { others.contains($0.uid) }, by: { "\($0.kind.rawValue): \(Self.category($0.note))" })
            .mapValues(\.count).sorted(by: { $0.key < $1.key }) {
            print("    other unplaced, \(note): \(count)")
        }
        for item in plan.unplaced.filter({ others.contains($0.uid) }).prefix(3) { print("    e.g. \(item.period): \(item.note.message(in: .en))") }
        print("  hard violations: \(violations.count)")
        for violation in violations.prefix(10) { print("    \(violation)") }
        print("  peak memory (VmHWM): \(Self.peakMemory())")
        if !violations.isEmpty { throw ExitCode.failure }
    }

    static func report(_ quality: PlanQuality, greedy: Bool) {
        let repair = quality.repair
        Swift.print("  strategy: \(greedy ? "greedy baseline (window order, no repair)" : "most constrained first + repair")")
        Swift.print("  repair: \(repair.passes) passes, \(repair.moves) moves, \(repair.swaps) swaps, \(repair.chains) rescued, \(repair.probes) probes\(repair.exhausted ? ", budget exhausted" : "")")
        Swift.print("  distance from the nominal day: \(quality.distance) working days; lower bound \(quality.lowerBound) (\(ratio(quality.distance, quality.lowerBound)))")
        Swift.print("  could move alone to a better slot: \(quality.improvableAlone)")
        Swift.print("  unplaced about participants: \(quality.unplacedImpossible + quality.unplacedOverCapacity + quality.unplacedOther) (structurally impossible \(quality.unplacedImpossible), over one person's capacity \(quality.unplacedOverCapacity), other \(quality.unplacedOther))")
        Swift.print("  " + ["kind".padding(toLength: 20, withPad: " ", startingAt: 0), pad("meetings"), pad("unplaced"), pad("distance"), pad("bound"), pad("ratio", 7), pad("preferred", 11)].joined(separator: " "))
        for (kind, figures) in quality.byKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let share = figures.placed == 0 ? 0 : Double(figures.preferred) / Double(figures.placed) * 100
            Swift.print("  " + [
                kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0), pad("\(figures.meetings)"), pad("\(figures.meetings - figures.placed)"),
                pad("\(figures.distance)"), pad("\(figures.lowerBound)"), pad(ratio(figures.distance, figures.lowerBound), 7),
                pad("\(figures.preferred) (\(String(format: "%.1f", share)) %)", 11),
            ].joined(separator: " "))
        }
    }

    static func ratio(_ value: Int, _ bound: Int) -> String {
        bound == 0 ? (value == 0 ? "1.00" : "–") : String(format: "%.3f", Double(value) / Double(bound))
    }

    static func pad(_ text: String, _ width: Int = 9) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    static func category(_ note: PlanNote) -> String {
        switch note {
        case .attendeesBusy: "attendees busy"
        case .interpretersBusy: "interpreters busy"
        case .noInterpreter: "no interpreter for the language"
        case .roomsBusy: "rooms busy"
        case .noRoom: "no room large enough"
        case .missingAttendee(let role): "no \(role.rawValue)"
        case .participantUnavailable: "participant on holiday or leave"
        case .noMeetingDay: "no working day"
        default: "other"
        }
    }

    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return "unknown" }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}
