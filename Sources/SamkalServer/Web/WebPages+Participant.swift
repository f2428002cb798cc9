import Foundation
import Hummingbird
import SamkalCore
import SamkalService
import SamkalStore

extension WebPages {
    /// The address of a participant's page: opaque, so neither a log line nor a browser's
    /// history shows the case id.
    func participantPath(_ participantID: String) -> String {
        "/deltaker/" + api.identity.opaque("web-participant\u{0}" + participantID)
    }

    /// The participants `personID` follows (programme advisor, NAV advisor, team), by id;
    /// the read is audited with the participants it showed.
    func followed(by personID: String, now: UTCTimestamp) async throws -> [Participant] {
        var found: [Participant] = []
        for id in try await api.store.agreementIDs() {
            let theirs = try await api.store.participants(agreementID: id).filter { $0.followerIDs.contains(personID) }
            if !theirs.isEmpty {
                try await api.store.recordAudit([AuditEntry(
                    at: now, actorID: personID, action: .readParticipants, target: theirs.map(\.id).joined(separator: ","),
                    allowed: true, rule: .followsParticipant, agreementID: id
                )])
            }
            found += theirs
        }
        return found.sorted { $0.id < $1.id }
    }

    /// `GET /deltaker/CODE`: one participant's meetings over the programme period, drawn
    /// (SVG) and listed, with attendance and links to the minutes; only for those who follow
    /// the participant. A code that names nobody the visitor follows is not found.
    func participant(_ request: Request, _ visitor: Visitor, code: String) async throws -> Response {
        let language = visitor.language
        let now = api.clock()
        var participantID: String?
        for id in try await api.store.agreementIDs() {
            for candidate in try await api.store.participants(agreementID: id) where participantPath(candidate.id) == "/deltaker/" + code {
                participantID = candidate.id
            }
        }
        guard let participantID else {
            return message(language, visitor: visitor, title: .notFoundTitle, message: WebText.notFound.text(in: language), status: .notFound)
        }
        switch try await ParticipantTimeline.read(participantID: participantID, store: api.store, identity: api.identity, as: visitor.personID, now: now) {
        case .refused(let rule):
            return message(language, visitor: visitor, title: .refusedTitle, message: rule.text(in: language), status: .forbidden)
        case .allowed(let timeline, _):
            let participant = timeline.participant
            let today = LocalDate.today(at: now, inZone: timeline.timeZoneID)
            func status(_ entry: ParticipantTimeline.Entry) -> ControlStatus {
                .of(entry.meeting, minutesLogged: entry.minutesRevision != nil, asOf: today)
            }
            let programme = DateSpan(first: participant.programmeStart, last: max(participant.programmeStart, participant.lastDay))
                ?? DateSpan(first: participant.programmeStart, last: participant.programmeStart)!
            let chart = TimelineChart(
                programme: programme, today: today,
                meetings: timeline.entries.map { ($0.meeting.kind, $0.meeting.date, status($0), $0.attendance) }, language: language
            )
            var context = frame(language, visitor: visitor, current: "", path: participantPath(participantID))
            context["id"] = participant.id
            context["name"] = participant.name
            context["programmeStart"] = programme.first.description
            context["programmeEnd"] = programme.last.description
            context["chart"] = [
                "height": String(chart.height), "barsHeight": String(chart.barsHeight),
                "today": chart.todayX.map { [String($0)] } ?? [],
                "rows": chart.rows.map { ["y": String($0.y), "textY": String($0.y + 4), "label": $0.label] },
                "marks": chart.marks.map { mark -> [String: Any] in
                    var row: [String: Any] = ["x": String(mark.x), "y": String(mark.y), "status": mark.status.rawValue, "label": mark.label]
                    if mark.status == .cancelled {
                        row["cross"] = ["x0": String(mark.x - 5), "x1": String(mark.x + 5), "y0": String(mark.y - 5), "y1": String(mark.y + 5)]
                    }
                    return row
                },
                "bars": chart.bars.map {
                    ["y": String($0.y), "textY": String($0.y + 13), "width": String(max(1, $0.width)), "count": String($0.count),
                     "countX": String(176 + $0.width), "label": $0.label]
                },
            ] as [String: Any]
            context["meetings"] = timeline.entries.map { entry -> [String: Any] in
                var row: [String: Any] = [
                    "when": "\(entry.meeting.date) \(entry.meeting.start)", "title": entry.meeting.kind.title(in: language),
                    "status": status(entry).text(in: language), "reference": entry.reference,
                    "attendance": entry.attendance?.text(in: language) ?? "–",
                ]
                if entry.minutesRevision != nil { row["link"] = "/referat/" + entry.reference }
                return row
            }
            return render("web/deltaker.html", context)
        }
    }
}
