import ArgumentParser
import Foundation
import SamkalCore
@testable import SamkalCommands
import Testing

/// One command line in every language: the same global options on every command, `--help`
/// and the parser's errors in the language asked for, listings for people in it.
///
/// The help screens are golden files, `Tests/Golden/help/<lang>/<command>.txt` (`samkal`,
/// `plan`, `plan-run` …); regenerate them with
///
///     SAMKAL_UPDATE_GOLDEN=1 swift test --filter CommandLineLanguageTests
@Suite(.serialized) struct CommandLineLanguageTests {
    typealias CLI = CommandLineTests

    /// Every command of the tree, root first: its words after `samkal`, and whether it is a leaf.
    static func commands(
        _ command: any ParsableCommand.Type = SamkalCommand.self, path: [String] = []
    ) -> [(path: [String], isLeaf: Bool)] {
        let subcommands = command.configuration.subcommands
        return [(path, subcommands.isEmpty)] + subcommands.flatMap { sub in
            commands(sub, path: path + [sub.configuration.commandName ?? ""])
        }
    }

    static func goldenName(_ path: [String]) -> String { path.isEmpty ? "samkal" : path.joined(separator: "-") }

    /// A help screen of the built binary, at a fixed width.
    static func help(_ path: [String], language: Language) throws -> CLI.Result {
        try CLI.run(path + ["--help", "--lang", language.rawValue], environment: ["COLUMNS": "80"])
    }

    @Test func theTreeIsWhatTheREADMEDescribes() {
        let leaves = Self.commands().filter(\.isLeaf).map { $0.path.joined(separator: " ") }
        #expect(leaves.count == 35)
        #expect(leaves.contains("feeds list") && leaves.contains("participants end") && leaves.contains("audit") && leaves.contains("migrate"))
    }

    @Test(arguments: Language.allCases)
    func everyHelpScreenMatchesItsGoldenFile(language: Language) throws {
        for (path, _) in Self.commands() {
            let result = try Self.help(path, language: language)
            #expect(result.status == 0, "\(path): \(result.stderr)")
            try GoldenFileTests.expectGolden(result.stdout, "help/\(language.rawValue)/\(Self.goldenName(path)).txt")
        }
    }

    /// Not a word of the parser's English framing in a Norwegian help screen.
    @Test func theNorwegianHelpHasNoEnglishFraming() throws {
        let english = [
            "USAGE:", "OVERVIEW:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Show help information", "Show the version",
            "Show subcommand help", "(default", "(values:", "<subcommand>", "<options>", "detailed help", "Global options",
        ]
        for (path, isLeaf) in Self.commands() {
            let help = try Self.help(path, language: .nb).stdout
            for phrase in english {
                #expect(!help.contains(phrase), "samkal \(path.joined(separator: " ")) --help: \(phrase)")
            }
            #expect(help.contains("BRUK: "))
            if isLeaf {
                #expect(help.contains("GLOBALE VALG:"), "\(path)")
            }
        }
        let english2 = try Self.help(["feeds", "list"], language: .en).stdout
        #expect(english2.contains("USAGE: samkal feeds list") && english2.contains("GLOBAL OPTIONS:"))
        #expect(!english2.contains("Abonnement"))
    }

    /// `--lang`, `--as` and `--data` are accepted by every leaf command, parsed as the
    /// parser parses them (a missing argument may follow; an unknown option may not).
    @Test func everyLeafCommandTakesTheGlobalOptions() throws {
        let leaves = Self.commands().filter(\.isLeaf).map(\.path)
        for path in leaves {
            for options in [["--lang", "en", "--as", "kari-vagen", "--data", "/nonexistent/samkal"], ["--lang=nb"]] {
                do {
                    _ = try SamkalCommand.parseAsRoot(path + options)
                } catch {
                    let message = SamkalCommand.message(for: error)
                    #expect(!message.contains("Unknown option") && !message.contains("nexpected argument"), "\(path): \(message)")
                }
            }
            // The check itself: an option no command has is reported.
            #expect(throws: (any Error).self) { try SamkalCommand.parseAsRoot(path + ["--no-such-option"]) }
        }
        let unknown = try CLI.run(["feeds", "list", "--lang", "en", "--as", "kari-vagen"])
        #expect(!unknown.stderr.contains("nknown option"), "\(unknown.stderr)")
        let audit = try CLI.run(["audit", "--as", "kari-vagen", "--lang", "en"])
        #expect(!audit.stderr.contains("nknown option"), "\(audit.stderr)")
        let end = try CLI.run(["participants", "end", "D-0042", "--as", "kari-vagen", "--lang", "en"])
        #expect(!end.stderr.contains("nknown option"), "\(end.stderr)")
    }

    @Test func theLanguageIsReadFromTheArgumentsThenTheEnvironment() {
        #expect(CommandLanguage.decide(from: ["feeds", "list", "--lang", "en"], environment: [:]) == .en)
        #expect(CommandLanguage.decide(from: ["--lang=en", "audit"], environment: ["SAMKAL_LANG": "nb"]) == .en)
        #expect(CommandLanguage.decide(from: ["audit"], environment: ["SAMKAL_LANG": "en"]) == .en)
        #expect(CommandLanguage.decide(from: ["audit", "--lang", "xx"], environment: ["SAMKAL_LANG": "en"]) == .en)
        #expect(CommandLanguage.decide(from: ["audit"], environment: [:]) == .nb)
        #expect(CommandLanguage.decide(from: ["minutes", "log", "u", "--file", "-", "--", "--lang", "en"], environment: [:]) == .nb)
    }

    // MARK: Parser errors

    /// The parser's own sentence for `arguments`, as ArgumentParser 1.8 words it, with
    /// samkal's bokmål placeholders (`<dato>`).
    static func parserMessage(_ arguments: [String]) -> String {
        CommandLanguage.start(with: ["--lang", "nb"])
        do {
            _ = try SamkalCommand.parseAsRoot(arguments)
            return ""
        } catch {
            return SamkalCommand.message(for: error)
        }
    }

    @Test func theParsersSentencesAreRecognised() {
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["feeds", "list", "--bogus"])) == .unknownOption("--bogus", suggestion: nil))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["audit", "--limt", "3"])) == .unknownOption("--limt", suggestion: "--limit"))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["check"])) == .missingArgument("<avtalefil>"))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["check", "a", "b"])) == .unexpectedArguments(["b"]))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["check", "a", "b", "c"])) == .unexpectedArguments(["b", "c"]))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["plan", "run", "a.yaml", "--to", "x", "--from"])) == .missingValue(option: "--from <dato>"))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["actions", "list", "--all=yes"])) == .valueNotTaken(option: "--all", value: "yes"))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["audit", "--limit", "many"])) == .invalidValue("many", option: "--limit <antall>", validValues: [], reason: nil))
        #expect(UsageErrorTranslation.text(for: Self.parserMessage(["audit", "--lang", "xx"])) == .invalidValue(
            "xx", option: "--lang <språk>", validValues: Language.allCases.map(\.rawValue), reason: nil
        ))
        guard case .invalidValue("nope", "--kind <møtetype>", let kinds, nil)? = UsageErrorTranslation.text(for: Self.parserMessage(["minutes", "list", "--kind", "nope"])) else {
            Issue.record("--kind nope not recognised: \(Self.parserMessage(["minutes", "list", "--kind", "nope"]))")
            return
        }
        #expect(kinds.contains("leaderMeeting") && kinds.contains("infoMeeting"))
        #expect(UsageErrorTranslation.text(for: "Something new the parser says") == nil)
    }

    @Test func usageErrorsAreOneLocalisedSentenceAndAHint() throws {
        let unknown = try CLI.run(["feeds", "list", "--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "feil: ukjent valg «--bogus»\nSe samkal feeds list --help.\n")
        let english = try CLI.run(["feeds", "list", "--bogus", "--lang", "en"])
        #expect(english.stderr == "error: unknown option '--bogus'\nSee samkal feeds list --help.\n")
        let fromEnvironment = try CLI.run(["feeds", "list", "--bogus"], environment: ["SAMKAL_LANG": "en"])
        #expect(fromEnvironment.stderr.hasPrefix("error: unknown option"))

        let missing = try CLI.run(["check"])
        #expect(missing.stderr == "feil: mangler argumentet «<avtalefil>»\nSe samkal check --help.\n")
        let missingInEnglish = try CLI.run(["check", "--lang", "en"])
        #expect(missingInEnglish.stderr == "error: missing argument '<agreement-file>'\nSee samkal check --help.\n")
        let value = try CLI.run(["minutes", "list", "--kind", "nope"])
        #expect(value.stderr.hasPrefix("feil: «nope» er ikke en gyldig verdi for «--kind <møtetype>» (gyldige verdier: "))
        let defaulted = try CLI.run(["plan", CLI.example, "--from"])
        #expect(defaulted.stderr.hasSuffix("\nSe samkal plan run --help.\n"), "\(defaulted.stderr)")

        // Our own checks of the options: the same framing, no usage text of the program.
        let exactlyOne = try CLI.run(["attendance", "--as", "kari-vagen"])
        #expect(exactlyOne.status == 64)
        #expect(exactlyOne.stderr == "feil: oppgi én deltaker (saksnummer, f.eks. samkal attendance D-0042), --party PART eller --kind MØTETYPE\nSe samkal attendance --help.\n")
        let badDate = try CLI.run(["minutes", "list", "--from", "2027-13-01", "--as", "kari-vagen"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr == "feil: --from: '2027-13-01' er ikke en gyldig dato\n")
        for result in [unknown, english, missing, value, defaulted, exactlyOne, badDate] {
            #expect(!result.stderr.contains("Error:") && !result.stderr.contains("USAGE") && !result.stderr.contains("Usage"))
        }
    }

    // MARK: Listings for people

    /// Words the same in both languages, allowed in a Norwegian header.
    static let sharedWords: Set<String> = ["person", "status", "start", "uid", "partstat", "via"]

    @Test func noNorwegianHeaderIsEnglish() {
        for listing in ListingColumns.allCases {
            for column in listing.columns {
                let nb = column.name(in: .nb)
                #expect(nb != column.name(in: .en) || Self.sharedWords.contains(nb), "\(listing): \(nb)")
                #expect(!listing.keys.contains(nb) || Self.sharedWords.contains(nb) || nb == column.name(in: .en), "\(listing): \(nb)")
            }
        }
    }

    /// The header cells of a table (columns are two spaces apart at least).
    static func headerCells(_ line: Substring) -> [String] {
        line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func everyTableIsInTheLanguageAndMachineFormatsAreNot() throws {
        let data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        #expect(try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-03-31"], environment: env).status == 0)
        #expect(try CLI.run(["feeds", "add", "--person", "kari-vagen"], environment: env).status == 0)
        let listings: [([String], ListingColumns)] = [
            (["minutes", "list"], .minutes), (["actions"], .actions), (["audit"], .audit), (["attendance", "--kind", "infoMeeting"], .attendance),
            (["participants", "list"], .participants), (["feeds", "list"], .feeds), (["outbox"], .outbox), (["rsvp", "list"], .replies),
        ]
        for language in Language.allCases {
            for (command, columns) in listings {
                let table = try CLI.run(command + ["--lang", language.rawValue], environment: env)
                #expect(table.status == 0, "\(command): \(table.stderr)")
                let header = try #require(table.stdout.split(separator: "\n").first, "\(command)")
                #expect(Self.headerCells(header) == columns.names(in: language), "\(command) \(language)")
                let json = try CLI.run(command + ["--json", "--lang", language.rawValue], environment: env)
                let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]] ?? []
                #expect(rows.allSatisfy { Set($0.keys) == Set(columns.keys) }, "\(command)")
                let machine = try CLI.run(command + ["--csv", "--lang", language.rawValue], environment: env)
                #expect(machine.stdout.hasPrefix(columns.keys.joined(separator: ",") + "\n"), "\(command): \(machine.stdout.prefix(80))")
            }
        }
        // The plan diff's table too, under its heading.
        let diff = try CLI.run(["plan", "diff"], environment: env)
        #expect(Self.headerCells(diff.stdout.split(separator: "\n")[1]) == ListingColumns.planChanges.names(in: .nb))

        // Times for people in the agreement's zone (Europe/Oslo), to the minute; UTC for programs.
        let audit = try CLI.run(["audit"], environment: env)
        let firstRow = try #require(audit.stdout.split(separator: "\n").dropFirst(2).first)
        #expect(firstRow.range(of: #"\d{4}-\d\d-\d\d \d\d:\d\d  "#, options: .regularExpression) != nil, "\(firstRow)")
        #expect(!audit.stdout.contains("Z  "))
        let auditCSV = try CLI.run(["audit", "--csv"], environment: env)
        #expect(auditCSV.stdout.range(of: #",\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,"#, options: .regularExpression) != nil)

        // Subscription kinds are words for people, machine words for programs.
        let feeds = try CLI.run(["feeds", "list"], environment: env)
        #expect(feeds.stdout.contains("person"))
        let agreementFeed = try CLI.run(["feeds", "add", "--agreement", "afjord-nav-nord-fosen"], environment: env)
        #expect(agreementFeed.status == 0, "\(agreementFeed.stderr)")
        #expect(try CLI.run(["feeds", "list"], environment: env).stdout.contains(" avtale "))
        #expect(try CLI.run(["feeds", "list", "--csv"], environment: env).stdout.contains(",agreement,"))
    }

    @Test func theLocalTimeIsTheZonesWallClock() {
        let oslo = TimeDisplay(zoneID: nil)
        #expect(oslo.local(UTCTimestamp(iso: "2026-12-01T08:16:43Z")!) == "2026-12-01 09:16")
        #expect(oslo.local(UTCTimestamp(iso: "2026-07-01T08:16:43Z")!) == "2026-07-01 10:16")
        #expect(TimeDisplay(zoneID: "America/New_York").local(UTCTimestamp(iso: "2026-12-01T03:00:00Z")!) == "2026-11-30 22:00")
    }

    // MARK: The help framing

    @Test func theHelpFramingIsTranslatedInPlace() {
        let parser = """
            OVERVIEW: Planlegg.

            USAGE: samkal plan <subcommand>

            OPTIONS:
              -h, --help              Show help information.

            SUBCOMMANDS:
              run (default)           Planlegg møtene.
              diff                    Vis hva siste planversjon endret.

              See 'samkal help plan <subcommand>' for detailed help.
            """
        let norwegian = HelpTranslation.translate(parser, to: .nb)
        #expect(norwegian == """
            OVERSIKT: Planlegg.

            BRUK:  samkal plan <underkommando>

            VALG:
              -h, --help              Vis hjelp.

            UNDERKOMMANDOER:
              run (standard)          Planlegg møtene.
              diff                    Vis hva siste planversjon endret.

              Se «samkal help plan <underkommando>» for utførlig hjelp.
            """)
        #expect(HelpTranslation.translate(parser, to: .en) == parser)
        #expect(HelpTranslation.translate("  --retries <retries>   Forsøk. (default: 3)", to: .nb) == "  --retries <retries>   Forsøk. (standard: 3)")
    }
}
