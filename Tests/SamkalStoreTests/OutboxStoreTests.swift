import SamkalCore
import SamkalStore
import Testing

struct OutboxStoreTests {
    static func message(_ fixture: StoreFixture, attendee: String = "per-hakon-lian", sequence: Int = 0) -> NewOutboxMessage {
        let meeting = fixture.meeting(.leaderMeeting, "2027-spring")
        let person = meeting.attendees.first { $0.id == attendee }!
        return NewOutboxMessage(
            invitation: SentInvitation(meetingUID: meeting.uid, attendee: person, sequence: sequence, method: .request),
            sender: "kari@example.no", recipient: person.email, subject: "Innkalling", messageID: "id-\(attendee)-\(sequence)@x",
            message: Array("Subject: x\r\n\r\nbody\r\n".utf8)
        )
    }

    @Test(arguments: StoreImplementation.allCases) func eachInvitationIsQueuedOnceAndConfirmsItsMeeting(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        #expect(try await fixture.store.enqueueInvitations([Self.message(fixture)], actorID: "kari-vagen", now: StoreFixture.at(10)) == 1)
        #expect(try await fixture.store.enqueueInvitations([Self.message(fixture)], actorID: "kari-vagen", now: StoreFixture.at(11)) == 0)
        #expect(try await fixture.store.enqueueInvitations([Self.message(fixture, sequence: 1)], actorID: "kari-vagen", now: StoreFixture.at(12)) == 1)
        let meeting = try await fixture.store.meeting(uid: fixture.meeting(.leaderMeeting, "2027-spring").uid)
        #expect(meeting?.status == .confirmed)
        #expect(try await fixture.store.sentInvitations().count == 2)
        #expect(try await fixture.store.auditLog(limit: nil).contains { $0.action == .sendInvitations })
    }

    @Test(arguments: StoreImplementation.allCases) func anInterruptedAttemptIsSentAgainNotLost(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        _ = try await fixture.store.enqueueInvitations([Self.message(fixture)], actorID: "kari-vagen", now: StoreFixture.at(10))
        let entry = try #require(try await fixture.store.dueOutbox(now: StoreFixture.at(10)).first)
        // The process dies after the attempt is recorded and before the outcome is: while
        // its claim holds the message is nobody else's; once it lapses it is due again.
        #expect(try await fixture.store.claimOutbox(id: entry.id, by: "a", now: StoreFixture.at(10), until: StoreFixture.at(70)))
        #expect(try await fixture.store.dueOutbox(now: StoreFixture.at(11)).isEmpty)
        let again = try await fixture.store.dueOutbox(now: StoreFixture.at(71))
        #expect(again.map(\.id) == [entry.id])
        #expect(again.first?.message == entry.message)
        #expect(again.first?.attempts == 1)
        #expect(try await fixture.store.claimOutbox(id: entry.id, by: "b", now: StoreFixture.at(71), until: StoreFixture.at(131)))
        try await fixture.store.outboxSent(id: entry.id, to: "smtp://x", now: StoreFixture.at(72))
        #expect(try await fixture.store.dueOutbox(now: StoreFixture.at(200)).isEmpty)
        #expect(try await fixture.store.outbox(status: .sent).first?.attempts == 2)
    }

    /// Two senders at once: each message is claimed by one; the other's claim is refused
    /// while it holds, a sender renews its own, and a sent message is nobody's to claim.
    @Test(arguments: StoreImplementation.allCases) func aMessageIsClaimedByOneSenderAtATime(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        _ = try await fixture.store.enqueueInvitations(
            [Self.message(fixture), Self.message(fixture, attendee: "ase-ronning")], actorID: "kari-vagen", now: StoreFixture.at(10)
        )
        let entries = try await fixture.store.dueOutbox(now: StoreFixture.at(10))
        try #require(entries.count == 2)
        let now = StoreFixture.at(20), until = StoreFixture.at(620)
        let claims = await withTaskGroup(of: (String, Int64, Bool).self) { group in
            for sender in ["a", "b"] {
                for entry in entries {
                    group.addTask { (sender, entry.id, (try? await fixture.store.claimOutbox(id: entry.id, by: sender, now: now, until: until)) ?? false) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for entry in entries {
            #expect(claims.filter { $0.1 == entry.id && $0.2 }.count == 1, "message \(entry.id) claimed once")
        }
        let holder = try #require(claims.first { $0.1 == entries[0].id && $0.2 }?.0)
        #expect(try await fixture.store.claimOutbox(id: entries[0].id, by: holder, now: StoreFixture.at(30), until: until))
        #expect(try await fixture.store.claimOutbox(id: entries[0].id, by: holder == "a" ? "b" : "a", now: StoreFixture.at(30), until: until) == false)
        try await fixture.store.outboxSent(id: entries[0].id, to: "smtp://x", now: StoreFixture.at(31))
        #expect(try await fixture.store.claimOutbox(id: entries[0].id, by: holder, now: StoreFixture.at(700), until: StoreFixture.at(900)) == false)
    }

    @Test(arguments: StoreImplementation.allCases) func failuresWaitForTheirRetryTimeAndCanBeRequeued(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        _ = try await fixture.store.enqueueInvitations([Self.message(fixture), Self.message(fixture, attendee: "ase-ronning")], actorID: "kari-vagen", now: StoreFixture.at(10))
        let entries = try await fixture.store.dueOutbox(now: StoreFixture.at(10))
        try await fixture.store.outboxFailed(id: entries[0].id, error: "421 try later", retryAt: StoreFixture.at(100))
        try await fixture.store.outboxFailed(id: entries[1].id, error: "550 no such user", retryAt: nil)
        #expect(try await fixture.store.dueOutbox(now: StoreFixture.at(50)).isEmpty)
        #expect(try await fixture.store.dueOutbox(now: StoreFixture.at(100)).map(\.id) == [entries[0].id])
        #expect(try await fixture.store.outbox(status: .failed).map(\.id) == [entries[1].id])
        // Another agreement's requeue leaves this one's failures alone.
        #expect(try await fixture.store.retryFailedOutbox(now: StoreFixture.at(200), agreementID: "osen-nav-nord-fosen") == 0)
        #expect(try await fixture.store.retryFailedOutbox(now: StoreFixture.at(200), agreementID: fixture.agreement.id) == 1)
        #expect(try await fixture.store.dueOutbox(now: StoreFixture.at(200)).count == 2)
    }
}
