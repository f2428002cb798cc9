extension AgreementReader {
    mutating func readParties(_ field: YAMLField) {
        guard let items = reader.list(field) else { return }
        var partyIDs: Set<String> = []
        for item in items {
            guard let mapping = reader.mapping(
                item,
                required: ["id", "kind", "name"],
                optional: ["leader", "contacts"]
            ) else { continue }
            let id = mapping["id"].flatMap(identifier)
            let kind = mapping["kind"].flatMap { reader.choice($0, of: PartyKind.self) }
            let name = mapping["name"].flatMap(reader.string)
            guard let id, let kind, let name else { continue }
            if !partyIDs.insert(id).inserted, let idField = mapping["id"] {
                reader.report(idField, .duplicateID(id))
                continue
            }
            var memberIDs: [String] = []
            var leaderID: String?
            if let leaderField = mapping["leader"], let leader = person(leaderField, partyID: id, defaultRole: .leader) {
                leaderID = leader.id
                memberIDs.append(leader.id)
            }
            if let contactsField = mapping["contacts"], let contacts = reader.list(contactsField, allowEmpty: true) {
                for contact in contacts {
                    if let person = person(contact, partyID: id, defaultRole: .contactPerson) {
                        memberIDs.append(person.id)
                    }
                }
            }
            parties.append(Party(id: id, kind: kind, name: name, leaderID: leaderID, memberIDs: memberIDs))
        }
    }

    private mutating func person(_ field: YAMLField, partyID: String, defaultRole: PersonRole) -> Person? {
        guard let mapping = reader.mapping(field, required: ["id", "name", "email"], optional: ["role", "languages"]) else {
            return nil
        }
        let id = mapping["id"].flatMap(identifier)
        let name = mapping["name"].flatMap(reader.string)
        let email = mapping["email"].flatMap(emailAddress)
        let role = mapping["role"].map { reader.choice($0, of: PersonRole.self) } ?? defaultRole
        let languages = mapping["languages"].flatMap { reader.strings($0, allowEmpty: true) } ?? []
        guard let id, let name, let email, let role else { return nil }
        if NationalIdentityNumber.looksLike(id), let idField = mapping["id"] {
            reader.report(idField, .looksLikeNationalID)
            return nil
        }
        if people[id] != nil, let idField = mapping["id"] {
            reader.report(idField, .duplicateID(id))
            return nil
        }
        let person = Person(id: id, name: name, email: email, role: role, partyID: partyID, languages: languages)
        people[id] = person
        return person
    }

    private func emailAddress(_ field: YAMLField) -> String? {
        guard let text = reader.string(field) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" })
        guard valid else {
            reader.report(field, .invalidEmail(text))
            return nil
        }
        return text
    }

    /// A reference to a person defined under `parties`.
    func personReference(_ field: YAMLField) -> String? {
        guard let id = reader.string(field) else { return nil }
        guard people[id] != nil else {
            reader.report(field, .undefinedPerson(id))
            return nil
        }
        return id
    }

    /// A reference to a party defined under `parties`.
    func partyReference(_ field: YAMLField) -> Party? {
        guard let id = reader.string(field) else { return nil }
        guard let party = parties.first(where: { $0.id == id }) else {
            reader.report(field, .undefinedParty(id))
            return nil
        }
        return party
    }
}
