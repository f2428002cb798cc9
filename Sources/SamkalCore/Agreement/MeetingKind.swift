/// The kinds of meeting samkal plans. The raw values are the JSON `kind`s.
public enum MeetingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ledermøte: tverretatlig møte på ledernivå, vår og høst.
    case leaderMeeting
    /// Årlig revisjon av samarbeidsavtalen og evaluering av samarbeidsrutinene.
    case agreementRevision
    /// Fast samarbeidsmøte mellom kontaktpersonene.
    case cooperationMeeting
    /// Informasjonsmøte for alle deltakere om NAVs ansvar og oppgaver.
    case infoMeeting
    /// Tverrfaglig teammøte rundt én deltaker.
    case teamMeeting
    /// Trekantsamtale: deltaker, flyktningtjenesten og NAV.
    case threeWayMeeting
    /// Oppfølging fra fjerde måned av fødselspermisjonen.
    case leaveFollowUp
    /// Overgang før programmet slutter.
    case transitionMeeting

    /// Whether the participant the meeting is about takes part: three-way meetings, the
    /// leave follow-up and the transition meeting. A team meeting is the professionals'
    /// own; the participant is not there, so no interpreter is booked for it.
    public var participantAttends: Bool {
        switch self {
        case .threeWayMeeting, .leaveFollowUp, .transitionMeeting: true
        case .leaderMeeting, .agreementRevision, .cooperationMeeting, .infoMeeting, .teamMeeting: false
        }
    }

    /// Meetings at leader level, whose minutes the parties' leaders read.
    public var isLeaderLevel: Bool {
        self == .leaderMeeting || self == .agreementRevision
    }

    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.leaderMeeting, .nb): "Ledermøte"
        case (.leaderMeeting, .nn): "Leiarmøte"
        case (.leaderMeeting, .en): "Leader meeting"
        case (.agreementRevision, .nb): "Årlig revisjon av samarbeidsavtalen"
        case (.agreementRevision, .nn): "Årleg revisjon av samarbeidsavtalen"
        case (.agreementRevision, .en): "Annual revision of the cooperation agreement"
        case (.cooperationMeeting, .nb): "Samarbeidsmøte"
        case (.cooperationMeeting, .nn): "Samarbeidsmøte"
        case (.cooperationMeeting, .en): "Cooperation meeting"
        case (.infoMeeting, .nb): "Informasjonsmøte om NAVs ansvar og oppgaver"
        case (.infoMeeting, .nn): "Informasjonsmøte om ansvaret og oppgåvene til NAV"
        case (.infoMeeting, .en): "Information meeting on NAV's duties"
        case (.teamMeeting, .nb): "Teammøte"
        case (.teamMeeting, .nn): "Teammøte"
        case (.teamMeeting, .en): "Team meeting"
        case (.threeWayMeeting, .nb): "Trekantsamtale"
        case (.threeWayMeeting, .nn): "Trekantsamtale"
        case (.threeWayMeeting, .en): "Three-way meeting"
        case (.leaveFollowUp, .nb): "Oppfølging i foreldrepermisjon"
        case (.leaveFollowUp, .nn): "Oppfølging i foreldrepermisjon"
        case (.leaveFollowUp, .en): "Parental-leave follow-up"
        case (.transitionMeeting, .nb): "Overgangsmøte"
        case (.transitionMeeting, .nn): "Overgangsmøte"
        case (.transitionMeeting, .en): "Transition meeting"
        }
    }
}
