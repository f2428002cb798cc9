/// One line of the audit log: who did what to which record, when, and whether it was allowed.
public struct AuditEntry: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        case readMinutes, writeMinutes, readAttendance, listMinutes, closeActionItem, listActionItems
        /// Invitations put in the outbox (innkalling), and answers recorded.
        case sendInvitations, recordReplies
        /// The participant register: listed or shown; imported, added or ended.
        case readParticipants, writeParticipants
        /// Subscription links: listed; made, revoked or rotated.
        case readLinks, writeLinks
        /// The audit log itself was read.
        case readAudit
        /// A plan computed (and stored), or the changes of the last one read.
        case plan, readPlan
        /// Busy time imported (a person's, a participant's or a class's calendar).
        case importBusyTime
        /// The outbox listed, or failed messages requeued.
        case readOutbox, requeueOutbox
        /// The answers to invitations listed.
        case readReplies
        /// Meetings about participants listed (`samkal meetings`, or the candidates of an
        /// ambiguous reference).
        case listMeetings
        /// Personal access tokens listed; made or revoked.
        case readAccessTokens, writeAccessTokens
        /// The internal-control report (internkontroll) read, with the participants it showed.
        case readInternalControl
    }

    public let id: Int64?
    public let at: UTCTimestamp
    public let actorID: String
    public let action: Action
    /// The meeting UID, participant id or listing the action concerned.
    public let target: String
    public let allowed: Bool
    /// The rule that allowed or refused it.
    public let rule: AccessRule
    /// The agreement the action concerned; nil for an action across agreements (a listing
    /// of the asker's meetings everywhere). `samkal audit --agreement` shows an agreement's
    /// entries and the entries without one made by its people.
    public let agreementID: String?
    /// How the actor was known (`Credential`); nil in entries written before it was kept.
    public let credential: Credential?

    /// `credential` is, unless given, the credential of the task the entry is made in.
    public init(
        id: Int64? = nil, at: UTCTimestamp, actorID: String, action: Action, target: String, allowed: Bool, rule: AccessRule,
        agreementID: String? = nil, credential: Credential? = Credential.current
    ) {
        self.id = id
        self.credential = credential
        self.agreementID = agreementID
        self.at = at
        self.actorID = actorID
        self.action = action
        self.target = target
        self.allowed = allowed
        self.rule = rule
    }
}

extension AuditEntry.Action {
    /// What was done, as the audit listing shows it to a person.
    public func text(in language: Language) -> String {
        switch self {
        case .readMinutes: language.pick(nb: "leste referat", nn: "las referat", en: "read minutes")
        case .writeMinutes: language.pick(nb: "skrev referat", nn: "skreiv referat", en: "wrote minutes")
        case .readAttendance: language.pick(nb: "leste oppmøte", nn: "las oppmøte", en: "read attendance")
        case .listMinutes: language.pick(nb: "listet referater", nn: "lista referat", en: "listed minutes")
        case .closeActionItem: language.pick(nb: "lukket oppfølgingspunkt", nn: "lukka oppfølgingspunkt", en: "closed an action item")
        case .listActionItems: language.pick(nb: "listet oppfølgingspunkter", nn: "lista oppfølgingspunkt", en: "listed action items")
        case .sendInvitations: language.pick(nb: "sendte innkallinger", nn: "sende innkallingar", en: "sent invitations")
        case .recordReplies: language.pick(nb: "førte svar", nn: "førte svar", en: "recorded replies")
        case .readParticipants: language.pick(nb: "leste deltakere", nn: "las deltakarar", en: "read participants")
        case .writeParticipants: language.pick(nb: "endret deltakere", nn: "endra deltakarar", en: "changed participants")
        case .readLinks: language.pick(nb: "listet kalenderlenker", nn: "lista kalenderlenkjer", en: "listed calendar links")
        case .writeLinks: language.pick(nb: "endret kalenderlenke", nn: "endra kalenderlenkje", en: "changed a calendar link")
        case .readAudit: language.pick(nb: "leste tilgangsloggen", nn: "las tilgangsloggen", en: "read the audit log")
        case .plan: language.pick(nb: "planla", nn: "planla", en: "planned")
        case .readPlan: language.pick(nb: "leste planendringer", nn: "las planendringar", en: "read plan changes")
        case .importBusyTime: language.pick(nb: "importerte opptatt-tid", nn: "importerte oppteken tid", en: "imported busy time")
        case .readOutbox: language.pick(nb: "leste utboksen", nn: "las utboksen", en: "read the outbox")
        case .requeueOutbox: language.pick(nb: "la meldinger tilbake i køen", nn: "la meldingar attende i køen", en: "requeued messages")
        case .readReplies: language.pick(nb: "leste svar", nn: "las svar", en: "read replies")
        case .listMeetings: language.pick(nb: "listet møter", nn: "lista møte", en: "listed meetings")
        case .readAccessTokens: language.pick(nb: "listet tilgangsnøkler", nn: "lista tilgangsnøklar", en: "listed access tokens")
        case .readInternalControl: language.pick(nb: "leste internkontrollen", nn: "las internkontrollen", en: "read the internal-control report")
        case .writeAccessTokens: language.pick(nb: "endret tilgangsnøkkel", nn: "endra tilgangsnøkkel", en: "changed an access token")
        }
    }
}
