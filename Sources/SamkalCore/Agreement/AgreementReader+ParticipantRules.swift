extension AgreementReader {
    /// `participantMeetings:` — every key optional; what is missing keeps its default.
    func participantMeetingRules(_ field: YAMLField) -> ParticipantMeetingRules {
        var rules = ParticipantMeetingRules()
        guard let mapping = reader.mapping(
            field, required: [],
            optional: [
                "time", "location", "bufferMinutes", "prefer", "preferTimeWithinDays",
                "threeWayMeetings", "teamMeetings", "leaveFollowUp", "transitionMeeting",
            ]
        ) else { return rules }
        if let time = mapping["time"].flatMap(reader.time), let timeField = mapping["time"] {
            if time < workingHours.start || time >= workingHours.end {
                reader.report(timeField, .timeOutsideWorkingHours(time: time.description, hours: workingHoursText))
            } else {
                rules.time = time
            }
        }
        if let location = mapping["location"].flatMap(reader.string) { rules.location = location }
        if let buffer = mapping["bufferMinutes"].flatMap({ reader.int($0, in: 0...120) }) { rules.bufferMinutes = buffer }
        rules.preference = preference(prefer: mapping["prefer"], withinDays: mapping["preferTimeWithinDays"])

        if let section = mapping["threeWayMeetings"],
           let threeWay = reader.mapping(section, required: [], optional: ["firstWithinWeeks", "everyWeeks", "beforeEndMonths", "durationMinutes"]) {
            if let value = threeWay["firstWithinWeeks"].flatMap({ reader.int($0, in: 1...52) }) { rules.threeWay.firstWithinWeeks = value }
            if let value = threeWay["everyWeeks"].flatMap({ reader.int($0, in: 0...104) }) { rules.threeWay.everyWeeks = value }
            if let listField = threeWay["beforeEndMonths"], let items = reader.list(listField, allowEmpty: true) {
                let months = items.compactMap { reader.int($0, in: 1...24) }
                if months.count == items.count { rules.threeWay.beforeEndMonths = months.sorted(by: >) }
            }
            if let value = threeWay["durationMinutes"].flatMap({ duration($0, at: rules.time) }) { rules.threeWay.durationMinutes = value }
        }
        if let section = mapping["teamMeetings"],
           let team = reader.mapping(section, required: [], optional: ["everyWeeks", "durationMinutes"]) {
            if let value = team["everyWeeks"].flatMap({ reader.int($0, in: 0...104) }) { rules.team.everyWeeks = value }
            if let value = team["durationMinutes"].flatMap({ duration($0, at: rules.time) }) { rules.team.durationMinutes = value }
        }
        if let section = mapping["leaveFollowUp"],
           let leave = reader.mapping(section, required: [], optional: ["fromMonth", "everyWeeks", "durationMinutes"]) {
            if let value = leave["fromMonth"].flatMap({ reader.int($0, in: 1...12) }) { rules.leaveFollowUp.fromMonth = value }
            if let value = leave["everyWeeks"].flatMap({ reader.int($0, in: 1...52) }) { rules.leaveFollowUp.everyWeeks = value }
            if let value = leave["durationMinutes"].flatMap({ duration($0, at: rules.time) }) { rules.leaveFollowUp.durationMinutes = value }
        }
        if let section = mapping["transitionMeeting"],
           let transition = reader.mapping(section, required: [], optional: ["weeksBeforeEnd", "durationMinutes"]) {
            if let value = transition["weeksBeforeEnd"].flatMap({ reader.int($0, in: 1...52) }) { rules.transition.weeksBeforeEnd = value }
            if let value = transition["durationMinutes"].flatMap({ duration($0, at: rules.time) }) { rules.transition.durationMinutes = value }
        }
        return rules
    }

    /// `prefer: day | time` and `preferTimeWithinDays: 0…10` (3 when missing); the number
    /// only goes with `prefer: time`.
    private func preference(prefer: YAMLField?, withinDays: YAMLField?) -> ParticipantPreference {
        let choice = prefer.flatMap { reader.choice($0, of: PreferenceChoice.self) }
        if let withinDays, choice != .time {
            // A `prefer:` that could not be read has been reported already.
            if prefer == nil || choice == .day {
                reader.report(withinDays, .requiresKey(key: "preferTimeWithinDays", requires: "prefer: time"))
            }
            return .day
        }
        switch choice {
        case .time?:
            guard let withinDays else { return .time(withinDays: 3) }
            return .time(withinDays: reader.int(withinDays, in: 0...10) ?? 3)
        case .day?, nil:
            return .day
        }
    }

    /// A meeting length that fits the working day (the planner moves the start time as needed).
    private func duration(_ field: YAMLField, at time: LocalTime) -> Int? {
        guard let minutes = reader.int(field, in: 5...(24 * 60)) else { return nil }
        guard minutes <= workingHours.minutes else {
            reader.report(field, .durationDoesNotFit(time: workingHours.start.description, minutes: minutes, hours: workingHoursText))
            return nil
        }
        return minutes
    }

    /// `rooms:` — `{ id, name, capacity }` each.
    func readRooms(_ field: YAMLField) -> [Room] {
        guard let items = reader.list(field, allowEmpty: true) else { return [] }
        var rooms: [Room] = []
        for item in items {
            // `{ id: R, from: A }`: a room agreement A defines (the same room, booked once for both).
            if AgreementReferences.hasFrom(item) {
                guard let mapping = reader.mapping(item, required: ["id", "from"]),
                      let idField = mapping["id"], let id = identifier(idField),
                      let source = mapping["from"].flatMap({ referencedAgreement($0) })
                else { continue }
                guard let room = source.rooms.first(where: { $0.id == id }) else {
                    reader.report(idField, .notInReferencedAgreement(id: id, agreement: source.id))
                    continue
                }
                if rooms.contains(where: { $0.id == id }) || people[id] != nil {
                    reader.report(idField, .duplicateID(id))
                    continue
                }
                rooms.append(room)
                continue
            }
            guard let mapping = reader.mapping(item, required: ["id", "name", "capacity"]),
                  let id = mapping["id"].flatMap(identifier),
                  let name = mapping["name"].flatMap(reader.string),
                  let capacity = mapping["capacity"].flatMap({ reader.int($0, in: 1...500) })
            else { continue }
            if rooms.contains(where: { $0.id == id }) || people[id] != nil, let idField = mapping["id"] {
                reader.report(idField, .duplicateID(id))
                continue
            }
            rooms.append(Room(id: id, name: name, capacity: capacity))
        }
        return rooms
    }
}

/// The values `prefer:` takes.
private enum PreferenceChoice: String, CaseIterable {
    case day, time
}
