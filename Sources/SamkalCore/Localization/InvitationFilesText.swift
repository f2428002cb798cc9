/// What `samkal invite --outbox-dir` says about the `.eml` files it writes.
public enum InvitationFilesText: Sendable, Hashable {
    /// Written for the refugee service to look at or send itself; still queued.
    case exported(count: Int, directory: String)
    /// Written and recorded as sent (`--mark-sent`): a program delivers from the directory.
    case handedOver(count: Int, directory: String)
    /// `--mark-sent` without `--outbox-dir`.
    case markSentNeedsDirectory

    public func text(in language: Language) -> String {
        switch self {
        case .exported(let count, let directory):
            language.pick(
                nb: "Skrev \(count) meldinger som .eml-filer til \(directory)/. De er ikke merket som sendt og ligger fortsatt i utboksen: "
                    + "de sendes neste gang samkal invite har en SMTP-tjener. Skal en annen tjeneste levere filene, bruk --mark-sent.",
                nn: "Skreiv \(count) meldingar som .eml-filer til \(directory)/. Dei er ikkje merkte som sende og ligg framleis i utboksen: "
                    + "dei vert sende neste gong samkal invite har ein SMTP-tenar. Skal ei anna teneste levere filene, bruk --mark-sent.",
                en: "Wrote \(count) messages as .eml files to \(directory)/. They are not marked sent and stay in the outbox: "
                    + "they are sent the next time samkal invite has an SMTP server. If another service delivers the files, use --mark-sent."
            )
        case .handedOver(let count, let directory):
            language.pick(
                nb: "Skrev \(count) meldinger til \(directory)/ og merket dem som sendt (levert til mappen).",
                nn: "Skreiv \(count) meldingar til \(directory)/ og merkte dei som sende (leverte til mappa).",
                en: "Wrote \(count) messages to \(directory)/ and marked them sent (handed over to the directory)."
            )
        case .markSentNeedsDirectory:
            language.pick(
                nb: "--mark-sent gjelder bare sammen med --outbox-dir MAPPE",
                nn: "--mark-sent gjeld berre saman med --outbox-dir MAPPE",
                en: "--mark-sent only applies together with --outbox-dir DIR"
            )
        }
    }
}
