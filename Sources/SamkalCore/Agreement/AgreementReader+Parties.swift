extension AgreementReader {
    mutating func readParties(_ field: YAMLField) {
        guard let items = reader.list(field) else { return }
        var partyIDs: Set<String> = []
        for item in items {
            if AgreementReferences.hasFrom(item) {
                readReferencedParty(item, partyIDs: &partyIDs)
                continue
            }
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

    /// `{ id: P, from: A, contacts: [..] }`: party P as agreement A defines it (kind, name,
    /// leader), with the contacts listed (all of them without `contacts`). Its people are
    /// the same people as in A: one id, one person, one calendar.
    private mutating func readReferencedParty(_ item: YAMLField, partyIDs: inout Set<String>) {
        guard let mapping = reader.mapping(item, required: ["id", "from"], optional: ["contacts"]),
              let idField = mapping["id"], let id = identifier(idField),
              let source = mapping["from"].flatMap({ referencedAgreement($0) })
        else { return }
        guard let party = source.party(id) else {
            reader.report(idField, .notInReferencedAgreement(id: id, agreement: source.id))
            return
        }
        guard partyIDs.insert(id).inserted else {
            reader.report(idField, .duplicateID(id))
            return
        }
        var memberIDs = party.leaderID.map { [$0] } ?? []
        if let contactsField = mapping["contacts"], let contacts = reader.list(contactsField, allowEmpty: true) {
            for contact in contacts {
                guard let contactID = reader.string(contact) else { continue }
                // The leader is always there; naming them too is no error.
                if contactID == party.leaderID { continue }
                guard party.memberIDs.contains(contactID) else {
                    reader.report(contact, .notInReferencedAgreement(id: contactID, agreement: source.id))
                    continue
                }
                if !memberIDs.contains(contactID) { memberIDs.append(contactID) }
            }
        } else {
            memberIDs = party.memberIDs
        }
        for memberID in memberIDs {
            guard let person = source.people[memberID] else { continue }
            if people[memberID] != nil {
                reader.report(idField, .duplicateID(memberID))
                continue
            }
            people[memberID] = person
        }
        parties.append(Party(id: id, kind: party.kind, name: party.name, leaderID: party.leaderID, memberIDs: memberIDs))
    }

    /// The agreement a `from:` names, if the caller found it and it shares this one's time zone.
    func referencedAgreement(_ field: YAMLField) -> Agreement? {
        guard let id = reader.string(field) else { return nil }
        guard let agreement = referenced[id] else {
            reader.report(field, .unknownReferencedAgreement(id))
            return nil
        }
        guard agreement.timeZoneID == timeZoneID else {
            reader.report(field, .referencedZoneDiffers(agreement: id, zone: agreement.timeZoneID))
            return nil
        }
        return agreement
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
