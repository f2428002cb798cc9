import Foundation
import SamkalCore
import Testing

/// samkal's QR codes are the ones an independent encoder (Python's `qrcode`, installed by
/// `.ci/install-dependencies`) makes of the same text at the same version, level M and
/// mask, module for module; and a text too long for version 10 gets none.
struct QRCodeTests {
    static let texts = [
        "https://kalender.afjord.kommune.no/feeds/" + String(repeating: "Ab3_", count: 11) + ".ics",
        "http://127.0.0.1:8080/feeds/x.ics",
        "webcal://kalender.example.no/feeds/" + String(repeating: "z", count: 120) + ".ics",
        "Å",
    ]

    @Test(arguments: texts) func anIndependentEncoderDrawsTheSameCode(_ text: String) throws {
        let code = try #require(QRCode(text: text))
        let script = """
            import sys, qrcode
            code = qrcode.QRCode(version=int(sys.argv[2]), error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=int(sys.argv[3]))
            code.add_data(sys.argv[1].encode("utf-8"), optimize=0)
            code.make(fit=False)
            print("\\n".join("".join("1" if cell else "0" for cell in row) for row in code.get_matrix()))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, text, String(code.version), String(code.mask)]
        let out = Pipe()
        let err = Pipe()
        python.standardOutput = out
        python.standardError = err
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "\(problems)")
        let expected = String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in line.map { $0 == "1" } }
        #expect(code.modules == expected, "version \(code.version), mask \(code.mask)")
    }

    @Test func aTextTooLongForVersionTenHasNoCode() {
        #expect(QRCode(text: String(repeating: "x", count: 214)) == nil)
        #expect(QRCode(text: String(repeating: "x", count: 213)) != nil)
    }
}
