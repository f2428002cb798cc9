import Foundation
import Hummingbird
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates

extension WebPages {
    /// `GET /oversikt`: this week's and the next two weeks' meetings as the visitor may see
    /// them; for the refugee service also the invitations not sent, the meetings the last
    /// plan could not place, and the declined answers; and the open action items the
    /// visitor may read. `?from=YYYY-MM-DD` shows other weeks.
    func overview(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let language = visitor.language
        let now = api.clock()
        let zone = try await AgreementChoice.displayZone(in: api.store) ?? TimeDisplay.defaultZoneID
        let today = LocalDate.today(at: now, inZone: zone)
        let asked = request.uri.queryParameters["from"].flatMap { LocalDate(iso: String($0)) }
        let first = (asked ?? today).startOfWeek
        let filter = MeetingFilter(from: first, to: first.adding(days: 20))
        var context = frame(language, visitor: visitor, current: "/oversikt", path: "/oversikt")
        context["range"] = "\(first)–\(first.adding(days: 20))"
        let listed: [ListedMeeting]
        switch try await MeetingDirectory(store: api.store, identity: api.identity).list(filter, as: visitor.personID, now: now, language: language) {
        case .refused: listed = []
        case .allowed(let list, _): listed = list.meetings
        }
        let rows = listed.map { meeting -> [String: Any] in
            var row: [String: Any] = [
                "when": "\(meeting.date.weekday.name(in: language)) \(meeting.date) \(meeting.start)–\(meeting.end)",
                "title": meeting.title, "reference": meeting.reference, "place": meeting.location,
                "status": MeetingListText.status(meeting.status).text(in: language),
            ]
            if meeting.disclosure == .full { row["link"] = "/referat/" + meeting.reference }
            return row
        }
        context["meetings"] = rows
        context["hasMeetings"] = !rows.isEmpty

        let people = try await AgreementChoice.everyone(in: api.store)
        // What the refugee service convenes: in each agreement whose rules let the visitor convene.
        var convened: Set<String> = []
        var unplaced: [[String: String]] = []
        var declinedRows: [ReplyListing.Row] = []
        for agreement in try await api.store.agreements()
        where AccessPolicy(agreement: agreement, participants: []).canConvene(as: visitor.personID).allowed {
            let id = agreement.id
            convened.insert(id)
            let notPlaced = try await api.store.latestPlanVersion(agreementID: id)?.unplaced ?? []
            if notPlaced.contains(where: { $0.participantID != nil }) {
                try await api.store.recordAudit([AuditEntry(
                    at: now, actorID: visitor.personID, action: .readPlan, target: "unplaced:" + notPlaced.compactMap(\.participantID).joined(separator: ","),
                    allowed: true, rule: .runsProgramme, agreementID: id
                )])
            }
            unplaced += notPlaced.map { ["title": $0.title, "reason": $0.note.message(in: language)] }
            let replies = try await ReplyListing(store: api.store).list(agreementID: id, meetingUID: nil, as: visitor.personID, now: now)
            declinedRows += replies.rows.filter { $0.answer == .declined }
        }
        if !convened.isEmpty {
            // References as every command resolves them, and which agreement each meeting is of.
            let identity = api.identity
            let stored = try await api.store.records { try StoredMeetings($0, identity: identity) }
            let declined = declinedRows.map {
                ["date": $0.date.description, "who": $0.attendeeName, "reference": stored.references.reference(of: $0.meetingUID) ?? ""]
            }
            let agreementOf = stored.agreementByUID
            let notSent = listed.filter { $0.status == .tentative && agreementOf[$0.uid].map(convened.contains) == true }.map {
                ["when": "\($0.date) \($0.start)", "title": $0.title, "reference": $0.reference]
            }
            context["convenes"] = [
                "notSent": notSent, "hasNotSent": !notSent.isEmpty, "unplaced": unplaced, "hasUnplaced": !unplaced.isEmpty,
                "declined": declined, "hasDeclined": !declined.isEmpty,
            ] as [String: Any]
        }

        let items = try await ActionItemService(store: api.store).list(openOnly: true, as: visitor.personID, now: now)
            .sorted { (people[$0.assigneeID]?.name ?? $0.assigneeID, $0.due, $0.id) < (people[$1.assigneeID]?.name ?? $1.assigneeID, $1.due, $1.id) }
        let actions = items.map { ["who": people[$0.assigneeID]?.name ?? $0.assigneeID, "due": $0.due.description, "what": $0.text] }
        let followed = try await followed(by: visitor.personID, now: now).map { ["href": participantPath($0.id), "label": "\($0.id) \($0.name)"] }
        context["followed"] = followed
        context["hasFollowed"] = !followed.isEmpty
        context["actions"] = actions
        context["hasActions"] = !actions.isEmpty
        return render("web/oversikt.html", context)
    }

    /// `GET /internkontroll?year=&agreement=`: the report as the visitor may read it, the
    /// meetings linked to their minutes.
    func internalControl(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let language = visitor.language
        let now = api.clock()
        let theirs = try await api.store.agreements().filter { $0.people[visitor.personID] != nil }
        guard let fallback = theirs.first else {
            return message(language, visitor: visitor, title: .refusedTitle, message: AccessRule.unknownPerson.text(in: language), status: .forbidden)
        }
        let askedAgreement = request.uri.queryParameters["agreement"].map(String.init)
        let agreement = theirs.first { $0.id == askedAgreement } ?? fallback
        let today = LocalDate.today(at: now, inZone: agreement.timeZoneID)
        let year = request.uri.queryParameters["year"].flatMap { Int(String($0)) }.flatMap { InternalControlService.years.contains($0) ? $0 : nil }
            ?? today.year
        switch try await InternalControlService(store: api.store).report(agreementID: agreement.id, year: year, as: visitor.personID, now: now) {
        case .refused(let rule):
            return message(language, visitor: visitor, title: .refusedTitle, message: rule.text(in: language), status: .forbidden)
        case .allowed(let report, _):
            var context = InternalControlPage.context(report, language: language) { meeting in
                meeting.reference.map { "/referat/" + $0 }
            }
            for (key, value) in frame(language, visitor: visitor, current: "/internkontroll", path: "/internkontroll") { context[key] = value }
            context["stylesheet"] = "/static/samkal.css"
            context["choice"] = [
                "agreements": theirs.map { ["id": $0.id, "name": $0.name, "selected": $0.id == agreement.id] as [String: Any] },
                "hasAgreements": theirs.count > 1,
            ] as [String: Any]
            return render("web/internkontroll.html", context)
        }
    }

    /// `GET /referat/REFERENCE`: a meeting's minutes, for those the rules let read them.
    func minutes(_ request: Request, _ visitor: Visitor, reference: String) async throws -> Response {
        let language = visitor.language
        let now = api.clock()
        let uid: String
        do {
            uid = try await MeetingDirectory(store: api.store, identity: api.identity).resolve(reference, as: visitor.personID, now: now, language: language)
        } catch is MeetingReferenceProblem {
            return message(language, visitor: visitor, title: .notFoundTitle, message: WebText.notFound.text(in: language), status: .notFound)
        }
        switch try await MinutesService(store: api.store).history(meetingUID: uid, as: visitor.personID, now: now) {
        case .refused(let rule):
            return message(language, visitor: visitor, title: .refusedTitle, message: rule.text(in: language), status: .forbidden)
        case .allowed(let history, _):
            guard let agreementID = try await api.store.agreementID(ofMeeting: uid), let agreement = try await api.store.agreement(id: agreementID) else {
                return message(language, visitor: visitor, title: .notFoundTitle, message: WebText.notFound.text(in: language), status: .notFound)
            }
            return Self.html(api.minutesRenderer.render(
                meeting: history.meeting, revisions: history.revisions, actionItems: history.actionItems, agreement: agreement,
                participantNames: history.participantNames, format: .html, language: language
            ))
        }
    }
}
