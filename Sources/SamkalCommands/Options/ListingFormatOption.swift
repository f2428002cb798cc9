import ArgumentParser
import SamkalCore

/// `--json` or `--csv` for every listing; a table for people otherwise.
struct ListingFormatOption: ParsableArguments {
    @Flag(help: .localized(.json))
    var json = false

    @Flag(help: .localized(.csv))
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError(OptionProblemText.notTogether("--json", "--csv").text(in: CommandLanguage.current)) }
    }

    var format: ListingFormat { json ? .json : csv ? .csv : .table }
}

enum ListingFormat {
    case table, json, csv
}
