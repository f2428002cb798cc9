import ArgumentParser

/// `--json` or `--csv` for every listing; a table for people otherwise.
struct ListingFormatOption: ParsableArguments {
    @Flag(help: "Skriv listen som JSON.")
    var json = false

    @Flag(help: "Skriv listen som CSV.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json og --csv kan ikke brukes samtidig") }
    }

    var format: ListingFormat { json ? .json : csv ? .csv : .table }
}

enum ListingFormat {
    case table, json, csv
}
