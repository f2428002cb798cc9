import SamkalCore
import SamkalService
import SamkalStore
import Testing

struct MinutesStoreTests {
    static func entry(_ meeting: PlannedMeeting, by author: String = "kari-vagen", text: String = "Referat.") -> MinutesEntry {
        MinutesEntry(
            meetingUID: meeting.uid, authorID: author, text: text,
            decisions: ["Nytt møte om praksisplasser"],
            attendance: [
                AttendanceMark(attendeeID: "kari-vagen", isParticipant: false, status: .present, reason: nil),
                AttendanceMark(attendeeID: "marit-fjaerli", isParticipant: false, status: .excused, reason: "Kurs"),
                AttendanceMark(attendeeID: "D-0042", isParticipant: true, status: .present, reason: nil),
                AttendanceMark(attendeeID: "D-0044", isParticipant: true, status: .absent, reason: nil),
            ],
            actions: [NewActionItem(assigneeID: "marit-fjaerli", text: "Sende oversikt", due: LocalDate(iso: "2027-02-15")!)]
        )
    }

    @Test(arguments: StoreImplementation.allCases) func minutesWithAttendanceAndActionItemsRoundTrip(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        guard case .allowed(let record, _) = try await MinutesService(store: fixture.store).log(Self.entry(meeting), now: StoreFixture.at(100)) else {
            Issue.record("the convener may write minutes")
            return
        }
        #expect(record.revision == 1)
        guard case .allowed(let history, _) = try await MinutesService(store: fixture.store).history(meetingUID: meeting.uid, as: "marit-fjaerli", now: StoreFixture.at(101)) else {
            Issue.record("an invited NAV contact may read the minutes")
            return
        }
        let latest = try #require(history.latest)
        #expect(latest.text == "Referat.")
        #expect(latest.decisions == ["Nytt møte om praksisplasser"])
        #expect(Set(latest.attendance) == Set(Self.entry(meeting).attendance))
        #expect(history.actionItems.map(\.text) == ["Sende oversikt"])
        #expect(history.actionItems.first?.isOpen == true)
    }

    @Test(arguments: StoreImplementation.allCases) func amendingKeepsTheEarlierTextAndLogsTheChange(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting, text: "Første versjon."), now: StoreFixture.at(100))
        _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting, text: "Rettet versjon."), now: StoreFixture.at(200))
        guard case .allowed(let history, _) = try await MinutesService(store: fixture.store).history(meetingUID: meeting.uid, as: "kari-vagen", now: StoreFixture.at(300)) else {
            Issue.record("expected access")
            return
        }
        #expect(history.revisions.map(\.text) == ["Første versjon.", "Rettet versjon."])
        #expect(history.revisions.map(\.revision) == [1, 2])
        let audit = try await fixture.store.auditLog(limit: nil)
        #expect(audit.filter { $0.action == .writeMinutes }.map(\.target) == ["\(meeting.uid)#1", "\(meeting.uid)#2"])
    }

    @Test(arguments: StoreImplementation.allCases) func aPersonWithoutNeedIsRefusedAndBothAreAudited(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting), now: StoreFixture.at(100))
        // The health worker was not invited and follows no participant of this meeting.
        let refused = try await MinutesService(store: fixture.store).history(meetingUID: meeting.uid, as: "eva-strom", now: StoreFixture.at(101))
        guard case .refused(let rule) = refused else {
            Issue.record("eva-strom has no need to know")
            return
        }
        #expect(rule == .noNeedToKnow)
        // A leader may not read cooperation-level minutes either.
        guard case .refused = try await MinutesService(store: fixture.store).history(meetingUID: meeting.uid, as: "per-hakon-lian", now: StoreFixture.at(102)) else {
            Issue.record("leaders read leader-meeting minutes only")
            return
        }
        let audit = try await fixture.store.auditLog(limit: nil)
        let reads = audit.filter { $0.action == .readMinutes }
        #expect(reads.map(\.actorID) == ["eva-strom", "per-hakon-lian"])
        #expect(reads.allSatisfy { !$0.allowed && $0.rule == .noNeedToKnow })
        #expect(audit.contains { $0.action == .writeMinutes && $0.allowed && $0.actorID == "kari-vagen" })
    }

    @Test(arguments: StoreImplementation.allCases) func leadersReadLeaderMeetingMinutes(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let leaderMeeting = fixture.meeting(.leaderMeeting, "2027-spring")
        let entry = MinutesEntry(
            meetingUID: leaderMeeting.uid, authorID: "kari-vagen", text: "Ledermøte.", decisions: [],
            attendance: [AttendanceMark(attendeeID: "per-hakon-lian", isParticipant: false, status: .present, reason: nil)],
            actions: []
        )
        _ = try await MinutesService(store: fixture.store).log(entry, now: StoreFixture.at(100))
        guard case .allowed = try await MinutesService(store: fixture.store).history(meetingUID: leaderMeeting.uid, as: "per-hakon-lian", now: StoreFixture.at(101)) else {
            Issue.record("an invited leader reads the leader meeting")
            return
        }
        guard case .refused = try await MinutesService(store: fixture.store).history(meetingUID: leaderMeeting.uid, as: "ola-brattoy", now: StoreFixture.at(102)) else {
            Issue.record("a programme advisor has no need for leader-meeting minutes")
            return
        }
    }

    @Test(arguments: StoreImplementation.allCases) func someoneNotInvitedCannotWriteMinutes(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        guard case .refused = try await MinutesService(store: fixture.store).log(Self.entry(meeting, by: "eva-strom"), now: StoreFixture.at(100)) else {
            Issue.record("expected refusal")
            return
        }
        let audit = try await fixture.store.auditLog(limit: nil)
        #expect(audit.last?.allowed == false)
        #expect(audit.last?.action == .writeMinutes)
    }

    @Test(arguments: StoreImplementation.allCases) func attendanceForSomeoneNotExpectedIsRejectedAndNothingIsWritten(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.leaderMeeting, "2027-spring")
        let entry = MinutesEntry(
            meetingUID: meeting.uid, authorID: "kari-vagen", text: "x", decisions: [],
            attendance: [AttendanceMark(attendeeID: "eva-strom", isParticipant: false, status: .present, reason: nil)],
            actions: []
        )
        await #expect(throws: StoreError.notAnAttendee(meetingUID: meeting.uid, attendeeID: "eva-strom")) {
            _ = try await MinutesService(store: fixture.store).log(entry, now: StoreFixture.at(100))
        }
        guard case .allowed(let history, _) = try await MinutesService(store: fixture.store).history(meetingUID: meeting.uid, as: "kari-vagen", now: StoreFixture.at(101)) else {
            Issue.record("expected access")
            return
        }
        #expect(history.revisions.isEmpty)
    }

    @Test(arguments: StoreImplementation.allCases) func attendanceIsCountedPerParticipantForThoseWhoFollowThem(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting), now: StoreFixture.at(100))
        guard case .allowed(let summary, _) = try await AttendanceService(store: fixture.store).summary(participantID: "D-0042", as: "ola-brattoy", now: StoreFixture.at(101)) else {
            Issue.record("the programme advisor follows D-0042")
            return
        }
        #expect(summary.planned == 2)
        #expect(summary.held == 1)
        #expect(summary.attended == 1)
        #expect(summary.rate == 1.0)
        guard case .refused = try await AttendanceService(store: fixture.store).summary(participantID: "D-0042", as: "sigrid-aesoy", now: StoreFixture.at(102)) else {
            Issue.record("another advisor does not follow D-0042")
            return
        }
        let overview = try await AttendanceService(store: fixture.store).overview(.kind(.infoMeeting), as: "sigrid-aesoy", now: StoreFixture.at(103))
        #expect(overview.rows.map(\.participantID) == ["D-0044", "D-0045"])
        #expect(overview.hidden == 3)
        #expect(overview.rows.first?.missed == 1)
    }

    @Test(arguments: StoreImplementation.allCases) func actionItemsAreListedAndClosed(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting), now: StoreFixture.at(100))
        let open = try await ActionItemService(store: fixture.store).list(openOnly: true, as: "marit-fjaerli", now: StoreFixture.at(101))
        let item = try #require(open.first)
        guard case .refused = try await ActionItemService(store: fixture.store).close(id: item.id, as: "eva-strom", now: StoreFixture.at(102)) else {
            Issue.record("eva-strom may not close it")
            return
        }
        guard case .allowed(let closed, _) = try await ActionItemService(store: fixture.store).close(id: item.id, as: "marit-fjaerli", now: StoreFixture.at(103)) else {
            Issue.record("the assignee closes it")
            return
        }
        #expect(!closed.isOpen)
        #expect(try await ActionItemService(store: fixture.store).list(openOnly: true, as: "marit-fjaerli", now: StoreFixture.at(104)).isEmpty)
    }

    @Test func aReaderAndAWriterWorkAtTheSameTime() async throws {
        let fixture = try await StoreFixture.make()
        let reader = try SQLiteStore(directory: fixture.directory.path)
        let meeting = fixture.meeting(.infoMeeting, "2027-spring")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for index in 0..<20 {
                    _ = try await MinutesService(store: fixture.store).log(Self.entry(meeting, text: "v\(index)"), now: StoreFixture.at(100 + index))
                }
            }
            group.addTask {
                for _ in 0..<50 {
                    _ = try await reader.meetings(agreementID: fixture.agreement.id)
                }
            }
            try await group.waitForAll()
        }
        guard case .allowed(let history, _) = try await MinutesService(store: reader).history(meetingUID: meeting.uid, as: "kari-vagen", now: StoreFixture.at(200)) else {
            Issue.record("expected access")
            return
        }
        #expect(history.revisions.count == 20)
    }
}
