#!/usr/bin/env python3
"""Open an HTML page in headless Chromium over the DevTools protocol and report what a person would meet.

    scripts/browser-check.py PAGE.html OUT_FOLDER [--widths 1400,1024] [--sections ID,ID] [--chromium /usr/bin/chromium]

Prints one JSON object: per width the page's scroll width against the window's, the first elements reaching past the window, the links whose target is missing,
the sections no link reaches from the navigation and the overview, the marks (rect, circle, path, line) of every
chart; the console messages, page errors and log entries of level error or warning; and the paths of the screenshots
(OUT_FOLDER/page-WIDTH.png, and OUT_FOLDER/ID-WIDTH.png of each section asked for, scrolled to its top) and of the A4 print (OUT_FOLDER/page.pdf). Exit 0 when the protocol answered, 2 when
Chromium could not be driven. The tests read the JSON and decide.

Chromium is driven through --remote-debugging-pipe (file descriptors 3 and 4, messages ended by NUL), so no
network port and no package beyond Python's own library is needed.
"""
import base64
import fcntl
import json
import os
import select
import subprocess
import sys
import time

PROBE = r"""(() => {
  const byId = id => document.getElementById(id);
  const seen = new Set(), queue = [], broken = [];
  const visit = el => { if (!el) return; el.querySelectorAll('a[href^="#"]').forEach(a => {
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (!seen.has(id)) { seen.add(id); queue.push(id); } }); };
  visit(document.querySelector('nav')); visit(byId('overview'));
  while (queue.length) { const id = queue.shift(); const t = byId(id); if (!t) { broken.push(id); continue; } visit(t); }
  const sections = [...document.querySelectorAll('section[id]')].map(s => s.id);
  const unreachable = sections.filter(id => !seen.has(id) && id !== 'overview');
  const charts = [...document.querySelectorAll('svg')].map(s => ({
    title: (s.querySelector('title') || {}).textContent || '',
    marks: s.querySelectorAll('rect, circle, path, line:not(.grid)').length,
    width: Math.round(s.getBoundingClientRect().width) }));
  const overflowing = [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
      + ' ' + Math.round(el.getBoundingClientRect().right) + ': ' + (el.textContent || '').slice(0, 60));
  return JSON.stringify({ overflowing, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    broken, unreachable, sections: sections.length, charts, title: document.title });
})()"""


class Browser:
    def __init__(self, chromium):
        to_child, self.write_fd = os.pipe()
        self.read_fd, from_child = os.pipe()
        # Move both child ends above 4 first, so placing them on 3 and 4 cannot overwrite one another.
        hi_in = fcntl.fcntl(to_child, fcntl.F_DUPFD, 10)
        hi_out = fcntl.fcntl(from_child, fcntl.F_DUPFD, 10)
        os.close(to_child)
        os.close(from_child)

        def place():
            os.dup2(hi_in, 3)
            os.dup2(hi_out, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=place, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(hi_in)
        os.close(hi_out)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive(timeout)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self, timeout):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            left = deadline - time.time()
            if left <= 0 or not select.select([self.read_fd], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, session, timeout=60):
        for k, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                del self.events[k]
                return event
        deadline = time.time() + timeout
        while time.time() < deadline:
            event = self.receive(deadline - time.time())
            if event.get("method") == method and event.get("sessionId") == session:
                return event
            self.events.append(event)
        raise TimeoutError(f"no {method}")

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def messages(events):
    """Console calls, uncaught exceptions and log entries of level error or warning, as text."""
    out = []
    for e in events:
        method, p = e.get("method"), e.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
            out.append({"kind": "console." + p["type"], "text": " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))})
        elif method == "Runtime.exceptionThrown":
            details = p.get("exceptionDetails", {})
            out.append({"kind": "exception", "text": details.get("exception", {}).get("description", details.get("text", ""))})
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            entry = p["entry"]
            out.append({"kind": "log." + entry["level"], "text": entry.get("text", ""), "url": entry.get("url", "")})
    return out


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    page, folder = os.path.abspath(args[0]), os.path.abspath(args[1])
    widths, chromium = [1400, 1024], "/usr/bin/chromium"
    if "--widths" in args:
        widths = [int(w) for w in args[args.index("--widths") + 1].split(",")]
    sections = args[args.index("--sections") + 1].split(",") if "--sections" in args else []
    if "--chromium" in args:
        chromium = args[args.index("--chromium") + 1]
    os.makedirs(folder, exist_ok=True)
    browser = Browser(chromium)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            browser.send(f"{domain}.enable", session=session)
        result = {"page": page, "widths": {}}
        for width in widths:
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
            browser.send("Page.navigate", {"url": "file://" + page}, session=session)
            browser.wait_for("Page.loadEventFired", session)
            probe = browser.send("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session=session)
            seen = json.loads(probe["result"]["value"])
            shot = os.path.join(folder, f"page-{width}.png")
            data = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
            with open(shot, "wb") as f:
                f.write(base64.b64decode(data))
            seen["screenshot"] = shot
            for section in sections:
                browser.send("Runtime.evaluate", {"expression": f"document.getElementById({json.dumps(section)}).scrollIntoView()"}, session=session)
                data = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
                with open(os.path.join(folder, f"{section}-{width}.png"), "wb") as f:
                    f.write(base64.b64decode(data))
            result["widths"][str(width)] = seen
        pdf = browser.send("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True,
                                               "displayHeaderFooter": False}, session=session, timeout=120)["data"]
        result["pdf"] = os.path.join(folder, "page.pdf")
        with open(result["pdf"], "wb") as f:
            f.write(base64.b64decode(pdf))
        result["messages"] = messages(browser.events)
    except Exception as error:  # noqa: BLE001 - any failure to drive the browser is reported, not raised
        print(json.dumps({"page": page, "error": f"{type(error).__name__}: {error}"}))
        return 2
    finally:
        browser.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
