import SamkalCore
import Testing

/// Input files' bytes to text: UTF-8 with or without its mark, Windows-1252 for the
/// participants CSV, everything else refused with the encoding it is in.
struct InputTextTests {
    func problem(_ bytes: [UInt8], kind: InputFileKind) -> Diagnostic? {
        do {
            _ = try InputText.decode(bytes, file: "fil", kind: kind)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func utf8IsReadWithItsByteOrderMarkDropped() throws {
        #expect(try InputText.decode([0xEF, 0xBB, 0xBF] + Array("id: å".utf8), file: "a.yaml", kind: .agreementYAML) == "id: å")
        #expect(try InputText.decode(Array("ø".utf8), file: "a.yaml", kind: .agreementYAML) == "ø")
        #expect(try InputText.decode([], file: "a.yaml", kind: .agreementYAML) == "")
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00], UnsupportedEncoding.utf16LittleEndian),
        ([0xFE, 0xFF, 0x00, 0x69, 0x00, 0x64], .utf16BigEndian),
        ([0x69, 0x00, 0x64, 0x00, 0x2C, 0x00], .utf16LittleEndian),
        ([0xFF, 0xFE, 0x00, 0x00, 0x69, 0x00, 0x00, 0x00], .utf32),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xEE], .binary),
    ] as [([UInt8], UnsupportedEncoding)])
    func utf16Utf32AndBinaryAreRefusedNamingTheEncoding(bytes: [UInt8], encoding: UnsupportedEncoding) throws {
        let found = try #require(problem(bytes, kind: .participantCSV))
        #expect(found.problem == .unsupportedEncoding(encoding, kind: .participantCSV))
        #expect(found.location == SourceLocation(file: "fil", line: 1, column: 1))
        #expect(found.formatted(in: .nb).contains("«CSV UTF-8 (kommadelt) (*.csv)»"), "\(found.formatted(in: .nb))")
        #expect(found.formatted(in: .en).contains("“CSV UTF-8 (Comma delimited) (*.csv)”"))
    }

    @Test func notUTF8IsRefusedWhereTheFirstBadCharacterStandsUnlessWindows1252IsAllowed() throws {
        let latin1 = Array("id: a\nname: ".utf8) + [0xC5] + Array("fjord".utf8)
        let found = try #require(problem(latin1, kind: .agreementYAML))
        #expect(found.problem == .notUTF8(kind: .agreementYAML))
        #expect(found.location == SourceLocation(file: "fil", line: 2, column: 7))
        #expect(found.formatted(in: .nb) == "fil:2:7: feil: teksten er ikke UTF-8 herfra; lagre den som UTF-8 i redigeringsprogrammet")
        #expect(try InputText.decode(latin1, file: "fil", kind: .participantCSV) == "id: a\nname: Åfjord")
    }

    @Test func bytesWindows1252LeavesUndefinedAreRefusedInACSVFile() throws {
        // 0x81 is not a character of Windows-1252, nor valid UTF-8.
        let found = try #require(problem(Array("id\n".utf8) + [0x81], kind: .participantCSV))
        #expect(found.problem == .notUTF8(kind: .participantCSV))
        #expect(found.location.line == 2)
        #expect(found.formatted(in: .en).contains("neither UTF-8 nor Windows-1252"))
    }

    @Test func textMixingUTF8AndWindows1252IsRefusedRatherThanGarbled() throws {
        // "Brattøy" in UTF-8 on line 2, "Ørnes" in Windows-1252 on line 3.
        let bytes = Array("id\nBratt\u{F8}y\n".utf8) + [0xD8] + Array("rnes".utf8)
        let found = try #require(problem(bytes, kind: .participantCSV))
        #expect(found.problem == .notUTF8(kind: .participantCSV))
        #expect(found.location == SourceLocation(file: "fil", line: 3, column: 1))
    }
}
