import Foundation
import SamkalServer
import SamkalTemplates

/// Finds the `Templates/` directory: `$SAMKAL_TEMPLATES`, then `./Templates`, then next to
/// the checkout the binary was built in (`.build/<config>/samkal` → `Templates/`).
enum TemplateLocator {
    static func directory() -> String? {
        ResourceLocator.directory(named: "Templates", containing: "minutes.text.mustache", environment: "SAMKAL_TEMPLATES")
    }

    static func minutesRenderer() throws -> MinutesRenderer {
        guard let directory = directory() else {
            throw TemplateLibrary.LoadError.missing(name: "minutes.text", directory: "Templates (set SAMKAL_TEMPLATES)")
        }
        return MinutesRenderer(library: try TemplateLibrary(directory: directory, names: MinutesRenderer.templateNames))
    }

    /// The internal-control report's page, with the stylesheet it includes.
    static func internalControlPage() throws -> InternalControlPage {
        let (library, style) = try web(names: InternalControlPage.templateNames)
        return InternalControlPage(library: library, style: style)
    }

    /// Every template of the web pages, and their stylesheet.
    static func webPages() throws -> (TemplateLibrary, String) {
        try web(names: WebConfiguration.templateNames)
    }

    private static func web(names: [String]) throws -> (TemplateLibrary, String) {
        guard let directory = directory() else {
            throw TemplateLibrary.LoadError.missing(name: "web/internkontroll.html", directory: "Templates (set SAMKAL_TEMPLATES)")
        }
        let stylePath = (directory as NSString).appendingPathComponent("web/samkal.css")
        guard let style = try? String(contentsOfFile: stylePath, encoding: .utf8) else {
            throw TemplateLibrary.LoadError.missing(name: "web/samkal.css", directory: directory)
        }
        return (try TemplateLibrary(directory: directory, names: names), style)
    }

    static func invitationRenderer() throws -> InvitationRenderer {
        guard let directory = directory() else {
            throw TemplateLibrary.LoadError.missing(name: "invitation.text", directory: "Templates (set SAMKAL_TEMPLATES)")
        }
        return InvitationRenderer(library: try TemplateLibrary(directory: directory, names: InvitationRenderer.templateNames))
    }
}
