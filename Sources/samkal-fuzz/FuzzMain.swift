import Foundation

// Two ways to run the same entry points (FuzzTarget):
//
// - Built with `-sanitize=fuzzer -DSAMKAL_FUZZ` (Fuzz/run does this), the binary is a
//   libFuzzer fuzzer: coverage-guided, for the target in SAMKAL_FUZZ_TARGET, with
//   libFuzzer's own options (corpus directories, -max_total_time, -timeout, -rss_limit_mb).
// - In an ordinary build it replays files: `samkal-fuzz TARGET FILE…` runs each file
//   through the target once, so the corpus and every crash found stay regression inputs.

#if SAMKAL_FUZZ
nonisolated(unsafe) private var selected: FuzzTarget = .busy

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("samkal_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard let target = FuzzTarget.fromEnvironment(ProcessInfo.processInfo.environment["SAMKAL_FUZZ_TARGET"]) else {
        FileHandle.standardError.write(Data("set SAMKAL_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        return 2
    }
    selected = target
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selected.run(bytes)
        return 0
    }
}
#else
@main
enum FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("usage: samkal-fuzz busy|reply|yaml|csv FILE…\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)).map { $0.sorted().map { "\(path)/\($0)" } } ?? [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run(Array(data))
                count += 1
            }
        }
        print("\(target.rawValue): \(count) inputs replayed")
    }
}
#endif
