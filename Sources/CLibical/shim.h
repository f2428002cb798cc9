#ifndef SAMKAL_CLIBICAL_SHIM_H
#define SAMKAL_CLIBICAL_SHIM_H

#include <libical/ical.h>

/// `icalerrno` is a macro over a thread-local lookup; Swift cannot read it directly.
static inline icalerrorenum samkal_icalerrno(void) {
    return icalerrno;
}

/// Resets the error state before a call whose failure we want to detect.
static inline void samkal_icalerror_clear(void) {
    icalerror_clear_errno();
}

#endif
