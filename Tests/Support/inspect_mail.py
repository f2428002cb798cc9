#!/usr/bin/env python3
"""Independent MIME + iCalendar reader for tests.

Usage:
    python3 Tests/Support/inspect_mail.py FILE.eml [FILE.eml ...]

Prints one JSON array to stdout (UTF-8), one object per file in argument
order.  Parsing uses only the standard library ``email`` package (bytes
parser, ``policy=email.policy.default``) and ``icalendar``.  A file that
cannot be read/parsed yields {"file": ..., "error": ...}; the exit status is 0
as long as the arguments were usable.
"""

import email
import email.policy
import json
import re
import sys

import icalendar

MAX_LINE = 998


# --------------------------------------------------------------------------
# helpers

def clean(value):
    """Make every string JSON/UTF-8 safe (lone surrogates -> U+FFFD)."""
    if isinstance(value, str):
        if not _has_surrogate(value):
            return value
        try:
            # surrogateescape'd raw bytes (e.g. 8-bit header bytes): recover
            # them and decode as UTF-8.
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(s):
    return _SURROGATE.search(s) is not None


def header_str(msg, name):
    try:
        value = msg.get(name)
    except Exception as exc:  # header parser blew up
        return "<unparsable header: %s>" % exc
    if value is None:
        return None
    return str(value)


def address_lists(msg, name):
    """(rendered addresses, bare addr-specs) over all headers called name."""
    rendered, bare = [], []
    try:
        headers = msg.get_all(name) or []
    except Exception:
        return rendered, bare
    for h in headers:
        addresses = getattr(h, "addresses", None)
        if addresses is None:
            continue
        for a in addresses:
            rendered.append(str(a))
            bare.append(a.addr_spec)
    return rendered, bare


def raw_header_section(raw):
    """The raw bytes of the top-level header section (without the blank line)."""
    m = re.search(rb"\r?\n\r?\n", raw)
    if m is None:
        return raw
    if raw.startswith(b"\r\n") or raw.startswith(b"\n"):
        return b""
    return raw[:m.start()]


def raw_header_value(raw, name):
    """Undecoded, unfolded value of the first header `name` in the raw file."""
    section = raw_header_section(raw)
    # Unfold: a line break followed by whitespace continues the header.
    unfolded = re.sub(rb"\r?\n(?=[ \t])", b"", section)
    prefix = name.lower().encode("ascii") + b":"
    for line in re.split(rb"\r?\n", unfolded):
        if line.lower().startswith(prefix):
            value = line[len(prefix):].strip(b" \t")
            return value.decode("utf-8", "replace")
    return None


def split_raw_lines(raw):
    """Split on CRLF, or a bare LF/CR; returns the line contents only."""
    return re.split(rb"\r\n|\n|\r", raw)


def raw_defects(raw, boundaries):
    defects = []

    # Over-long lines (octets, excluding the line terminator).
    for number, line in enumerate(split_raw_lines(raw), start=1):
        if len(line) > MAX_LINE:
            defects.append("line %d is %d octets long (limit %d)" % (number, len(line), MAX_LINE))

    # Bare LF / bare CR.
    bare_lf = [m.start() for m in re.finditer(rb"(?<!\r)\n", raw)]
    bare_cr = [m.start() for m in re.finditer(rb"\r(?!\n)", raw)]
    if bare_lf:
        defects.append("bare LF (LF not preceded by CR): %d occurrence(s), first at byte offset %d"
                       % (len(bare_lf), bare_lf[0]))
    if bare_cr:
        defects.append("bare CR (CR not followed by LF): %d occurrence(s), first at byte offset %d"
                       % (len(bare_cr), bare_cr[0]))

    # Non-ASCII bytes in raw header lines (top-level header section and the
    # header section of every MIME part, found via the multipart boundaries).
    delimiters = {b"--" + b.encode("ascii", "replace") for b in boundaries if b}
    in_header = True
    for number, line in enumerate(split_raw_lines(raw), start=1):
        if in_header:
            if line == b"":
                in_header = False
                continue
            if any(byte >= 0x80 for byte in line):
                defects.append("header line %d contains non-ASCII bytes: %r"
                               % (number, line[:120].decode("utf-8", "replace")))
        else:
            if line.rstrip(b" \t") in delimiters:
                in_header = True
    return defects


def email_defects(msg):
    defects = []

    def add(where, defect):
        text = str(defect)
        defects.append("%s: %s%s" % (where, type(defect).__name__, (": " + text) if text else ""))

    for path, part in walk_with_path(msg):
        where = "message" if not path else "part " + ".".join(str(i) for i in path)
        for d in part.defects:
            add(where, d)
        try:
            for name, value in part.items():
                for d in getattr(value, "defects", ()):
                    add("%s header %s" % (where, name), d)
        except Exception as exc:
            defects.append("%s: header parsing failed: %s" % (where, exc))
    return defects


def walk_with_path(part, path=()):
    yield path, part
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for i, sub in enumerate(payload, start=1):
                yield from walk_with_path(sub, path + (i,))


def describe(part):
    ctype = part.get_content_type()
    if part.is_multipart():
        payload = part.get_payload()
        subparts = payload if isinstance(payload, list) else []
        return {
            "content_type": ctype,
            "boundary": part.get_boundary(),
            "parts": [describe(p) for p in subparts],
        }
    cte = part.get("Content-Transfer-Encoding")
    return {
        "content_type": ctype,
        "charset": part.get_param("charset"),
        "method": part.get_param("method"),
        "transfer_encoding": str(cte).strip().lower() if cte is not None else None,
        "disposition": part.get_content_disposition(),
        "filename": part.get_filename(),
    }


def decoded_text(part):
    try:
        return part.get_content()
    except Exception:
        payload = part.get_payload(decode=True) or b""
        return payload.decode(part.get_content_charset() or "utf-8", "replace") \
            if _codec_ok(part.get_content_charset()) else payload.decode("utf-8", "replace")


def _codec_ok(name):
    import codecs
    if not name:
        return False
    try:
        codecs.lookup(name)
        return True
    except LookupError:
        return False


def first_leaf(msg, ctype, skip_attachments=True):
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_type() != ctype:
            continue
        if skip_attachments and part.get_content_disposition() == "attachment" and ctype != "text/calendar":
            continue
        return part
    return None


# --------------------------------------------------------------------------
# iCalendar

def ical_text(component, name):
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0]
    return str(value)


def ical_time(component, name):
    prop = component.get(name)
    if prop is None:
        return None, None, None
    if isinstance(prop, list):
        prop = prop[0]
    dt = getattr(prop, "dt", None)
    iso = dt.isoformat() if hasattr(dt, "isoformat") else (str(dt) if dt is not None else None)
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    try:
        raw = prop.to_ical()
        raw = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    except Exception:
        raw = None
    return iso, (str(tzid) if tzid is not None else None), raw


def bare_address(value):
    if value is None:
        return None
    s = str(value).strip()
    if s.lower().startswith("mailto:"):
        s = s[len("mailto:"):]
    return s


def param(prop, name):
    params = getattr(prop, "params", None)
    if params is None:
        return None
    value = params.get(name)
    return str(value) if value is not None else None


def describe_event(ev):
    dtstart, dtstart_tzid, dtstart_raw = ical_time(ev, "DTSTART")
    dtend, dtend_tzid, dtend_raw = ical_time(ev, "DTEND")
    dtstamp, _, _ = ical_time(ev, "DTSTAMP")
    recurrence_id, _, recurrence_id_raw = ical_time(ev, "RECURRENCE-ID")

    seq = ev.get("SEQUENCE")
    try:
        sequence = int(seq) if seq is not None else None
    except (TypeError, ValueError):
        sequence = str(seq)

    organizer_prop = ev.get("ORGANIZER")
    attendees_prop = ev.get("ATTENDEE")
    if attendees_prop is None:
        attendees_prop = []
    elif not isinstance(attendees_prop, list):
        attendees_prop = [attendees_prop]

    rrule = ev.get("RRULE")
    return {
        "uid": ical_text(ev, "UID"),
        "sequence": sequence,
        "status": ical_text(ev, "STATUS"),
        "summary": ical_text(ev, "SUMMARY"),
        "description": ical_text(ev, "DESCRIPTION"),
        "location": ical_text(ev, "LOCATION"),
        "dtstart": dtstart,
        "dtstart_tzid": dtstart_tzid,
        "dtstart_raw": dtstart_raw,
        "dtend": dtend,
        "dtend_tzid": dtend_tzid,
        "dtend_raw": dtend_raw,
        "dtstamp": dtstamp,
        "organizer": bare_address(organizer_prop),
        "organizer_cn": param(organizer_prop, "CN") if organizer_prop is not None else None,
        "attendees": [
            {
                "address": bare_address(a),
                "cn": param(a, "CN"),
                "partstat": param(a, "PARTSTAT"),
                "rsvp": param(a, "RSVP"),
                "role": param(a, "ROLE"),
            }
            for a in attendees_prop
        ],
        "recurrence_id": recurrence_id,
        "recurrence_id_raw": recurrence_id_raw,
        "rrule": rrule.to_ical().decode("utf-8", "replace") if rrule is not None else None,
    }


def describe_calendar(part):
    data = part.get_payload(decode=True) or b""
    method_param = part.get_param("method")
    result = {
        "content_type_method": str(method_param).upper() if method_param is not None else None,
    }
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        result["error"] = "icalendar could not parse the part: %s" % exc
        return result
    result.update({
        "method": ical_text(cal, "METHOD"),
        "prodid": ical_text(cal, "PRODID"),
        "version": ical_text(cal, "VERSION"),
        "timezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")],
        "events": [describe_event(ev) for ev in cal.walk("VEVENT")],
    })
    return result


# --------------------------------------------------------------------------

def inspect_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)

    to_rendered, to_bare = address_lists(msg, "to")
    from_rendered, from_bare = address_lists(msg, "from")
    date_header = msg.get("date")
    date_iso = None
    try:
        if date_header is not None and getattr(date_header, "datetime", None) is not None:
            date_iso = date_header.datetime.isoformat()
    except Exception:
        pass

    headers = {
        "from": header_str(msg, "from"),
        "from_address": from_bare[0] if from_bare else None,
        "to": to_rendered,
        "to_addresses": to_bare,
        "cc_addresses": address_lists(msg, "cc")[1],
        "subject": header_str(msg, "subject"),
        "raw_subject": raw_header_value(raw, "subject"),
        "message_id": header_str(msg, "message-id"),
        "date": header_str(msg, "date"),
        "date_iso": date_iso,
        "mime_version": header_str(msg, "mime-version"),
        "content_type": msg.get_content_type(),
        "content_type_header": header_str(msg, "content-type"),
    }

    boundaries = [p.get_boundary() for p in msg.walk() if p.is_multipart()]
    defects = email_defects(msg) + raw_defects(raw, boundaries)

    text_part = first_leaf(msg, "text/plain")
    html_part = first_leaf(msg, "text/html")
    cal_part = first_leaf(msg, "text/calendar")

    return {
        "file": path,
        "headers": headers,
        "header_names": [name for name, _ in msg.raw_items()],
        "header_defects": defects,
        "structure": describe(msg),
        "text": decoded_text(text_part) if text_part is not None else None,
        "html": decoded_text(html_part) if html_part is not None else None,
        "calendar": describe_calendar(cal_part) if cal_part is not None else None,
        "calendar_raw": decoded_text(cal_part) if cal_part is not None else None,
    }


def main(argv):
    if not argv:
        sys.stderr.write("usage: inspect_mail.py FILE.eml [FILE.eml ...]\n")
        return 2
    results = []
    for path in argv:
        try:
            results.append(inspect_file(path))
        except Exception as exc:
            results.append({"file": path, "error": "%s: %s" % (type(exc).__name__, exc)})
    out = json.dumps(clean(results), ensure_ascii=False, indent=2)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
