import Testing
@testable import SamkalMail

struct MailMessageTests {
    static let message = MailMessage(
        from: MailAddress("kari.vagen@afjord.example.no", name: "Kari Vågen")!,
        to: [MailAddress("per@nav.example.no", name: "Per Håkon Lian")!],
        subject: "Innkalling: Ledermøte – tirsdag 2027-03-02 09:00–11:00",
        date: 1_795_000_000, messageID: "request.0.per.m1@afjord.example.no",
        textBody: "Hei Per,\n\n.linje som starter med punktum\nÆØÅ æøå", htmlBody: "<p>Hei</p>",
        calendar: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", calendarMethod: "REQUEST"
    )

    @Test func renderedMessageIsCRLFASCIIAndShortLined() {
        let bytes = Self.message.rendered()
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76, "\(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        #expect(text.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n"))
        #expect(text.contains("Date: Wed, 18 Nov 2026 11:06:40 +0000\r\n"))
        #expect(Self.message.rendered() == bytes)
    }

    @Test func ourParserReadsBackWhatWeWrite() throws {
        let parsed = try MIMEParser.parse(Self.message.rendered())
        #expect(parsed.contentType == "multipart/alternative")
        #expect(parsed.parts.map(\.contentType) == ["text/plain", "text/html", "text/calendar"])
        #expect(String(decoding: parsed.parts[0].body, as: UTF8.self) == Self.message.textBody)
        #expect(parsed.parts[2].parameters["method"] == "REQUEST")
        #expect(String(decoding: parsed.parts[2].body, as: UTF8.self) == Self.message.calendar)
    }

    @Test func quotedPrintableAndBareLineFeedsAreRead() throws {
        let raw = "From: a@b.no\nContent-Type: text/calendar; method=REPLY; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\nBEGIN:VCALENDAR=0D=0ASUMMARY:M=C3=B8te=\n lang\n"
        let parsed = try MIMEParser.parse(Array(raw.utf8))
        #expect(parsed.contentType == "text/calendar")
        #expect(String(decoding: parsed.body, as: UTF8.self) == "BEGIN:VCALENDAR\r\nSUMMARY:Møte lang\n")
        #expect(MIMEParser.looksLikeEmail(Array(raw.utf8)))
        #expect(!MIMEParser.looksLikeEmail(Array("BEGIN:VCALENDAR\r\n".utf8)))
    }

    @Test func brokenMultipartsAreErrors() {
        let raw = "Content-Type: multipart/mixed\r\n\r\nbody\r\n"
        #expect(throws: MIMEError.missingBoundary(contentType: "multipart/mixed")) { try MIMEParser.parse(Array(raw.utf8)) }
        #expect(throws: MIMEError.noBody) { try MIMEParser.parse(Array("Subject: x".utf8)) }
    }
}
