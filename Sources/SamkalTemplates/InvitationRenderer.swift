import SamkalCore

/// Renders the subject and the two bodies of an invitation through the templates
/// `invitation.subject`, `invitation.text` and `invitation.html` in `Templates/`.
public struct InvitationRenderer: Sendable {
    public let library: TemplateLibrary

    public init(library: TemplateLibrary) {
        self.library = library
    }

    public static let templateNames = ["invitation.subject", "invitation.text", "invitation.html"]

    /// Subject (one line), plain text and HTML.
    public func render(_ content: InvitationContent, language: Language) -> (subject: String, text: String, html: String) {
        let context = Self.context(content, language: language)
        return (
            subject(context, fallback: content.title),
            library.render(context, with: "invitation.text") ?? "",
            library.render(context, with: "invitation.html") ?? ""
        )
    }

    /// The subject alone (one line).
    public func subject(_ content: InvitationContent, language: Language) -> String {
        subject(Self.context(content, language: language), fallback: content.title)
    }

    private func subject(_ context: [String: Any], fallback: String) -> String {
        (library.render(context, with: "invitation.subject") ?? fallback)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    static func context(_ content: InvitationContent, language: Language) -> [String: Any] {
        [
            "labels": InvitationLabels.all(language),
            "lang": language.rawValue,
            "request": content.method == .request && !content.isUpdate,
            "update": content.method == .request && content.isUpdate,
            "cancel": content.method == .cancel,
            "title": content.title,
            "date": content.date.description,
            "weekday": content.date.weekday.name(in: language),
            "time": "\(content.start)–\(content.end)",
            "location": content.location,
            "descriptionLines": content.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            "recipient": content.recipientName,
            "convener": content.convenerName,
            "convenerParty": content.convenerParty,
        ]
    }
}
