import Foundation
import SamkalCore
import SamkalTemplates
import Testing

struct MinutesRendererTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func renderer() throws -> MinutesRenderer {
        MinutesRenderer(library: try TemplateLibrary(
            directory: repositoryRoot.appendingPathComponent("Templates").path,
            names: MinutesRenderer.templateNames
        ))
    }

    static func agreement() throws -> Agreement {
        let path = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        return try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
    }

    static func render(_ format: MinutesFormat, _ language: Language, text: String = "Gjennomgang av <tiltak> & praksis.") throws -> String {
        let agreement = try agreement()
        let meeting = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-06-30")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), language: language, identity: .testing
        )).meetings.first { $0.kind == .infoMeeting }!
        let first = MinutesRecord(
            meetingUID: meeting.uid, revision: 1, authorID: "kari-vagen", recordedAt: UTCTimestamp(iso: "2027-01-20T14:00:00Z")!,
            text: "Utkast.", decisions: [], attendance: [], actionItemIDs: []
        )
        let second = MinutesRecord(
            meetingUID: meeting.uid, revision: 2, authorID: "kari-vagen", recordedAt: UTCTimestamp(iso: "2027-01-21T09:00:00Z")!,
            text: text, decisions: ["Nytt møte om praksisplasser"],
            attendance: [
                AttendanceMark(attendeeID: "marit-fjaerli", isParticipant: false, status: .present, reason: nil),
                AttendanceMark(attendeeID: "D-0043", isParticipant: true, status: .excused, reason: "Foreldrepermisjon"),
            ],
            actionItemIDs: [1]
        )
        let item = ActionItem(id: 1, meetingUID: meeting.uid, assigneeID: "marit-fjaerli", text: "Sende oversikt",
                              due: LocalDate(iso: "2027-02-15")!, closedAt: nil, closedBy: nil)
        return try renderer().render(
            meeting: meeting, revisions: [first, second], actionItems: [item], agreement: agreement,
            participantNames: ["D-0043": "Rahel Haile"], format: format, language: language
        )
    }

    @Test func textMinutesInBokmal() throws {
        let text = try Self.render(.text, .nb)
        #expect(text.hasPrefix("Referat: Informasjonsmøte om NAVs ansvar og oppgaver vår 2027"))
        #expect(text.contains("Oppmøte:"))
        #expect(text.contains("  - Marit Fjærli: møtt"))
        #expect(text.contains("  - Rahel Haile (deltaker): gyldig fravær (grunn: Foreldrepermisjon)"))
        #expect(text.contains("Gjennomgang av <tiltak> & praksis."))
        #expect(text.contains("Vedtak:\n  - Nytt møte om praksisplasser"))
        #expect(text.contains("[1] Marit Fjærli: Sende oversikt (Frist 2027-02-15, åpen)"))
        #expect(text.contains("Tidligere versjoner:"))
        #expect(text.contains("Utkast."))
    }

    @Test func textMinutesInEnglish() throws {
        let text = try Self.render(.text, .en)
        #expect(text.hasPrefix("Minutes: Information meeting on NAV's duties spring 2027"))
        #expect(text.contains("Attendance:"))
        #expect(text.contains("Rahel Haile (participant): excused (reason: Foreldrepermisjon)"))
        #expect(text.contains("Decisions:"))
        #expect(text.contains("Action items:"))
        #expect(text.contains("Earlier revisions:"))
    }

    @Test func markdownMinutes() throws {
        let markdown = try Self.render(.md, .nb)
        #expect(markdown.hasPrefix("# Referat: "))
        #expect(markdown.contains("## Oppmøte"))
        #expect(markdown.contains("| 1 | Marit Fjærli | Sende oversikt | 2027-02-15 | åpen |"))
    }

    @Test func htmlMinutesEscapeText() throws {
        let html = try Self.render(.html, .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Gjennomgang av &lt;tiltak&gt; &amp; praksis."))
        #expect(!html.contains("<tiltak>"))
    }
}
