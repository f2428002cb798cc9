/// The kind of body (etat) that signs or takes part in the cooperation agreement.
public enum PartyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Flyktningtjenesten / flyktningenheten: owns the programme and convenes the meetings.
    case refugeeService
    /// Det lokale NAV-kontoret.
    case nav
    /// NAV fylke.
    case navCounty
    /// Voksenopplæringen.
    case adultEducation
    /// Fylkeskommunen.
    case county
    /// Helsepersonell (e.g. the health station or GP service).
    case health
    /// A pool of interpreters (tolketjeneste).
    case interpreterService

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.refugeeService, .nb): "flyktningtjenesten"
        case (.refugeeService, .nn): "flyktningtenesta"
        case (.refugeeService, .en): "refugee service"
        case (.nav, .nb): "NAV-kontoret"
        case (.nav, .nn): "NAV-kontoret"
        case (.nav, .en): "NAV office"
        case (.navCounty, .nb): "NAV fylke"
        case (.navCounty, .nn): "NAV fylke"
        case (.navCounty, .en): "NAV county"
        case (.adultEducation, .nb): "voksenopplæringen"
        case (.adultEducation, .nn): "vaksenopplæringa"
        case (.adultEducation, .en): "adult education"
        case (.county, .nb): "fylkeskommunen"
        case (.county, .nn): "fylkeskommunen"
        case (.county, .en): "county"
        case (.health, .nb): "helsetjenesten"
        case (.health, .nn): "helsetenesta"
        case (.health, .en): "health service"
        case (.interpreterService, .nb): "tolketjenesten"
        case (.interpreterService, .nn): "tolketenesta"
        case (.interpreterService, .en): "interpreter service"
        }
    }
}
