#!/usr/bin/env python3
"""Times the site's search in headless chromium and counts the bytes it loads.

usage: search-browser-bench.py SITE REFERENCE_JS RUNS QUERY...

SITE is a site built with `policylab site --also-unsharded-search-index`; REFERENCE_JS is the search
script before sharding (Tests/PolicyKitTests/Fixtures/search-reference/unsharded-search.js). The
script adds SITE/search-unsharded.html, the search page as it was (the whole index, then that
script), and for each query opens both pages from file:// in a new chromium (cold cache, fresh
profile), driven over the DevTools protocol (--remote-debugging-pipe, so no extra Python package).
A script added before the page's own records performance.now() when the results first appear
(from the start of its navigation, after a first page of the site has been opened) and the
scripts and style sheet loaded by then; their bytes are the files' sizes.
Prints one line per query and page: median time to first results over RUNS runs, bytes loaded.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

OBSERVER = """
new MutationObserver(function (changes, observer) {
  var output = document.getElementById("search-results");
  if (!output || !output.firstChild || window.__bench) { return; }
  var files = Array.from(document.querySelectorAll("script[src], link[rel=stylesheet]")).map(function (e) { return e.src || e.href; });
  window.__bench = { first: performance.now(), resources: files };
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
"""


class Chromium:
    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="policylab-bench-chromium-")
        to_chromium_read, to_chromium_write = os.pipe()
        from_chromium_read, from_chromium_write = os.pipe()

        def descriptors():
            os.dup2(to_chromium_read, 3)
            os.dup2(from_chromium_write, 4)
            # dup2 onto itself keeps close-on-exec, and a pipe may already be fd 3.
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=descriptors)
        os.close(to_chromium_read)
        os.close(from_chromium_write)
        self.writer = os.fdopen(to_chromium_write, "wb", buffering=0)
        self.reader = os.fdopen(from_chromium_read, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = self.reader.read(65536)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def close(self):
        try:
            self.call("Browser.close")
            self.process.wait(timeout=30)
        except (RuntimeError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


def measure(binary, url):
    browser = Chromium(binary)
    try:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.call("Page.enable", session=session)
        # A first page of the same site, so that the time measured is the search page's, not the
        # start of a renderer process.
        browser.call("Page.navigate", {"url": url.split("?")[0].rsplit("/", 1)[0] + "/index.html"}, session=session)
        time.sleep(0.5)
        browser.call("Page.addScriptToEvaluateOnNewDocument", {"source": OBSERVER}, session=session)
        browser.call("Page.navigate", {"url": url}, session=session)
        deadline = time.time() + 120
        while time.time() < deadline:
            value = browser.call("Runtime.evaluate", {"expression": "JSON.stringify(window.__bench || null)", "returnByValue": True},
                                 session=session)["result"].get("value")
            if value and value != "null":
                return json.loads(value)
            time.sleep(0.01)
        raise RuntimeError("no results within 120 s: " + url)
    finally:
        browser.close()


def size(site, url):
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path)
    return os.path.getsize(path) if path.startswith(site) and os.path.isfile(path) else 0


def main():
    site, reference, runs, queries = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    binary = next(b for b in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] if os.access(b, os.X_OK))
    page = open(os.path.join(site, "search.html"), encoding="utf-8").read()
    old = page.replace('<script src="assets/search.js"></script>',
                       '<script src="assets/search-index.js"></script>\n<script src="assets/search-unsharded.js"></script>')
    open(os.path.join(site, "search-unsharded.html"), "w", encoding="utf-8").write(old)
    shutil.copyfile(reference, os.path.join(site, "assets", "search-unsharded.js"))
    html = os.path.getsize(os.path.join(site, "search.html"))
    for query in queries:
        for name in ["search.html", "search-unsharded.html"]:
            url = "file://" + site + "/" + name + "?q=" + urllib.parse.quote_plus(query)
            results = [measure(binary, url) for _ in range(runs)]
            loaded = results[0]["resources"]
            index_bytes = sum(size(site, u) for u in loaded if "/assets/search" in u and not u.endswith("/search.js")
                              and not u.endswith("/search-unsharded.js"))
            total = html + sum(size(site, u) for u in loaded)
            first = statistics.median(r["first"] for r in results)
            print(json.dumps({"query": query, "page": name, "first_results_ms": round(first, 1),
                              "runs_ms": [round(r["first"], 1) for r in results], "index_bytes": index_bytes,
                              "total_bytes": total, "files": len(loaded)}), flush=True)


if __name__ == "__main__":
    main()
