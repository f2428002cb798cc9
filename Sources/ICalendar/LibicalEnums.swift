import CLibical

// Mappings between the value model's enums and libical's C enums.

extension ICalMethod {
    var libicalValue: icalproperty_method {
        switch self {
        case .publish: ICAL_METHOD_PUBLISH
        case .request: ICAL_METHOD_REQUEST
        case .reply: ICAL_METHOD_REPLY
        case .cancel: ICAL_METHOD_CANCEL
        }
    }

    init?(libicalValue: icalproperty_method) {
        switch libicalValue {
        case ICAL_METHOD_PUBLISH: self = .publish
        case ICAL_METHOD_REQUEST: self = .request
        case ICAL_METHOD_REPLY: self = .reply
        case ICAL_METHOD_CANCEL: self = .cancel
        default: return nil
        }
    }
}

extension ICalEventStatus {
    var libicalValue: icalproperty_status {
        switch self {
        case .tentative: ICAL_STATUS_TENTATIVE
        case .confirmed: ICAL_STATUS_CONFIRMED
        case .cancelled: ICAL_STATUS_CANCELLED
        }
    }

    init?(libicalValue: icalproperty_status) {
        switch libicalValue {
        case ICAL_STATUS_TENTATIVE: self = .tentative
        case ICAL_STATUS_CONFIRMED: self = .confirmed
        case ICAL_STATUS_CANCELLED: self = .cancelled
        default: return nil
        }
    }
}

extension ICalParticipationRole {
    var libicalValue: icalparameter_role {
        switch self {
        case .chair: ICAL_ROLE_CHAIR
        case .required: ICAL_ROLE_REQPARTICIPANT
        case .optional: ICAL_ROLE_OPTPARTICIPANT
        case .nonParticipant: ICAL_ROLE_NONPARTICIPANT
        }
    }

    init(libicalValue: icalparameter_role) {
        switch libicalValue {
        case ICAL_ROLE_CHAIR: self = .chair
        case ICAL_ROLE_OPTPARTICIPANT: self = .optional
        case ICAL_ROLE_NONPARTICIPANT: self = .nonParticipant
        default: self = .required
        }
    }
}

extension ICalParticipationStatus {
    var libicalValue: icalparameter_partstat {
        switch self {
        case .needsAction: ICAL_PARTSTAT_NEEDSACTION
        case .accepted: ICAL_PARTSTAT_ACCEPTED
        case .declined: ICAL_PARTSTAT_DECLINED
        case .tentative: ICAL_PARTSTAT_TENTATIVE
        case .delegated: ICAL_PARTSTAT_DELEGATED
        }
    }

    init(libicalValue: icalparameter_partstat) {
        switch libicalValue {
        case ICAL_PARTSTAT_ACCEPTED: self = .accepted
        case ICAL_PARTSTAT_DECLINED: self = .declined
        case ICAL_PARTSTAT_TENTATIVE: self = .tentative
        case ICAL_PARTSTAT_DELEGATED: self = .delegated
        default: self = .needsAction
        }
    }
}

extension ICalCalendarUserType {
    var libicalValue: icalparameter_cutype {
        switch self {
        case .individual: ICAL_CUTYPE_INDIVIDUAL
        case .group: ICAL_CUTYPE_GROUP
        case .resource: ICAL_CUTYPE_RESOURCE
        case .room: ICAL_CUTYPE_ROOM
        }
    }

    init?(libicalValue: icalparameter_cutype) {
        switch libicalValue {
        case ICAL_CUTYPE_INDIVIDUAL: self = .individual
        case ICAL_CUTYPE_GROUP: self = .group
        case ICAL_CUTYPE_RESOURCE: self = .resource
        case ICAL_CUTYPE_ROOM: self = .room
        default: return nil
        }
    }
}
