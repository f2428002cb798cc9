import Hummingbird
import NIOCore

/// The web pages' routes (`WebPages`): sign-in and out, the pages, and their stylesheet.
func registerWebRoutes(on router: Router<SamkalRequestContext>, api: APIConfiguration, web: WebConfiguration) {
    let pages = WebPages(api: api, web: web)
    let style = ByteBuffer(string: web.style)
    router.get("/static/samkal.css") { _, _ in
        var headers = WebPages.headers(contentType: "text/css; charset=utf-8")
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: style))
    }
    router.get("/") { _, _ in WebPages.redirect("/oversikt") }
    router.get("/login") { request, _ in try await pages.login(request) }
    router.get("/login/callback") { request, _ in try await pages.callback(request) }
    router.post("/logout") { request, _ in try await pages.logout(request) }
    router.get("/logget-ut") { request, _ in pages.signedOut(request) }
    router.get("/oversikt") { request, _ in try await pages.signedIn(request) { try await pages.overview(request, $0) } }
    router.get("/internkontroll") { request, _ in try await pages.signedIn(request) { try await pages.internalControl(request, $0) } }
    router.get("/abonnement") { request, _ in try await pages.signedIn(request) { try await pages.subscriptions(request, $0) } }
    router.post("/abonnement") { request, _ in try await pages.signedIn(request) { try await pages.makeLink(request, $0) } }
    router.post("/abonnement/trekk-tilbake") { request, _ in try await pages.signedIn(request) { try await pages.revokeLink(request, $0) } }
    router.get("/referat/:reference") { request, context in
        let reference = context.parameters.get("reference") ?? ""
        return try await pages.signedIn(request) { try await pages.minutes(request, $0, reference: reference) }
    }
    router.get("/deltaker/:code") { request, context in
        let code = context.parameters.get("code") ?? ""
        return try await pages.signedIn(request) { try await pages.participant(request, $0, code: code) }
    }
}
