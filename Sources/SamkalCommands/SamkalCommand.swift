import ArgumentParser

/// `samkal`: plans, publishes and records the meetings of a cooperation agreement
/// (samarbeidsavtale) for the introduction programme.
public struct SamkalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "samkal",
        abstract: "Samarbeidskalender: møtene i samarbeidsavtalen om introduksjonsprogrammet.",
        discussion: """
            Plans the meetings a cooperation agreement requires on Norwegian working days \
            and publishes them as iCalendar feeds. Texts are in Norwegian bokmål; use \
            --lang en (or SAMKAL_LANG=en) for English.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, PlanCommand.self]
    )

    public init() {}
}
