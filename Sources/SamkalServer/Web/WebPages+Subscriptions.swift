import Foundation
import Hummingbird
import SamkalCore
import SamkalService
import SamkalStore

extension WebPages {
    /// `GET /abonnement`: the visitor's calendar links (the refugee service: every link of
    /// its agreements), with a form to make one — and for the refugee service, one for any
    /// person, party or the whole agreement — and to revoke each. `made` is a link just made,
    /// shown once.
    func subscriptions(_ request: Request, _ visitor: Visitor, made: (label: String, token: String)? = nil) async throws -> Response {
        let language = visitor.language
        let now = api.clock()
        var links: [FeedSubscription] = []
        var subjects: [[String: String]] = []
        var manages = false
        for agreement in try await api.store.agreements() where agreement.people[visitor.personID] != nil {
            links += try await LinkDirectory(store: api.store).list(agreement, as: visitor.personID, now: now)
            let policy = AccessPolicy(agreement: agreement, participants: [Participant]())
            if policy.canManageLinks(ownPersonID: nil, as: visitor.personID).allowed {
                manages = true
                subjects.append(["value": "agreement:" + agreement.id, "label": WebText.wholeAgreement.text(in: language) + ": " + agreement.name])
                for party in agreement.parties {
                    subjects.append(["value": "party:" + party.id, "label": WebText.party.text(in: language) + ": " + party.name])
                }
                for person in agreement.sortedPeople {
                    subjects.append(["value": "person:" + person.id, "label": WebText.person.text(in: language) + ": " + person.name])
                }
            }
        }
        var seen: Set<Int64> = []
        links = links.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        let time = TimeDisplay(zoneID: try await AgreementChoice.displayZone(in: api.store))
        var context = frame(language, visitor: visitor, current: "/abonnement", path: "/abonnement")
        let rows = links.map { link -> [String: Any] in
            [
                "id": String(link.id), "label": link.label,
                "kind": SubscriptionKindText(rawValue: link.kind.rawValue)?.text(in: language) ?? link.kind.rawValue,
                "made": time.local(link.createdAt),
                "state": (link.isActive ? WebText.active : .revoked).text(in: language), "active": link.isActive,
            ]
        }
        context["links"] = rows
        context["hasLinks"] = !rows.isEmpty
        if manages { context["manages"] = ["subjects": subjects] as [String: Any] }
        if let made {
            let (https, webcal) = web.address.links(for: made.token)
            var section: [String: Any] = ["label": made.label, "https": https, "webcal": webcal]
            if let code = QRCode(text: https) {
                let drawing = code.svgPath
                section["qr"] = ["path": drawing.path, "extent": String(drawing.extent), "label": WebText.qrCode.text(in: language)]
            }
            context["made"] = section
        }
        return render("web/abonnement.html", context)
    }

    /// `POST /abonnement`: a new link (`subject` `own`, `person:ID`, `party:ID` or
    /// `agreement:ID`), shown once on the page it answers with.
    func makeLink(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let language = visitor.language
        guard let fields = try await form(request, visitor: visitor) else {
            return message(language, visitor: visitor, title: .refusedTitle, message: WebText.formRefused.text(in: language), status: .forbidden)
        }
        let asked = fields["subject"] ?? "own"
        let subject: FeedLinkService.Subject
        if asked == "own" {
            subject = .person(visitor.personID)
        } else if let id = asked.dropping(prefix: "person:"), !id.isEmpty {
            subject = .person(id)
        } else if let id = asked.dropping(prefix: "party:"), !id.isEmpty {
            subject = .party(id)
        } else if let id = asked.dropping(prefix: "agreement:"), !id.isEmpty {
            subject = .agreement(id)
        } else {
            return message(language, visitor: visitor, title: .notFoundTitle, message: WebText.notFound.text(in: language), status: .badRequest)
        }
        var random = web.random()
        do {
            let (subscription, token) = try await FeedLinkService(store: api.store).add(subject, as: visitor.personID, now: api.clock(), random: &random)
            return try await subscriptions(request, visitor, made: (subscription.label, token))
        } catch let refused as AccessRefused {
            return message(language, visitor: visitor, title: .refusedTitle, message: refused.rule.text(in: language), status: .forbidden)
        } catch is StoreError, is FeedLinkService.UnknownParty {
            return message(language, visitor: visitor, title: .notFoundTitle, message: WebText.notFound.text(in: language), status: .badRequest)
        }
    }

    /// `POST /abonnement/trekk-tilbake`: link `id` revoked, if the visitor may.
    func revokeLink(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let language = visitor.language
        guard let fields = try await form(request, visitor: visitor), let id = fields["id"].flatMap(Int64.init) else {
            return message(language, visitor: visitor, title: .refusedTitle, message: WebText.formRefused.text(in: language), status: .forbidden)
        }
        do {
            _ = try await FeedLinkService(store: api.store).revoke(id: id, as: visitor.personID, now: api.clock())
        } catch let refused as AccessRefused {
            return message(language, visitor: visitor, title: .refusedTitle, message: refused.rule.text(in: language), status: .forbidden)
        }
        return Self.redirect("/abonnement")
    }
}
