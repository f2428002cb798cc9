#if canImport(Glibc)
import Glibc
#endif
import CLibical

/// Parses iCalendar text with libical without letting libical print.
///
/// libical 3.0 writes its warnings about malformed input straight to standard error
/// (`icalerror_warn` is compiled in: "icalparser.c:786: Encountered END before BEGIN",
/// "icalvalue_new_from_string got an unknown value type"), in English and without a
/// file name. samkal reports every problem itself, with its file and line, so while libical
/// parses user input its standard error goes to /dev/null and comes back at once. Callers
/// hold the libical lock; the command line writes nothing else meanwhile, and the server
/// parses only the agreement's calendars, at start.
enum LibicalQuietParser {
    static func parse(_ text: String) -> OpaquePointer? {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        if saved >= 0, null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            fflush(nil)
            if saved >= 0 {
                dup2(saved, STDERR_FILENO)
                close(saved)
            }
            if null >= 0 { close(null) }
        }
        return icalparser_parse_string(text)
    }
}
