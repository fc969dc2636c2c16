#!/usr/bin/env python3
"""Loads the HTML report in headless Chromium, the way a reviewer's browser
would, and checks what the page became after its script ran:

- one card per finding of the JSON report of the same corpus, each with
  its subject and severity;
- the filter script ran (it marks <html class="js"> and counts the cards);
- nothing the sources smuggled in ran: no element carries data-pwned, the
  title is the report's own, and the pasted markup is there as text;
- a PNG screenshot of the page is written.

Usage: check_html_report.py CHROMIUM REPORT.html REPORT.json SCREENSHOT.png
Exit 0 when every check passes, 1 otherwise (each failure printed).
"""
import html.parser
import json
import os
import pathlib
import subprocess
import sys
import tempfile


def chromium(binary, profile, *args):
    # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-dev-shm-usage",
               "--hide-scrollbars", "--no-first-run",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True,
                          timeout=120, check=False)


class Dom(html.parser.HTMLParser):
    """What the checks need from the serialised DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cards = []          # (subject, severity) per card
        self.html_classes = ""
        self.pwned = []
        self.title = ""
        self.count = ""
        self.text = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-pwned" in a:
            self.pwned.append(f"<{tag} data-pwned={a['data-pwned']}>")
        if tag == "html":
            self.html_classes = a.get("class") or ""
        if tag == "article" and "card" in (a.get("class") or ""):
            self.cards.append((a.get("data-subject"), a.get("data-severity")))
        if tag == "title":
            self._in = "title"
        if a.get("id") == "f-count":
            self._in = "count"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in == "title":
            self.title += data
        elif self._in == "count":
            self.count += data


def main():
    binary, report, expected, screenshot = sys.argv[1:5]
    url = pathlib.Path(report).resolve().as_uri()
    findings = json.loads(pathlib.Path(expected).read_text())["findings"]
    failures = []
    with tempfile.TemporaryDirectory() as profile:
        dumped = chromium(binary, profile, "--virtual-time-budget=3000",
                          "--dump-dom", url)
        if dumped.returncode != 0 or not dumped.stdout.strip():
            print(f"chromium --dump-dom failed: {dumped.stderr[-2000:]}")
            return 1
        dom = Dom()
        dom.feed(dumped.stdout)

        want = [(f["subject"], f["severity"]) for f in findings]
        if dom.cards != want:
            failures.append(f"cards {dom.cards} != findings {want}")
        if "js" not in dom.html_classes.split():
            failures.append("the report's script did not run (no html.js)")
        shown = f"{len(want)} of {len(want)} findings shown"
        if dom.count.strip() != shown:
            failures.append(f"filter count {dom.count!r} != {shown!r}")
        if dom.pwned:
            failures.append(f"injected markup ran: {dom.pwned}")
        if not dom.title.startswith("claimdiff"):
            failures.append(f"title changed to {dom.title!r}")
        text = "".join(dom.text)
        for pasted in ("<script>document.title='pwned'",
                       "onerror=\"document.documentElement",
                       "href=\"javascript:"):
            if pasted not in text:
                failures.append(f"pasted markup not shown as text: {pasted}")

        os.makedirs(os.path.dirname(os.path.abspath(screenshot)),
                    exist_ok=True)
        shot = chromium(binary, profile, "--window-size=1280,2400",
                        f"--screenshot={os.path.abspath(screenshot)}", url)
        data = pathlib.Path(screenshot).read_bytes() if \
            pathlib.Path(screenshot).exists() else b""
        if shot.returncode != 0 or not data.startswith(b"\x89PNG"):
            failures.append(f"no screenshot: {shot.stderr[-2000:]}")

    for failure in failures:
        print(failure)
    print(f"{len(dom.cards)} cards checked in Chromium; screenshot "
          f"{screenshot}; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
