import SamkalCore
import Testing

/// The need-to-know matrix: every role a person can have in a meeting × every meeting kind
/// × reading and writing its records, and what their own calendar shows of it. The table
/// here is ARCHITECTURE.md's ("Who may see what"), written out; the policy must agree with it cell by cell.
struct AccessPolicyTests {
    static let yaml = """
        id: liten
        name: Liten avtale
        parties:
          - id: flyktning
            kind: refugeeService
            name: Flyktningtjenesten
            leader: { id: leder, name: Lea Leder, email: lea@kommune.example.no }
            contacts:
              - { id: kontakt, name: Kari Kontakt, email: kari@kommune.example.no, role: contactPerson }
              - { id: radgiver, name: Ola Rådgiver, email: ola@kommune.example.no, role: programAdvisor }
              - { id: radgiver2, name: Siri Rådgiver, email: siri@kommune.example.no, role: programAdvisor }
          - id: nav
            kind: nav
            name: NAV
            leader: { id: navleder, name: Nina Leder, email: nina@nav.example.no }
            contacts:
              - { id: veileder, name: Nils Veileder, email: nils@nav.example.no, role: navAdvisor }
          - id: vo
            kind: adultEducation
            name: Voksenopplæringen
            contacts:
              - { id: laerer, name: Lise Lærer, email: lise@kommune.example.no, role: contactPerson }
          - id: tolk
            kind: interpreterService
            name: Tolketjenesten
            contacts:
              - { id: tolk-ti, name: Yonas Tolk, email: yonas@tolk.example.no, role: interpreter, languages: [ti] }
        """

    static func fixture() throws -> (AccessPolicy, [PlannedMeeting]) {
        let agreement = try AgreementParser.parse(yaml: yaml, file: "liten.yaml").resolved(calendarPeriods: [])
        let participant = Participant(
            id: "D-1", name: "Amanuel Testesen", language: "ti", needsInterpreter: true,
            programmeStart: LocalDate(iso: "2027-01-04")!, plannedEnd: LocalDate(iso: "2028-12-29")!, finalGoal: .work,
            programAdvisorID: "radgiver", navAdvisorID: "veileder"
        )
        func attendee(_ id: String, convener: Bool = false) -> MeetingAttendee {
            MeetingAttendee(person: agreement.people[id]!, isConvener: convener)
        }
        let meetings = MeetingKind.allCases.map { kind in
            let aboutParticipant = kind.participantAttends || kind == .teamMeeting
            let attendees = aboutParticipant
                ? [attendee("radgiver", convener: true), attendee("veileder"), attendee("laerer"), attendee("tolk-ti")]
                : [attendee("kontakt", convener: true), attendee("navleder"), attendee("laerer"), attendee("tolk-ti")]
            return PlannedMeeting(
                uid: "\(kind.rawValue)@test", kind: kind, period: "p", title: kind.title(in: .nb), agenda: [],
                date: LocalDate(iso: "2027-03-02")!, start: LocalTime(minutes: 600)!, end: LocalTime(minutes: 660)!,
                timeZoneID: "Europe/Oslo", location: "Rom", organizerID: attendees[0].id, attendees: attendees,
                participantID: aboutParticipant ? "D-1" : nil, sequence: 0, status: .tentative
            )
        }
        return (AccessPolicy(agreement: agreement, participants: [participant]), meetings)
    }

    /// The matrix: (role, about a participant?, leader level?) → (read, write, own calendar).
    static func expected(_ role: MeetingRole, aboutParticipant: Bool, leaderLevel: Bool) -> (read: Bool, write: Bool, view: String) {
        switch (role, aboutParticipant) {
        case (.convener, _), (.follower, _): (true, true, "full")
        case (.attendee, true): (false, false, "pseudonymous")
        case (.attendee, false): (true, true, "full")
        case (.interpreter, _): (false, false, "interpreter")
        case (.leader, _): (leaderLevel, false, "hidden")
        case (.none, _): (false, false, "hidden")
        }
    }

    @Test func everyRoleInEveryKindOfMeetingGetsWhatTheMatrixSays() throws {
        let (policy, meetings) = try Self.fixture()
        var roles: Set<MeetingRole> = []
        for meeting in meetings {
            for person in policy.people.keys.sorted() {
                let role = policy.role(of: person, in: meeting)
                roles.insert(role)
                let want = Self.expected(role, aboutParticipant: meeting.participantID != nil, leaderLevel: meeting.kind.isLeaderLevel)
                let read = policy.decision(.readMinutes, meeting: meeting, as: person)
                let write = policy.decision(.writeMinutes, meeting: meeting, as: person)
                #expect(read.allowed == want.read, "\(person) (\(role)) reading \(meeting.kind): \(read.rule)")
                #expect(write.allowed == want.write, "\(person) (\(role)) writing \(meeting.kind): \(write.rule)")
                let view = "\(policy.disclosure(of: meeting, to: .person(person)))".components(separatedBy: "(").first ?? ""
                #expect(view == want.view, "\(person) (\(role)) sees \(meeting.kind) as \(view)")
            }
        }
        #expect(roles == Set(MeetingRole.allCases))
    }

    @Test func anInterpreterIsRefusedMinutesWithTheRuleNamed() throws {
        let (policy, meetings) = try Self.fixture()
        for meeting in meetings {
            #expect(policy.role(of: "tolk-ti", in: meeting) == .interpreter)
            #expect(policy.canRead(meeting: meeting, as: "tolk-ti") == .refused(.interpreterOnlyTimeAndPlace))
            #expect(policy.canWrite(meeting: meeting, as: "tolk-ti") == .refused(.interpreterOnlyTimeAndPlace))
        }
        #expect(!policy.canReadParticipant("D-1", as: "tolk-ti").allowed)
        #expect(!policy.canView(participantID: "D-1", as: "tolk-ti").allowed)
    }

    @Test func theInterpreterServiceAndTheAgreementSeeNoCase() throws {
        let (policy, meetings) = try Self.fixture()
        for meeting in meetings where meeting.participantID != nil {
            #expect(policy.disclosure(of: meeting, to: .party("tolk")) == .interpreter(language: "ti"))
            #expect(policy.disclosure(of: meeting, to: .party("nav")) == .pseudonymous)
            #expect(policy.disclosure(of: meeting, to: .agreement) == .pseudonymous)
        }
    }

    @Test func participantsLinksAndTheAuditLogBelongToTheirRoles() throws {
        let (policy, _) = try Self.fixture()
        #expect(policy.canManageParticipants(as: "kontakt") == .allowed(.runsProgramme))
        #expect(policy.canManageParticipants(as: "veileder") == .refused(.onlyRefugeeService))
        #expect(policy.canManageParticipants(as: "nobody") == .refused(.unknownPerson))
        #expect(policy.canManageLinks(ownPersonID: "veileder", as: "kontakt") == .allowed(.runsProgramme))
        #expect(policy.canManageLinks(ownPersonID: "veileder", as: "veileder") == .allowed(.ownCalendar))
        #expect(policy.canManageLinks(ownPersonID: "radgiver", as: "veileder") == .refused(.onlyRefugeeService))
        #expect(policy.canManageLinks(ownPersonID: nil, as: "tolk-ti") == .refused(.onlyRefugeeService))
        #expect(policy.canReadAudit(as: "kontakt") == .allowed(.internalControl))
        #expect(policy.canReadAudit(as: "leder") == .allowed(.internalControl))
        #expect(policy.canReadAudit(as: "radgiver") == .refused(.onlyInternalControl))
        #expect(policy.canReadAudit(as: "navleder") == .refused(.onlyInternalControl))
        #expect(policy.canConvene(as: "radgiver2") == .allowed(.runsProgramme))
        #expect(policy.canConvene(as: "laerer") == .refused(.onlyRefugeeServiceConvenes))
    }

    @Test func everyRuleHasATextInEveryLanguage() {
        for rule in AccessRule.allCases {
            for language in [Language.nb, .en] {
                #expect(!rule.text(in: language).isEmpty)
            }
            #expect(rule.text(in: .nb) != rule.text(in: .en))
        }
    }
}

/// Attendance (oppmøte) and the meeting listing, cell by cell: who reads a participant's
/// attendance at which meeting, and how each role sees each meeting in `samkal meetings`.
extension AccessPolicyTests {
    /// (person, about a participant?) → may read D-1's attendance at the meeting, and the rule.
    /// Participant meetings are convened by the programme advisor (who follows D-1), the
    /// others by the refugee service's contact, who follows nobody.
    static func expectedAttendance(_ person: String, aboutParticipant: Bool) -> AccessDecision {
        switch (person, aboutParticipant) {
        case ("radgiver", _), ("veileder", _): .allowed(.followsParticipant)
        case ("kontakt", false): .allowed(.convenesMeeting)
        default: .refused(.attendanceNeedsConvenerOrFollower)
        }
    }

    @Test func theConvenerReadsAttendanceOfTheMeetingsSheConvenedOnly() throws {
        let (policy, meetings) = try Self.fixture()
        for meeting in meetings {
            for person in policy.people.keys.sorted() {
                let want = Self.expectedAttendance(person, aboutParticipant: meeting.participantID != nil)
                let got = policy.canReadAttendance(of: "D-1", at: meeting, as: person)
                #expect(got == want, "\(person) (\(policy.role(of: person, in: meeting))) reading D-1's attendance at \(meeting.kind): \(got.rule)")
            }
        }
        #expect(policy.canReadAttendance(of: "D-1", at: meetings[0], as: "nobody") == .refused(.unknownPerson))
    }

    @Test func aParticipantsAttendanceIsWholeForFollowersAndTheConvenedMeetingsForTheConvener() throws {
        let (policy, meetings) = try Self.fixture()
        guard case .allowed(let all, let rule) = policy.attendanceAccess(of: "D-1", among: meetings, as: "veileder") else {
            Issue.record("the NAV advisor follows D-1")
            return
        }
        #expect(rule == .followsParticipant && all == meetings)
        guard case .allowed(let convened, let convenerRule) = policy.attendanceAccess(of: "D-1", among: meetings, as: "kontakt") else {
            Issue.record("the refugee service's contact convened the meetings at agreement level")
            return
        }
        #expect(convenerRule == .convenesMeeting)
        #expect(convened.allSatisfy { $0.organizerID == "kontakt" && $0.participantID == nil } && !convened.isEmpty)
        // Convening nothing of D-1's: refused, with what would be needed.
        let participantMeetings = meetings.filter { $0.participantID != nil }
        guard case .refused(let refusal) = policy.attendanceAccess(of: "D-1", among: participantMeetings, as: "kontakt") else {
            Issue.record("kontakt convened none of these")
            return
        }
        #expect(refusal == .attendanceNeedsConvenerOrFollower)
        for person in ["laerer", "tolk-ti", "navleder", "leder"] {
            guard case .refused(let rule) = policy.attendanceAccess(of: "D-1", among: meetings, as: person) else {
                Issue.record("\(person) neither convenes nor follows")
                continue
            }
            #expect(rule == .attendanceNeedsConvenerOrFollower)
        }
        #expect(policy.canReadParticipant("D-1", as: "laerer") == .refused(.attendanceNeedsConvenerOrFollower))
        #expect(AccessRule.attendanceNeedsConvenerOrFollower.text(in: .nb).contains("du kan se oppmøte for møter du har kalt inn, eller for deltakere du følger"))
        #expect(AccessRule.attendanceNeedsConvenerOrFollower.text(in: .en).contains("attendance at meetings you convened, or of participants you follow"))
    }

    /// The listing matrix: (role, of the refugee service?, about a participant?, leader level?)
    /// → (view, rule). What a person's own calendar shows when they are on the meeting; in
    /// full to a follower or a leader not invited whose minutes they may read; the
    /// agreement's view to the refugee service; nothing to anyone else.
    static func expectedListing(_ role: MeetingRole, refugeeService: Bool, aboutParticipant: Bool, leaderLevel: Bool) -> (view: String, rule: AccessRule) {
        switch role {
        case .convener: ("full", .convenesMeeting)
        case .follower: ("full", .followsParticipant)
        case .attendee: (aboutParticipant ? "pseudonymous" : "full", .invitedToMeeting)
        case .interpreter: ("interpreter", .invitedToMeeting)
        case .leader: ("full", .leaderReadsLeaderMeeting)
        case .none:
            refugeeService ? (aboutParticipant ? "pseudonymous" : "full", .runsProgramme) : ("hidden", .noNeedToKnow)
        }
    }

    @Test func everyRoleSeesEveryKindOfMeetingInAListingAsTheMatrixSays() throws {
        let (policy, meetings) = try Self.fixture()
        var roles: Set<MeetingRole> = []
        for meeting in meetings {
            for person in policy.people.keys.sorted() {
                let role = policy.role(of: person, in: meeting)
                roles.insert(role)
                let refugeeService = policy.people[person].map { policy.refugeeServicePartyIDs.contains($0.partyID) } ?? false
                let want = Self.expectedListing(
                    role, refugeeService: refugeeService, aboutParticipant: meeting.participantID != nil, leaderLevel: meeting.kind.isLeaderLevel
                )
                let got = policy.listing(of: meeting, as: person)
                let view = "\(got.disclosure)".components(separatedBy: "(").first ?? ""
                #expect(view == want.view && got.rule == want.rule, "\(person) (\(role)) lists \(meeting.kind) as \(view), \(got.rule)")
            }
        }
        #expect(roles == Set(MeetingRole.allCases))
        let nobody = policy.listing(of: meetings[0], as: "nobody")
        #expect(nobody.disclosure == .hidden && nobody.rule == .unknownPerson)
    }

    @Test func aListedMeetingSaysNoMoreThanItsView() throws {
        let (policy, meetings) = try Self.fixture()
        let meeting = try #require(meetings.first { $0.kind == .threeWayMeeting })
        func listed(_ person: String) -> ListedMeeting {
            let (disclosure, rule) = policy.listing(of: meeting, as: person)
            return ListedMeeting(meeting, reference: "M-23456", disclosure: disclosure, rule: rule, participantName: "Amanuel Testesen", language: .nb)
        }
        #expect(listed("veileder").title == "Trekantsamtale – Amanuel Testesen (D-1)")
        #expect(listed("laerer").title == "Trekantsamtale – deltaker D-1")
        #expect(listed("kontakt").title == "Trekantsamtale – deltaker D-1")
        let interpreter = listed("tolk-ti")
        #expect(interpreter.title == "Tolkeoppdrag (ti)")
        #expect(interpreter.kind == nil && interpreter.participantID == nil)
        #expect(ListedMeeting(meeting, reference: "M-23456", disclosure: .interpreter(language: "ti"), rule: .invitedToMeeting, participantName: nil, language: .en).title == "Interpreting (ti)")
    }
}
