#!/usr/bin/env python3
"""samkal's web pages in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by selenium, against `samkal serve` and the test OpenID provider
(Tests/Support/oidc_provider.py), both started here on loopback.

Each role signs in through the provider's login page, looks at every page, and must see
what the need-to-know rules allow and nothing else; the forms (making and revoking a
calendar link, signing out) must work and refuse a forged post; every page is checked
with axe-core (WCAG 2.1 A and AA rules) and must have no violation; a screenshot of each
page is saved.

Usage:
    python3 Tests/Support/browser_check.py --samkal .build/debug/samkal --data DATA_DIR \
        --screenshots DIR [--axe PATH/axe.min.js]

DATA_DIR holds a store with the Åfjord example planned for 2027 (the Swift test that runs
this prepares it). Prints one line per check and exits non-zero on the first failure.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))

# Who signs in, and what they must and must not see.
ROLES = {
    "kari-vagen": {  # the refugee service's contact person
        "email": "kari.vagen@afjord.example.no",
        "overview": ["Innkallinger som ikke er sendt", "Møter som ikke kunne legges", "deltakeren har ingen NAV-veileder"],
        "internal": ["Amanuel Tesfay", "Frister for registrering i NIR"],
        "never": [],
    },
    "jonas-odegard": {  # a NAV advisor who follows participants
        "email": "jonas.odegard@nav.example.no",
        "overview": ["Deltakere du følger", "Amanuel Tesfay"],
        "internal_refused": True,
        "never": ["Ahmad Rahimi", "Innkallinger som ikke er sendt"],
    },
    "per-hakon-lian": {  # the NAV office's leader
        "email": "per.hakon.lian@nav.example.no",
        "overview": ["Møter denne uken"],
        "internal": ["Deltakerne (antall, uten navn)", "Ledermøte"],
        "never": ["Amanuel", "Rahel", "Olena", "Ahmad", "Fatima", "D-004", "Frister for registrering i NIR"],
    },
    "tolk-tigrinja": {  # an interpreter
        "email": "yonas.berhe@tolk.example.no",
        "overview": ["Tolkeoppdrag"],
        "internal_refused": True,
        "never": ["Amanuel", "Rahel", "Olena", "Ahmad", "Fatima", "D-004", "Trekantsamtale"],
    },
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check(condition, text):
    print(("ok   " if condition else "FAIL ") + text, flush=True)
    if not condition:
        raise SystemExit(1)


def start_provider():
    provider = subprocess.Popen(
        [sys.executable, os.path.join(HERE, "oidc_provider.py"), "--port", "0"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    line = provider.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        raise SystemExit("the test identity provider did not start")
    return provider, f"http://127.0.0.1:{line[1]}"


def start_samkal(binary, data, issuer):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = dict(os.environ, SAMKAL_DATA=data, SAMKAL_BASE_URL="")
    server = subprocess.Popen(
        [binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--base-url", base,
         "--oidc-issuer", issuer, "--oidc-audience", "samkal-web"],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    for _ in range(200):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return server, base
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    server.kill()
    raise SystemExit("samkal serve did not start: " + (server.stderr.read() or ""))


def browser(width, height):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=nb-NO"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nb-NO,nb"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe_violations(driver, axe_source):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.html).slice(0, 3)})))))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));"
    )
    return json.loads(result)


def look(driver, base, path, name, screenshots, axe_source):
    driver.get(base + path)
    return inspect(driver, name, screenshots, axe_source)


def inspect(driver, name, screenshots, axe_source):
    """The page the browser shows: checked with axe-core, photographed, its source returned."""
    page = driver.page_source
    violations = axe_violations(driver, axe_source)
    check(not violations, f"{name}: axe-core finds no WCAG 2.1 A/AA violation" + ("" if not violations else f": {violations}"))
    driver.save_screenshot(os.path.join(screenshots, name + ".png"))
    return page


def sign_in(driver, base, email):
    driver.get(base + "/oversikt")
    check("/authorize" in driver.current_url, f"{email}: an unsigned visit goes to the identity provider")
    driver.find_element(By.ID, "email").send_keys(email)
    submit(driver, "#signin")
    WebDriverWait(driver, 10).until(lambda d: d.current_url.startswith(base + "/"))
    check(driver.current_url.startswith(base + "/oversikt"), f"{email}: signed in, back on Oversikt" + ("" if driver.current_url.startswith(base + "/oversikt") else f" ({driver.current_url}): " + driver.page_source[-800:]))


def submit(driver, selector):
    """Clicks the button `selector` finds and waits for the page that answers."""
    before = driver.execute_script("return performance.timeOrigin")

    def answered(d):
        try:
            return d.execute_script("return document.readyState === 'complete' && performance.timeOrigin") not in (False, before)
        except Exception:  # the old document went away mid-question: ask again
            return False

    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 10).until(answered)


def session_cookie(driver):
    for cookie in driver.get_cookies():
        if cookie["name"] == "__Host-samkal-session":
            return cookie
    return None


def request(base, path, cookie, data=None, origin=None):
    headers = {"Cookie": f"{cookie['name']}={cookie['value']}"}
    if origin:
        headers["Origin"] = origin
    body = data.encode() if data is not None else None
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    req = urllib.request.Request(base + path, data=body, headers=headers, method="POST" if body is not None else "GET")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *arguments):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--samkal", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--screenshots", required=True)
    parser.add_argument("--axe", default=None)
    arguments = parser.parse_args()
    os.makedirs(arguments.screenshots, exist_ok=True)
    axe_path = arguments.axe
    if axe_path is None:
        import axe_playwright_python
        axe_path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(axe_path, encoding="utf-8") as handle:
        axe_source = handle.read()

    provider, issuer = start_provider()
    server, base = start_samkal(arguments.samkal, arguments.data, issuer)
    participant_href = None
    try:
        for role, expected in ROLES.items():
            driver = browser(1280, 1600)
            try:
                sign_in(driver, base, expected["email"])
                cookie = session_cookie(driver)
                check(cookie is not None and cookie["httpOnly"] and cookie["secure"] and cookie.get("sameSite") == "Strict",
                      f"{role}: the session cookie is HttpOnly, Secure and SameSite=Strict")
                status, headers, _ = request(base, "/oversikt?from=2027-03-01", cookie)
                policy = headers.get("Content-Security-Policy", "")
                check(status == 200 and "default-src 'none'" in policy and "script-src" not in policy,
                      f"{role}: pages carry a strict Content-Security-Policy (no scripts at all)")

                overview = look(driver, base, "/oversikt?from=2027-03-01", f"{role}-oversikt", arguments.screenshots, axe_source)
                for text in expected["overview"]:
                    check(text in overview, f"{role}: Oversikt shows “{text}”")
                internal = look(driver, base, "/internkontroll?year=2027", f"{role}-internkontroll", arguments.screenshots, axe_source)
                if expected.get("internal_refused"):
                    check("Ikke tilgang" in internal, f"{role}: Internkontroll is refused")
                for text in expected.get("internal", []):
                    check(text in internal, f"{role}: Internkontroll shows “{text}”")
                subscriptions = look(driver, base, "/abonnement", f"{role}-abonnement", arguments.screenshots, axe_source)
                pages = [overview, internal, subscriptions]

                if role == "jonas-odegard":
                    driver.get(base + "/oversikt")
                    link = driver.find_element(By.PARTIAL_LINK_TEXT, "Amanuel Tesfay")
                    href = link.get_attribute("href")
                    check("D-0042" not in href, f"{role}: a participant's address does not show the case id")
                    participant = look(driver, base, href[len(base):], f"{role}-deltaker", arguments.screenshots, axe_source)
                    check("<svg" in participant and "Oppmøte" in participant, f"{role}: Deltaker draws the timeline and attendance")
                    pages.append(participant)
                    minutes = driver.find_elements(By.CSS_SELECTOR, "a[href^='/referat/']")
                    check(bool(minutes), f"{role}: Deltaker links to the minutes they may read")
                    record = look(driver, base, minutes[0].get_attribute("href")[len(base):], f"{role}-referat",
                                  arguments.screenshots, axe_source)
                    check("Referat" in record, f"{role}: the minutes open from the participant's page")
                    pages.append(record)
                    participant_href = href
                if role == "tolk-tigrinja" and participant_href:
                    # Someone who does not follow the participant is refused the same address.
                    driver.get(participant_href)
                    check("Ikke tilgang" in driver.page_source, f"{role}: a followed participant's page is refused to an interpreter")

                for page in pages:
                    for text in expected["never"]:
                        check(text not in page, f"{role}: no page shows “{text}”")

                # A forged form (no CSRF token, or from another site) changes nothing.
                status, _, _ = request(base, "/abonnement", cookie, data="subject=own")
                check(status == 403, f"{role}: a form without the CSRF token is refused")
                driver.get(base + "/abonnement")
                token = driver.find_element(By.NAME, "csrf").get_attribute("value")
                status, _, _ = request(base, "/abonnement", cookie, data=f"csrf={token}&subject=own", origin="https://evil.example")
                check(status == 403, f"{role}: a form posted from another site is refused")

                # Making and revoking one's own calendar link.
                submit(driver, "form[action='/abonnement'] button")
                made = driver.page_source
                check("webcal://" in made and "<svg class=\"qr\"" in made,
                      f"{role}: a new link shows webcal and https with a QR code" + ("" if "webcal://" in made else ": " + made[:2500]))
                inspect(driver, f"{role}-abonnement-ny", arguments.screenshots, axe_source)
                submit(driver, "form[action='/abonnement/trekk-tilbake'] button")
                check("trukket tilbake" in driver.page_source, f"{role}: the link is revoked from the page")

                # On a phone.
                driver.set_window_size(390, 844)
                look(driver, base, "/oversikt?from=2027-03-01", f"{role}-oversikt-telefon", arguments.screenshots, axe_source)
                driver.set_window_size(1280, 1600)

                # Signing out ends the session: the old cookie is refused afterwards.
                driver.get(base + "/oversikt")
                submit(driver, "form.signout button")
                check(driver.current_url.startswith(base + "/logget-ut"), f"{role}: signed out")
                look(driver, base, "/logget-ut", f"{role}-logget-ut", arguments.screenshots, axe_source)
                status, headers, _ = request(base, "/oversikt", cookie)
                check(status == 303 and "/login" in headers.get("Location", ""), f"{role}: the ended session is refused")
            finally:
                driver.quit()
        print("all checks passed", flush=True)
    finally:
        server.terminate()
        provider.stdin.close()  # the provider stops when its stdin ends
        server.wait(timeout=10)
        try:
            provider.wait(timeout=10)
        except subprocess.TimeoutExpired:
            provider.kill()


if __name__ == "__main__":
    main()
