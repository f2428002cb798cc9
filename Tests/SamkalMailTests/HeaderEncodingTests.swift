import Testing
@testable import SamkalMail

@Suite struct HeaderEncodingTests {
    @Test func plainASCIISubjectStaysReadable() {
        #expect(HeaderEncoding.unstructured("Leader meeting", fieldName: "Subject") == "Leader meeting")
    }

    @Test func norwegianLettersBecomeUTF8EncodedWords() {
        let encoded = HeaderEncoding.unstructured("Innkalling: Ledermøte våren – Åfjord", fieldName: "Subject")
        #expect(encoded.hasPrefix("=?UTF-8?B?"))
        #expect(encoded.utf8.allSatisfy { $0 < 0x80 })
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 78 - (line.hasPrefix(" ") ? 0 : 9))
        }
    }

    @Test func lineBreaksInNamesCannotStartAHeader() {
        let injected = HeaderEncoding.unstructured("Møte\r\nBcc: evil@example.com", fieldName: "Subject")
        #expect(!injected.contains("\r\nBcc"))
        let name = MailAddress("kari@example.no", name: "Kari\r\nBcc: evil@example.com")
        #expect(name?.headerValue.contains("\n") == false)
        #expect(name?.headerValue.contains("\r") == false)
    }

    @Test func addressesWithBreakoutCharactersAreRefused() {
        #expect(MailAddress("kari@example.no") != nil)
        #expect(MailAddress("kari@example.no>\r\nRCPT TO:<x@y.no") == nil)
        #expect(MailAddress("kari example@example.no") == nil)
        #expect(MailAddress("kari@localhost") == nil)
        #expect(MailAddress("") == nil)
    }

    @Test func displayNamesAreQuotedOrEncoded() {
        #expect(MailAddress("a@b.no", name: "Kari Nordmann")?.headerValue == "Kari Nordmann <a@b.no>")
        #expect(MailAddress("a@b.no", name: "Nordmann, Kari")?.headerValue == "\"Nordmann, Kari\" <a@b.no>")
        #expect(MailAddress("a@b.no", name: "Ola Brattøy")?.headerValue.hasPrefix("=?UTF-8?B?") == true)
    }

    @Test func longEncodedWordsNeverSplitACharacter() {
        let words = HeaderEncoding.encodedWords(String(repeating: "æøå", count: 40), firstLineUsed: 9)
        for word in words {
            #expect(word.utf8.count <= 75)
            let payload = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            let bytes = Base64.decode(payload)
            #expect(bytes.map { String(validating: $0, as: UTF8.self) != nil } == true)
        }
    }
}
