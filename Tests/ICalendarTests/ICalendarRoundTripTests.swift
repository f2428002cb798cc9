import ICalendar
import Testing

struct ICalendarRoundTripTests {
    static func sampleEvent(uid: String = "sample-1@example.no") -> ICalEvent {
        ICalEvent(
            uid: uid,
            stamp: ICalDateTime(year: 2027, month: 1, day: 1, form: .utc),
            start: ICalDateTime(year: 2027, month: 3, day: 30, hour: 9, form: .zoned("Europe/Oslo")),
            end: ICalDateTime(year: 2027, month: 3, day: 30, hour: 10, minute: 30, form: .zoned("Europe/Oslo")),
            summary: "Ledermøte; vår, 2027",
            description: "Saksliste:\n1. Æ, ø og å; komma, semikolon\n2. \"Sitat\" og \\ skråstrek",
            location: "Åfjord rådhus, møterom Stokkøya",
            organizer: ICalOrganizer(email: "kari.vagen@afjord.example.no", commonName: "Vågen, Kari"),
            attendees: [
                ICalAttendee(
                    email: "per@nav.example.no", commonName: "Per Håkon: Lian; NAV",
                    role: .required, participationStatus: .needsAction, rsvp: true, userType: .individual
                ),
                ICalAttendee(email: "kari.vagen@afjord.example.no", commonName: "Vågen, Kari", role: .chair, participationStatus: .accepted),
            ],
            categories: ["Ledermøte", "leaderMeeting"],
            sequence: 2,
            status: .tentative
        )
    }

    static func sampleCalendar(method: ICalMethod? = nil) -> ICalCalendar {
        ICalCalendar(
            productID: "-//samkal//test//NB",
            method: method,
            name: "samkal: Kari Vågen",
            refreshIntervalSeconds: 3600,
            timeZones: [.oslo],
            events: [sampleEvent()]
        )
    }

    @Test func norwegianLettersCommasSemicolonsAndLineBreaksRoundTrip() throws {
        let text = try Self.sampleCalendar().serialized()
        let parsed = try ICalCalendar.parse(text)
        #expect(parsed.count == 1)
        let event = try #require(parsed.first?.events.first)
        let original = Self.sampleEvent()
        #expect(event.summary == original.summary)
        #expect(event.description == original.description)
        #expect(event.location == original.location)
        #expect(event.organizer == original.organizer)
        #expect(event.attendees == original.attendees)
        #expect(event.categories == original.categories)
        #expect(event.start == original.start)
        #expect(event.end == original.end)
        #expect(event.stamp == original.stamp)
        #expect(event.sequence == 2)
        #expect(event.status == .tentative)
        #expect(parsed.first?.name == "samkal: Kari Vågen")
        #expect(parsed.first?.refreshIntervalSeconds == 3600)
    }

    @Test func serialisationUsesCRLFAndFoldsLongLines() throws {
        let text = try Self.sampleCalendar().serialized()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        for line in text.split(separator: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
    }

    @Test func feedCarriesExactlyOnePlainEuropeOsloTimeZoneAndNoMethod() throws {
        let text = try Self.sampleCalendar().serialized()
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
        #expect(text.contains("TZID:Europe/Oslo\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Oslo:20270330T090000"))
        #expect(!text.contains("freeassociation"))
        #expect(!text.contains("METHOD:"))
        #expect(text.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H"))
        #expect(text.contains("X-PUBLISHED-TTL:PT1H"))
        #expect(text.contains("X-WR-CALNAME:samkal: Kari Vågen"))
    }

    @Test func calendarNamesAreEscapedTextAndCategoriesAreOneProperty() throws {
        var calendar = Self.sampleCalendar()
        calendar.name = "samkal: Flyktningtjenesten, Åfjord; kommune"
        calendar.events[0].categories = ["Ledermøte", "leaderMeeting"]
        let text = try calendar.serialized()
        #expect(text.contains("\r\nX-WR-CALNAME:samkal: Flyktningtjenesten\\, Åfjord\\; kommune\r\n"), "\(text)")
        #expect(text.contains("\r\nNAME:samkal: Flyktningtjenesten\\, Åfjord\\; kommune\r\n"))
        #expect(text.components(separatedBy: "\r\nCATEGORIES").count == 2)
        #expect(text.contains("\r\nCATEGORIES:Ledermøte,leaderMeeting\r\n"))
        let parsed = try #require(try ICalCalendar.parse(text).first)
        #expect(parsed.events.first?.categories == ["Ledermøte", "leaderMeeting"])
    }

    @Test func aLongCalendarNameIsEscapedAndStillFolded() throws {
        var calendar = Self.sampleCalendar()
        let name = (1...20).map { "Flyktningtjenesten \($0), Åfjord; kommune\\" }.joined(separator: " ")
        calendar.name = name
        let text = try calendar.serialized()
        for line in text.split(separator: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: ";", with: "\\;")
        #expect(unfolded.contains("\r\nX-WR-CALNAME:" + escaped + "\r\n"))
        #expect(!text.unicodeScalars.contains { (0xE000...0xE003).contains($0.value) })
    }

    @Test func feedWithoutMethodPassesRestrictionCheck() throws {
        let report = ICalValidator.validate(try Self.sampleCalendar().serialized())
        #expect(report.problems.isEmpty)
        #expect(report.passesRestrictions)
        #expect(report.eventCount == 1)
    }

    @Test func publishWithAttendeesFailsRestrictionCheck() throws {
        // RFC 5546: METHOD:PUBLISH forbids ATTENDEE; this is why feeds carry no METHOD.
        let report = ICalValidator.validate(try Self.sampleCalendar(method: .publish).serialized())
        #expect(!report.passesRestrictions)
    }

    @Test func serialisationIsDeterministic() throws {
        let first = try Self.sampleCalendar().serialized()
        let second = try Self.sampleCalendar().serialized()
        #expect(first == second)
    }

    @Test func concurrentSerialisationGivesIdenticalText() async throws {
        let expected = try Self.sampleCalendar().serialized()
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask { try Self.sampleCalendar().serialized() }
            }
            var texts: [String] = []
            for try await text in group { texts.append(text) }
            return texts
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func unknownTimeZoneIsAnError() {
        var calendar = Self.sampleCalendar()
        calendar.timeZones = [ICalTimeZone("Europe/Atlantis")]
        #expect(throws: ICalError.unknownTimeZone("Europe/Atlantis")) {
            try calendar.serialized()
        }
    }
}
