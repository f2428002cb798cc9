#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for tests, built on aiosmtpd.

Usage:
    python3 Tests/Support/smtp_server.py --maildir DIR [--port 0]
        [--drop-during-data N] [--auth USER:PASSWORD]
        [--tls-cert CERT --tls-key KEY] [--reject-recipient ADDR ...]
        [--ignore-stdin]

Once listening, exactly one line "PORT <number>" is printed to stdout.
Nothing else is ever written to stdout; diagnostics go to stderr.

Every accepted message is stored in DIR as NNNN.eml (the exact DATA bytes as
received, after SMTP dot-unstuffing) and NNNN.json (envelope information).
The .json is renamed into place before the .eml, so a reader that sees
NNNN.eml may rely on NNNN.json existing.  "250 OK" is sent only after both
files are on disk.

The server exits on SIGTERM, SIGINT, or when its stdin reaches EOF (unless
--ignore-stdin is given).  A test harness must therefore give the server a
pipe as stdin and keep the write end open for as long as the server is needed;
with stdin connected to /dev/null the server would stop immediately.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

log = logging.getLogger("smtp_server")


class TestSMTP(SMTP):
    # aiosmtpd rejects DATA lines longer than 1001 octets with "500 Line too
    # long".  We accept (almost) anything so that the message is stored and
    # inspect_mail.py can report over-long lines as a defect instead.
    line_length_limit = 1 << 20


class Handler:
    def __init__(self, maildir, drop_during_data, reject_recipients, auth_enabled):
        self.maildir = maildir
        self.drops_remaining = drop_during_data
        self.reject_recipients = {a.lower() for a in reject_recipients}
        self.auth_enabled = auth_enabled
        self.counter = self._initial_counter()

    def _initial_counter(self):
        highest = 0
        for name in os.listdir(self.maildir):
            stem, ext = os.path.splitext(name)
            if ext in (".eml", ".json") and stem.isdigit():
                highest = max(highest, int(stem))
        return highest

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.auth_enabled:
            # Without --auth we do not offer AUTH at all (aiosmtpd would
            # otherwise advertise mechanisms that always fail).
            responses = [r for r in responses if not r[4:].upper().startswith("AUTH")]
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject_recipients:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drops_remaining > 0:
            self.drops_remaining -= 1
            log.warning("dropping connection from %r during DATA (%d drops left)",
                        session.peer, self.drops_remaining)
            transport = server.transport
            if transport is not None:
                transport.close()
            # Never return: connection_lost() cancels this coroutine, so no
            # reply is ever written and nothing is stored.
            await asyncio.Event().wait()
            return "421 unreachable"

        self.counter += 1
        stem = "%04d" % self.counter
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "peer": list(session.peer) if isinstance(session.peer, tuple) else session.peer,
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "helo": session.host_name,
            "tls": session.ssl is not None,
            "auth_login": (session.auth_data.login.decode("utf-8", "replace")
                           if isinstance(session.auth_data, LoginPassword) else None),
        }
        self._atomic_write(stem + ".json",
                           json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
        self._atomic_write(stem + ".eml", bytes(envelope.original_content))
        log.info("stored %s.eml (%d bytes)", stem, len(envelope.original_content))
        return "250 OK"

    def _atomic_write(self, name, data):
        final = os.path.join(self.maildir, name)
        tmp = os.path.join(self.maildir, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)


def make_authenticator(user, password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        if (isinstance(auth_data, LoginPassword)
                and auth_data.login == user.encode("utf-8")
                and auth_data.password == password.encode("utf-8")):
            return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)
    return authenticator


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--maildir", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--drop-during-data", type=int, default=0, metavar="N")
    p.add_argument("--auth", metavar="USER:PASSWORD")
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--reject-recipient", action="append", default=[], metavar="ADDR")
    p.add_argument("--ignore-stdin", action="store_true",
                   help="do not exit when stdin reaches EOF")
    args = p.parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        p.error("--tls-cert and --tls-key must be given together")
    if args.auth is not None and ":" not in args.auth:
        p.error("--auth must be USER:PASSWORD")
    return args


async def serve(args):
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    os.makedirs(args.maildir, exist_ok=True)
    handler = Handler(args.maildir, args.drop_during_data, args.reject_recipient,
                      auth_enabled=args.auth is not None)

    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)

    smtp_kwargs = dict(
        hostname="localhost",
        ident="aiosmtpd test server",
        decode_data=False,
        enable_SMTPUTF8=False,
        tls_context=tls_context,
        require_starttls=tls_context is not None,
        timeout=60,
    )
    if args.auth is not None:
        user, password = args.auth.split(":", 1)
        smtp_kwargs.update(
            auth_required=True,
            auth_require_tls=tls_context is not None,
            authenticator=make_authenticator(user, password),
        )

    def factory():
        with warnings.catch_warnings():
            # "Requiring AUTH while not requiring TLS ..." -- intended here.
            warnings.simplefilter("ignore")
            return TestSMTP(handler, loop=loop, **smtp_kwargs)

    server = await loop.create_server(factory, host="127.0.0.1", port=args.port)
    port = server.sockets[0].getsockname()[1]

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    if not args.ignore_stdin:
        def watch_stdin():
            # os.read on the raw fd: a daemon thread blocked inside the
            # buffered sys.stdin object aborts interpreter shutdown.
            try:
                while os.read(0, 65536):
                    pass
            except OSError:
                pass
            log.info("stdin reached EOF, stopping")
            loop.call_soon_threadsafe(stop.set)
        threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()

    sys.stdout.write("PORT %d\n" % port)
    sys.stdout.flush()

    await stop.wait()
    server.close()


class _QuietAuthWarning(logging.Filter):
    # aiosmtpd logs "auth_required == True but auth_require_tls == False" for
    # every connection (plain-text AUTH is intended here), and its own AUTH
    # code trips its "Session.login_data is deprecated" warning on success.
    def filter(self, record):
        message = record.getMessage()
        return not ("auth_require_tls == False" in message
                    or "login_data is deprecated" in message)


def main(argv=None):
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING,
                        format="smtp_server: %(levelname)s %(name)s: %(message)s")
    logging.getLogger("mail.log").addFilter(_QuietAuthWarning())
    args = parse_args(argv)
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        pass
    sys.stdout.flush()
    sys.stderr.flush()
    # Do not wait for / finalize around the stdin watcher thread.
    os._exit(0)


if __name__ == "__main__":
    main()
