import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ICalendar
import Logging
import SamkalCore
import SamkalServer
import SamkalStore
import Testing

/// A store with the example agreement, its participants and a plan, and a token per feed.
struct ServerFixture {
    let store: SQLiteStore
    let agreement: Agreement
    let tokens: [String: String]
    let metrics = ServerMetrics()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func make() async throws -> ServerFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-server-\(UUID().uuidString)")
        let store = try SQLiteStore(directory: directory.path)
        let path = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        let csv = try String(contentsOfFile: repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
        let participants = try ParticipantCSV.parse(csv, file: "deltakere.csv", knownPeople: Set(agreement.people.keys))
        let now = UTCTimestamp(iso: "2026-11-22T10:00:00Z")!
        _ = try await store.importParticipants(participants, agreement: agreement, now: now)
        let plan = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: now, participants: participants, identity: .testing
        ))
        _ = try await store.recordPlan(plan, agreement: agreement, now: now)
        var tokens: [String: String] = [:]
        for (kind, subject) in [(FeedSubscription.Kind.person, "ola-brattoy"), (.person, "per-hakon-lian"), (.person, "tolk-tigrinja"),
                                (.person, "sigrid-aesoy"), (.party, "nav-nord-fosen"), (.agreement, agreement.id)] {
            let token = FeedToken.generate()
            _ = try await store.addFeed(kind: kind, subject: subject, label: subject, tokenHash: FeedToken.hash(token), now: now)
            tokens[subject] = token
        }
        return ServerFixture(store: store, agreement: agreement, tokens: tokens)
    }

    func application() throws -> some ApplicationProtocol {
        let service = FeedService(store: store, keepCancelledDays: 30, metrics: metrics)
        return try buildApplication(service: service, metrics: metrics, host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
    }
}

struct FeedServerTests {
    @Test func aFeedIsServedAsCalendarTextWithValidators() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.accept: "application/json"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
                #expect(response.headers[.lastModified]?.hasSuffix("GMT") == true)
                #expect(response.headers[.contentEncoding] == nil)
                let text = String(buffer: response.body)
                #expect(text.hasPrefix("BEGIN:VCALENDAR"))
                #expect(ICalValidator.validate(text).isValid)
            }
        }
    }

    @Test func conditionalRequestsGet304ByETagAndByDate() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        try await fixture.application().test(.router) { client in
            let first = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifModifiedSince: modified]) { response in
                #expect(response.status == .notModified)
            }
            // If-None-Match takes precedence: a stale tag gets the body even with a fresh date.
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifNoneMatch: "\"stale\"", .ifModifiedSince: modified]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifModifiedSince: "Mon, 01 Jan 2001 00:00:00 GMT"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func headGivesTheHeadersWithoutTheBody() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        try await fixture.application().test(.router) { client in
            let get = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            try await client.execute(uri: "/feeds/\(token).ics", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == get.headers[.eTag])
                #expect(response.headers[.contentLength] == String(get.body.readableBytes))
            }
        }
    }

    @Test func unknownGuessedAndRevokedTokensAllGetTheSame404() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        let feeds = try await fixture.store.feeds()
        let ola = try #require(feeds.first { $0.subject == "ola-brattoy" })
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/feeds/\(token).ics", method: .get) { #expect($0.status == .ok) }
            _ = try await fixture.store.revokeFeed(id: ola.id, now: UTCTimestamp(iso: "2026-11-23T00:00:00Z")!)
            var bodies: Set<String> = []
            for uri in ["/feeds/\(token).ics", "/feeds/\(FeedToken.generate()).ics", "/feeds/abc.ics", "/feeds/\(token)"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound)
                    bodies.insert(String(buffer: response.body))
                }
            }
            #expect(bodies.count == 1)
        }
    }

    @Test func aLeadersAndAPartysFeedHoldNoParticipantNames() async throws {
        let fixture = try await ServerFixture.make()
        let names = try await fixture.store.participants(agreementID: fixture.agreement.id).map(\.name)
        try await fixture.application().test(.router) { client in
            for subject in ["per-hakon-lian", "nav-nord-fosen", fixture.agreement.id] {
                let token = try #require(fixture.tokens[subject])
                let text = String(buffer: try await client.execute(uri: "/feeds/\(token).ics", method: .get).body)
                for name in names {
                    #expect(!text.contains(name), "\(subject)'s feed contains \(name)")
                }
                #expect(!text.contains("Tolk"), "\(subject)'s feed shows an interpreter")
            }
            let nav = String(buffer: try await client.execute(uri: "/feeds/\(fixture.tokens["nav-nord-fosen"]!).ics", method: .get).body)
            #expect(nav.contains("Trekantsamtale – deltaker D-0042"))
        }
    }

    @Test func anAdvisorSeesNamesOfTheirOwnParticipantsOnly() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.application().test(.router) { client in
            let ola = String(buffer: try await client.execute(uri: "/feeds/\(fixture.tokens["ola-brattoy"]!).ics", method: .get).body)
            #expect(ola.contains("Amanuel Tesfay"))
            #expect(!ola.contains("Olena Kovalenko"))
            let sigrid = String(buffer: try await client.execute(uri: "/feeds/\(fixture.tokens["sigrid-aesoy"]!).ics", method: .get).body)
            #expect(sigrid.contains("Olena Kovalenko"))
            #expect(!sigrid.contains("Amanuel Tesfay"))
        }
    }

    @Test func anInterpreterSeesTimePlaceAndLanguageNotTheCase() async throws {
        let fixture = try await ServerFixture.make()
        try await fixture.application().test(.router) { client in
            let text = String(buffer: try await client.execute(uri: "/feeds/\(fixture.tokens["tolk-tigrinja"]!).ics", method: .get).body)
            let calendar = try #require(try ICalCalendar.parse(text).first)
            #expect(!calendar.events.isEmpty)
            for event in calendar.events {
                #expect(event.summary == "Tolkeoppdrag (ti)")
                #expect(event.description == "Tolking, språk: ti.")
                #expect(event.location?.isEmpty == false)
                #expect(!(event.summary ?? "").contains("D-00"))
                #expect(event.categories == ["Tolkeoppdrag"])
            }
            #expect(!text.contains("Amanuel") && !text.contains("Rahel") && !text.contains("foreldrepermisjon"))
        }
    }

    @Test func aReplanInvalidatesTheCacheAndCancelledMeetingsStayCancelled() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens[fixture.agreement.id])
        try await fixture.application().test(.router) { client in
            let before = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            let etag = try #require(before.headers[.eTag])
            // The agreement drops its information meetings: they must be cancelled, not vanish.
            var yaml = try String(contentsOfFile: ServerFixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path, encoding: .utf8)
            let start = try #require(yaml.range(of: "# §6: informasjonsmøte"))
            let end = try #require(yaml.range(of: "# §6 og veilederne"))
            yaml.removeSubrange(start.lowerBound..<end.lowerBound)
            let changed = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
            let participants = try await fixture.store.participants(agreementID: changed.id)
            let previous = try await fixture.store.meetings(agreementID: changed.id)
            let now = UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
            let plan = Planner.plan(PlanRequest(
                agreement: changed, range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
                stamp: now, participants: participants, previous: previous, identity: .testing
            ))
            _ = try await fixture.store.recordPlan(plan, agreement: changed, now: now)
            try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != etag)
                let calendar = try #require(try ICalCalendar.parse(String(buffer: response.body)).first)
                let info = calendar.events.filter { $0.categories.contains("infoMeeting") }
                #expect(info.count == 2)
                #expect(info.allSatisfy { $0.status == .cancelled && $0.sequence == 1 })
                let modified = try #require(response.headers[.lastModified])
                #expect(modified != before.headers[.lastModified])
            }
        }
    }

    @Test func healthAndMetrics() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            _ = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            let etag = try await client.execute(uri: "/feeds/\(token).ics", method: .get).headers[.eTag] ?? ""
            _ = try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifNoneMatch: etag])
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#"samkal_http_requests_total{route="/feeds",status="200"} 2"#))
                #expect(text.contains(#"samkal_http_requests_total{route="/feeds",status="304"} 1"#))
                #expect(text.contains("samkal_feed_render_seconds_count 1"))
            }
        }
    }
}

struct CancelledRetentionTests {
    @Test func cancelledMeetingsDropOutAfterTheKeepPeriodAndLastModifiedMovesForward() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens[fixture.agreement.id])
        var yaml = try String(contentsOfFile: ServerFixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path, encoding: .utf8)
        let start = try #require(yaml.range(of: "# §6: informasjonsmøte"))
        let end = try #require(yaml.range(of: "# §6 og veilederne"))
        yaml.removeSubrange(start.lowerBound..<end.lowerBound)
        let changed = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        let cancelledAt = UTCTimestamp(iso: "2026-12-01T08:00:00Z")!
        let plan = Planner.plan(PlanRequest(
            agreement: changed, range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: cancelledAt, participants: try await fixture.store.participants(agreementID: changed.id),
            previous: try await fixture.store.meetings(agreementID: changed.id), identity: .testing
        ))
        _ = try await fixture.store.recordPlan(plan, agreement: changed, now: cancelledAt)
        let service = FeedService(store: fixture.store, keepCancelledDays: 30, metrics: ServerMetrics())

        let within = try #require(try await service.feed(token: token, now: UTCTimestamp(iso: "2026-12-20T00:00:00Z")!))
        let withinText = String(buffer: within.body)
        #expect(withinText.components(separatedBy: "STATUS:CANCELLED").count == 3)
        #expect(within.lastModified == Date(timeIntervalSince1970: Double(cancelledAt.secondsSince1970)))

        let after = try #require(try await service.feed(token: token, now: UTCTimestamp(iso: "2027-01-15T00:00:00Z")!))
        #expect(!String(buffer: after.body).contains("STATUS:CANCELLED"))
        #expect(after.lastModified == Date(timeIntervalSince1970: Double(cancelledAt.secondsSince1970 + 30 * 86_400)))
        #expect(after.etag != within.etag)
    }
}

struct FeedReplyTests {
    @Test func aRecordedAnswerShowsAsPartstatOnTheNextRequest() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["per-hakon-lian"])
        let meetings = try await fixture.store.meetings(agreementID: fixture.agreement.id)
        let leader = try #require(meetings.first { $0.kind == .leaderMeeting })
        try await fixture.application().test(.router) { client in
            let first = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            let modified = try #require(first.headers[.lastModified])
            let before = String(buffer: first.body)
            let event = try #require(try ICalCalendar.parse(before).first?.events.first { $0.uid == leader.uid })
            #expect(event.attendees.first { $0.email == "per.hakon.lian@nav.example.no" }?.participationStatus == .needsAction)
            try await fixture.store.recordReplies(
                [MeetingReply(meetingUID: leader.uid, attendeeID: "per-hakon-lian", sequence: leader.sequence, answer: .accepted, stamp: UTCTimestamp(iso: "2026-11-23T09:00:00Z")!)],
                actorID: "kari-vagen", now: UTCTimestamp(iso: "2026-11-23T09:00:00Z")!
            )
            // If-Modified-Since alone must not hide the change: Last-Modified moves forward.
            let second = try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifModifiedSince: modified])
            #expect(second.status == .ok)
            #expect(second.headers[.lastModified] == "Mon, 23 Nov 2026 09:00:00 GMT")
            let after = String(buffer: second.body)
            let updated = try #require(try ICalCalendar.parse(after).first?.events.first { $0.uid == leader.uid })
            #expect(updated.attendees.first { $0.email == "per.hakon.lian@nav.example.no" }?.participationStatus == .accepted)
        }
    }
}

/// The event-loop fast path, over real connections: once a feed is rendered, later
/// requests are answered without the router, with the same answers.
struct FeedFastPathTests {
    @Test func renderedFeedsAreAnsweredTheSameWithoutTheRouter() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        try await onServerThreads { try await fixture.application().test(.live) { client in
            let first = try await client.execute(uri: "/feeds/\(token).ics", method: .get)
            #expect(first.status == .ok)
            let second = try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.accept: "text/html"])
            #expect(second.status == .ok)
            #expect(second.body == first.body)
            for field in [HTTPField.Name.contentType, .eTag, .lastModified, .contentLength, .cacheControl, .server] {
                #expect(second.headers[field] == first.headers[field], "\(field)")
            }
            #expect(second.headers[.date] != nil)
            let etag = try #require(first.headers[.eTag])
            let conditional = try await client.execute(uri: "/feeds/\(token).ics", method: .get, headers: [.ifNoneMatch: etag])
            #expect(conditional.status == .notModified)
            #expect(conditional.body.readableBytes == 0)
            let byDate = try await client.execute(
                uri: "/feeds/\(token).ics", method: .get, headers: [.ifModifiedSince: try #require(first.headers[.lastModified])]
            )
            #expect(byDate.status == .notModified)
            let head = try await client.execute(uri: "/feeds/\(token).ics", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == first.headers[.contentLength])

            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            let hits = metrics.split(separator: "\n").first { $0.hasPrefix("samkal_feed_answered_from_cache_total") }
            #expect(hits?.split(separator: " ").last == "4")
            #expect(metrics.contains("samkal_http_requests_total{route=\"/feeds\",status=\"304\"} 2"))
        } }
    }

    @Test func aRevokedLinkIsRefusedOnTheNextRequestEvenWhenItsFeedIsCached() async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["per-hakon-lian"])
        try await onServerThreads { try await fixture.application().test(.live) { client in
            #expect(try await client.execute(uri: "/feeds/\(token).ics", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/feeds/\(token).ics", method: .get).status == .ok)
            let subscription = try #require(try await fixture.store.feeds().first { $0.subject == "per-hakon-lian" })
            #expect(try await fixture.store.revokeFeed(id: subscription.id, now: UTCTimestamp(iso: "2026-11-23T09:00:00Z")!))
            #expect(try await client.execute(uri: "/feeds/\(token).ics", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/feeds/\(token)x.ics", method: .get).status == .notFound)
        } }
    }
}

extension FeedFastPathTests {
    /// Two requests sent back to back on one connection (HTTP/1.1 pipelining): the first
    /// needs rendering (the router), the second is already rendered. The answers must come
    /// back in the order asked, each with its own calendar; a third with `Connection: close`
    /// gets its answer and then the connection closes.
    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        let fixture = try await ServerFixture.make()
        let rendered = try #require(fixture.tokens["ola-brattoy"])
        let fresh = try #require(fixture.tokens["per-hakon-lian"])
        try await onServerThreads { try await fixture.application().test(.live) { client in
            #expect(try await client.execute(uri: "/feeds/\(rendered).ics", method: .get).status == .ok)
            let port = try #require(client.port)
            let script = """
                import socket, sys
                s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
                req = lambda t, extra="": f"GET /feeds/{t}.ics HTTP/1.1\\r\\nHost: x\\r\\n{extra}\\r\\n".encode()
                s.sendall(req(sys.argv[2]) + req(sys.argv[3]) + req(sys.argv[3], "Connection: close\\r\\n"))
                s.settimeout(120)  # the first feed is rendered while other tests load the machine
                data = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk: break
                    data += chunk
                names = [line.split(b":", 1)[1].strip().decode() for line in data.split(b"\\r\\n") if line.startswith(b"X-WR-CALNAME:")]
                print(data.count(b"HTTP/1.1 200 OK"), "|".join(names))
                """
            // The client is waited for off the concurrency pool: blocking one of its threads
            // would keep the router (and every other test's server) from answering.
            func run(_ first: String, _ second: String) async throws -> String {
                let python = Process()
                python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                python.arguments = ["python3", "-c", script, String(port), first, second]
                let output = Pipe()
                python.standardOutput = output
                try python.run()
                let reading = output.fileHandleForReading
                let text = await offThePool { String(decoding: reading.readDataToEndOfFile(), as: UTF8.self) }
                await offThePool { python.waitUntilExit() }
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            // Router first, so the rendered feed waits its turn.
            #expect(try await run(fresh, rendered) == "3 samkal: Per Håkon Lian|samkal: Ola Brattøy|samkal: Ola Brattøy")
            // All three from the fast path; the last one closes the connection (else the read would hang).
            #expect(try await run(rendered, rendered) == "3 samkal: Ola Brattøy|samkal: Ola Brattøy|samkal: Ola Brattøy")
        } }
    }
}
