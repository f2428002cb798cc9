#!/usr/bin/env python3
"""Several `samkal serve` instances and `samkal invite` senders on one PostgreSQL store.

Usage:
    python3 Tests/Support/multi_instance.py SCENARIO SAMKAL REPOSITORY DATABASE_URL

SCENARIO is one of
    one-truth   two instances: a link made through A is served by B, a re-plan is seen by
                both, a reply recorded through A is listed by B, a link revoked through A
                is refused by B on the very next request;
    kill        a load generator talks to both instances, A is killed with SIGKILL in the
                middle: B answers every request, and every write acknowledged by either
                instance is in the store afterwards;
    senders     two `samkal invite` processes deliver one outbox to a real SMTP server on
                loopback (smtp_server.py): every message arrives exactly once;
    empty       two instances started together on an empty database leave it empty;
    health      an instance reaches its database through a TCP relay here; the relay is
                cut (every connection dropped, new ones refused): /healthz says 503; the
                relay comes back: /healthz says 200 again, with nothing restarted.

Prints one JSON object with what was seen; the Swift test (MultiInstanceTests) judges it.
Every process started here is stopped before it exits.
"""

import base64
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

scenario, samkal, repository, database = sys.argv[1:5]
example = os.path.join(repository, "calendars/afjord-nav-nord-fosen.yaml")
participants = os.path.join(repository, "calendars/afjord-deltakere.csv")
agreement = "afjord-nav-nord-fosen"
started = []


def environment(data):
    env = dict(os.environ)
    for name in ["SAMKAL_LANG", "SAMKAL_BASE_URL", "SAMKAL_SERVER", "SAMKAL_TOKEN"]:
        env.pop(name, None)
    env.update({"SAMKAL_DATABASE_URL": database, "SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen", "SAMKAL_LANG": "en"})
    return env


def run(*arguments, data, check=True):
    done = subprocess.run([samkal, *arguments], env=environment(data), capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        sys.exit(f"samkal {' '.join(arguments)} failed ({done.returncode}): {done.stderr}")
    return done


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, token=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def serve(data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
    port = free_port()
    process = subprocess.Popen([samkal, "serve", "--port", str(port)], env=environment(data), stdout=stdout, stderr=stderr)
    started.append(process)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if request(port, "GET", "/healthz", timeout=2)[0] == 200:
                return process, port
        except OSError:
            pass
        if process.poll() is not None:
            sys.exit(f"samkal serve exited with {process.returncode}")
        time.sleep(0.1)
    sys.exit("samkal serve did not become healthy")


def prepare(data):
    """The example agreement with its participants planned for the spring, and a personal
    access token for the refugee service's contact person."""
    run("participants", "import", participants, "--agreement", example, data=data)
    run("plan", example, "--from", "2027-01-01", "--to", "2027-06-30", data=data)
    made = run("tokens", "create", "--person", "kari-vagen", "--expires", "30d", "--label", "multi-instance test", data=data)
    return next(word for word in made.stdout.split() if word.startswith("samkal_"))


def new_link(port, token):
    status, body = request(port, "POST", "/api/v1/feeds", {"agreement": agreement}, token=token)
    if status != 201:
        sys.exit(f"POST /api/v1/feeds answered {status}: {body[:200]!r}")
    created = json.loads(body)
    return created["feed"]["id"], created["token"]


def one_truth():
    data = tempfile.mkdtemp(prefix="samkal-mi-")
    token = prepare(data)
    _, a = serve(tempfile.mkdtemp(prefix="samkal-a-"))
    _, b = serve(tempfile.mkdtemp(prefix="samkal-b-"))
    seen = {}
    link, secret = new_link(a, token)
    path = f"/feeds/{secret}.ics"
    status_b, before = request(b, "GET", path)
    status_a, from_a = request(a, "GET", path)
    seen["made_on_a_served_by_b"] = status_b
    seen["same_feed_on_both"] = before == from_a
    seen["events_before"] = before.count(b"BEGIN:VEVENT")

    # A re-plan (the whole year now) committed by the command line: both feeds show it.
    run("plan", example, "--from", "2027-01-01", "--to", "2027-12-31", data=data)
    replan = {}
    for name, port in [("a", a), ("b", b)]:
        deadline = time.time() + 5
        waited = 0.0
        while True:
            _, after = request(port, "GET", path)
            if after.count(b"BEGIN:VEVENT") != seen["events_before"] or time.time() > deadline:
                break
            time.sleep(0.05)
            waited += 0.05
        replan[name] = {"events": after.count(b"BEGIN:VEVENT"), "waited": round(waited, 2)}
    seen["replan"] = replan

    # A reply recorded through A, listed by B.
    plan = json.loads(run("plan", example, "--from", "2027-01-01", "--to", "2027-12-31", "--json", data=data).stdout)
    leader = next(m for m in plan["meetings"] if m.get("kind") == "leaderMeeting")
    run("invite", "--outbox-dir", tempfile.mkdtemp(prefix="samkal-outbox-"), "--mark-sent", data=data)
    reply = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Per Håkon Lian:mailto:PER.HAKON.LIAN@NAV.EXAMPLE.NO",
        f"UID:{leader['uid']}", "SEQUENCE:0", "DTSTAMP:20261123T090000Z", "DTSTART;TZID=Europe/Oslo:20270301T090000",
        "SUMMARY:Godtatt: Ledermøte", "END:VEVENT", "END:VCALENDAR", "",
    ])
    status, body = request(a, "POST", "/api/v1/replies", {
        "file": "svar.ics", "message": base64.b64encode(reply.encode()).decode(), "from": "per.hakon.lian@nav.example.no",
    }, token=token)
    seen["reply_through_a"] = status
    status, body = request(b, "GET", "/api/v1/replies", token=token)
    listed = json.loads(body) if status == 200 else {}
    seen["replies_on_b"] = [
        {"attendee": r.get("attendee"), "answer": r.get("answer")} for r in listed.get("replies", []) if r.get("meeting") == leader["uid"]
    ]

    # Revoked through A: refused by B on the very next request.
    status, _ = request(a, "DELETE", f"/api/v1/feeds/{link}", token=token)
    seen["revoked_on_a"] = status
    seen["next_request_on_b"] = request(b, "GET", path)[0]
    seen["next_request_on_a"] = request(a, "GET", path)[0]
    return seen


def kill():
    data = tempfile.mkdtemp(prefix="samkal-mi-")
    token = prepare(data)
    process_a, a = serve(tempfile.mkdtemp(prefix="samkal-a-"))
    _, b = serve(tempfile.mkdtemp(prefix="samkal-b-"))
    _, secret = new_link(a, token)
    path = f"/feeds/{secret}.ics"
    killed = threading.Event()
    stop = threading.Event()
    lock = threading.Lock()
    counts = {"a_ok": 0, "a_failed_after_kill": 0, "a_failed_before_kill": 0, "b_ok": 0, "b_failed": 0}
    acknowledged = []
    errors = []

    def reader(index):
        turn = index
        while not stop.is_set():
            port = a if turn % 2 == 0 else b
            turn += 1
            try:
                status, _ = request(port, "GET", path, timeout=10)
                ok = status == 200
            except OSError as error:
                ok = False
                status = str(error)
            time.sleep(0.005)
            with lock:
                if port == b:
                    counts["b_ok" if ok else "b_failed"] += 1
                    if not ok:
                        errors.append(f"B: {status}")
                elif ok:
                    counts["a_ok"] += 1
                else:
                    counts["a_failed_after_kill" if killed.is_set() else "a_failed_before_kill"] += 1

    def writer():
        # Links made through both instances while they are loaded; each one acknowledged
        # (201) must be in the store after the kill.
        turn = 0
        while not stop.is_set():
            port = a if turn % 2 == 0 else b
            turn += 1
            try:
                status, body = request(port, "POST", "/api/v1/feeds", {"person": "ola-brattoy"}, token=token, timeout=10)
                if status == 201:
                    with lock:
                        acknowledged.append(json.loads(body)["feed"]["id"])
                elif port == b:
                    with lock:
                        errors.append(f"B write: {status}")
            except OSError as error:
                if port == b:
                    with lock:
                        errors.append(f"B write: {error}")
            time.sleep(0.05)

    # Steady load, not a flood: the rest of the test suite shares these two cores.
    threads = [threading.Thread(target=reader, args=(i,)) for i in range(2)] + [threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    killed.set()
    process_a.send_signal(signal.SIGKILL)
    process_a.wait()
    time.sleep(4)
    stop.set()
    for thread in threads:
        thread.join()
    listed = json.loads(run("feeds", "list", "--json", data=data).stdout)
    stored = {int(entry["id"]) for entry in listed}
    return {
        **counts, "errors": errors[:10], "acknowledged": len(acknowledged),
        "lost": sorted(set(acknowledged) - stored), "b_healthy": request(b, "GET", "/healthz")[0],
    }


def senders():
    data = tempfile.mkdtemp(prefix="samkal-mi-")
    prepare(data)
    maildir = tempfile.mkdtemp(prefix="samkal-mail-")
    server = subprocess.Popen(
        [sys.executable, os.path.join(repository, "Tests/Support/smtp_server.py"), "--maildir", maildir, "--port", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    started.append(server)
    port = int(server.stdout.readline().split()[1])
    env = environment(data)
    env.update({"SAMKAL_SMTP_HOST": "127.0.0.1", "SAMKAL_SMTP_PORT": str(port), "SAMKAL_SMTP_SECURITY": "none"})
    runs = [subprocess.Popen([samkal, "invite"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=300) for process in runs]
    outbox = json.loads(run("outbox", "--json", data=data).stdout)
    entries = outbox if isinstance(outbox, list) else outbox.get("messages", outbox.get("entries", []))
    arrived = {}
    for name in sorted(os.listdir(maildir)):
        if name.endswith(".eml"):
            with open(os.path.join(maildir, name), "rb") as handle:
                for line in handle.read().split(b"\r\n"):
                    if line.lower().startswith(b"message-id:"):
                        key = line.split(b":", 1)[1].strip().decode()
                        arrived[key] = arrived.get(key, 0) + 1
                        break
    return {
        "statuses": [process.returncode for process in runs], "stderr": [err[-500:] for _, err in outputs],
        "queued": len(entries), "sent": sum(1 for e in entries if e.get("status") == "sent"),
        "arrived": sum(arrived.values()), "distinct": len(arrived), "twice": sorted(k for k, n in arrived.items() if n > 1),
    }


class Relay:
    """A TCP relay from a loopback port to the database, which can be cut and restored."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.listener.listen(64)
        self.open = True
        self.sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets += [client, upstream]
            for source, target in [(client, upstream), (upstream, client)]:
                threading.Thread(target=self.pipe, args=(source, target), daemon=True).start()

    @staticmethod
    def pipe(source, target):
        try:
            while True:
                chunk = source.recv(65536)
                if not chunk:
                    break
                target.sendall(chunk)
        except OSError:
            pass
        for end in (source, target):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self):
        self.open = False
        with self.lock:
            for end in self.sockets:
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self.sockets = []

    def restore(self):
        self.open = True


def health():
    from urllib.parse import urlsplit, urlunsplit
    global database
    data = tempfile.mkdtemp(prefix="samkal-mi-")
    prepare(data)
    parts = urlsplit(database)
    relay = Relay(parts.port)
    relayed = parts._replace(netloc=parts.netloc.rsplit(":", 1)[0] + f":{relay.port}")
    database = urlunsplit(relayed)
    _, port = serve(tempfile.mkdtemp(prefix="samkal-a-"))

    def status():
        try:
            return request(port, "GET", "/healthz", timeout=10)[0]
        except OSError:
            return 0

    def until(wanted, seconds):
        started = time.time()
        while time.time() - started < seconds:
            if status() == wanted:
                return round(time.time() - started, 2)
            time.sleep(0.2)
        return None

    seen = {"before": status()}
    relay.cut()
    seen["unhealthy_after"] = until(503, 20)
    relay.restore()
    seen["healthy_again_after"] = until(200, 30)
    return seen


def empty():
    """Two instances started together on an empty database: neither fills it with the
    example (that is the embedded default's), both say how to fill it, and it stays empty."""
    said = []
    starting = []
    for name in ["a", "b"]:
        out = tempfile.TemporaryFile()
        err = tempfile.TemporaryFile()
        said.append((out, err))
        starting.append(threading.Thread(target=lambda out=out, err=err: serve(tempfile.mkdtemp(prefix="samkal-e-"), stdout=out, stderr=err)))
    for thread in starting:
        thread.start()
    for thread in starting:
        thread.join()
    seen = {"printed": [], "notes": []}
    for out, err in said:
        out.seek(0)
        err.seek(0)
        seen["printed"].append(out.read().decode())
        seen["notes"].append(err.read().decode())
    data = tempfile.mkdtemp(prefix="samkal-mi-")
    listed = run("feeds", "list", data=data, check=False)
    seen["feeds"] = {"status": listed.returncode, "stdout": listed.stdout, "stderr": listed.stderr}
    return seen


try:
    result = {"one-truth": one_truth, "kill": kill, "senders": senders, "health": health, "empty": empty}[scenario]()
    print(json.dumps(result))
finally:
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()
