"""A fault-injecting HTTP server on loopback: every way a web server can misbehave, plus good pages.

    with FaultServer() as server:
        server.url                     # http://127.0.0.1:PORT
        server.hub("/hub/x", [...])    # a page linking to the given paths (a start URL)
        server.hits["/article/3"]      # how often a path was requested
        server.robots = "500"          # robots.txt mode: ok, 500, reset, slow, garbage
        server.sitemaps = [...]        # sitemaps robots.txt names (paths or URLs)

Routes (GET):
    /article/N               a good article page, unique text per N (ARTICLE_MARKER + N inside)
    /big/N/P                 article N with P paragraphs
    /slow/S/N                article N after S seconds
    /trickle/N               article N, one byte every 0.2 s (never finishes in time)
    /reset/N                 headers promise N bytes; half the body, then a TCP reset
    /flaky/K/N               503 for the first K requests, then article N
    /ratelimited/S/N         429 with Retry-After: S on the first request, then article N
    /loop/a, /loop/b         redirect to each other forever
    /chain/K/N               K redirects, then article N
    /redirect?to=URL         302 to any URL
    /empty /image-as-html /pdf-as-html /json /css /octet
    /wrong-charset/N         UTF-8 article declared ISO-8859-1 in the header
    /no-charset/N            windows-1252 article without any charset
    /mixed-encoding/N        UTF-8 article with some windows-1252 bytes spliced in
    /huge                    20 MB page
    /gzip-bomb /deflate-bomb 64 MB of zeros, compressed (Content-Encoding)
    /nested /unclosed /scripts-only
    /sitemap.xml             urlset of self.sitemap_articles
    /sitemaps/good.xml       the same
    /sitemaps/malformed.xml  half a sitemap, then garbage
    /sitemaps/laughs.xml     billion laughs entity expansion
    /sitemaps/xxe.xml        external entities (file and http)
    /sitemaps/bomb.xml.gz    gzip bomb served as a .gz sitemap
    /sitemaps/loop-a.xml     sitemap index naming loop-b, which names loop-a (and one article each)
    /sitemaps/million.xml    2,000,000 URLs generated as a stream
    /sitemaps/entries.xml?u=URL&u=URL   a urlset of the given URLs
    /canary/...              counts hits; nothing should ever request it
"""

from __future__ import annotations

import html
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ARTICLE_MARKER = "faultserver-article-"
WORDS = ("review", "camera", "lens", "battery", "screen", "sound", "design", "price", "value",
         "tested", "weeks", "daily", "performance", "bright", "sharp", "quiet", "heavy", "light",
         "excellent", "disappointing", "solid", "build", "quality", "software", "update", "menu")
BOMB_SIZE = 64 * 1024 * 1024  # six times DOWNLOAD_MAXSIZE
HUGE_SIZE = 20 * 1024 * 1024
MILLION = 2_000_000


def article_text(n: int, paragraphs_count: int = 6) -> list[str]:
    """Paragraphs of article n: deterministic, distinct per n, plain English."""
    rng = random.Random(n)
    paragraphs = []
    for p in range(paragraphs_count):
        sentences = []
        for _ in range(4):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 14))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    paragraphs[0] = f"This is {ARTICLE_MARKER}{n}, a review we wrote after use. " + paragraphs[0]
    return paragraphs


def article_title(n: int) -> str:
    return f"Review number {n}: the camera we tested"


def article_html(n: int, charset_meta: str | None = "utf-8", extra: str = "", paragraphs: int = 6) -> str:
    """A complete article page with JSON-LD and Open Graph marking it as an article."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in article_text(n, paragraphs))
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}
<title>{article_title(n)}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{article_title(n)}", "datePublished": "2024-03-0{n % 9 + 1}T10:00:00Z",
 "author": {{"@type": "Person", "name": "Ada Reviewer"}}}}</script>
</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>{article_title(n)}</h1>
{extra}
{paras}
</article>
<footer>Fault server footer</footer>
</body></html>"""


@lru_cache(maxsize=None)
def bomb(kind: str) -> bytes:
    """BOMB_SIZE zero bytes, gzip- or deflate-compressed (about 65 KB on the wire); computed once."""
    chunk = b"\0" * (1024 * 1024)
    comp = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
    parts = [comp.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(comp.flush())
    return b"".join(parts)


@lru_cache(maxsize=None)
def sitemap_bomb() -> bytes:
    """A gzipped sitemap that opens like XML and then inflates to BOMB_SIZE bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    parts = [comp.compress(head)]
    chunk = b" " * (1024 * 1024)
    parts += [comp.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(comp.flush())
    return b"".join(parts)


def urlset(urls) -> bytes:
    items = "".join(f"<url><loc>{html.escape(u)}</loc></url>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>').encode()


def sitemapindex(urls) -> bytes:
    items = "".join(f"<sitemap><loc>{html.escape(u)}</loc></sitemap>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}'
            f'</sitemapindex>').encode()


class FaultServer:
    """Threaded HTTP server on 127.0.0.1 (or another loopback address), port 0."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.hits: Counter = Counter()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.sent: Counter = Counter()       # body bytes written per path
        self.hubs: dict[str, list[str]] = {}
        self.pages: dict[str, tuple[int, dict, bytes]] = {}
        self.robots = "ok"
        self.sitemaps: list[str] = []
        self.sitemap_articles: list[int] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), _make_handler(self))
        self.httpd.daemon_threads = True
        self.httpd.request_queue_size = 64
        self.host = host
        self.port = self.httpd.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def hub(self, path: str, targets: list[str]) -> str:
        """Serve at path a plain page linking to targets; returns its full URL."""
        self.hubs[path] = list(targets)
        return self.url + path

    def set_page(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8",
                 status: int = 200, headers: dict | None = None) -> str:
        """Serve a fixed response at path; returns its full URL."""
        self.pages[path] = (status, {"Content-Type": ctype, **(headers or {})}, body)
        return self.url + path

    def abs(self, path: str) -> str:
        return path if "://" in path else self.url + path


def _make_handler(server: FaultServer):
    class Handler(FaultHandler):
        fault = server
    return Handler


class FaultHandler(BaseHTTPRequestHandler):
    """Dispatches each path to the fault it injects."""

    fault: FaultServer
    protocol_version = "HTTP/1.0"  # one response per connection: streams end by closing

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    # -- plumbing ---------------------------------------------------------------------------
    def send(self, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
             headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype) if ctype else None
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.write(body)

    def write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return False
        with self.fault.lock:
            self.fault.sent[self.path_only] += len(data)
        return True

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(b"", status=status, headers={"Location": location})

    def reset(self) -> None:
        """Abort the connection with a TCP RST."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def article(self, n: int) -> None:
        self.send(article_html(n).encode("utf-8"))

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        parts = urlsplit(self.path)
        self.path_only = parts.path
        self.query = parse_qs(parts.query)
        with self.fault.lock:
            self.fault.hits[parts.path] += 1
            self.fault.times[parts.path].append(time.monotonic())
            count = self.fault.hits[parts.path]
        segs = [s for s in parts.path.split("/") if s]
        try:
            self.dispatch(parts.path, segs, count)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass

    # -- routes -----------------------------------------------------------------------------
    def dispatch(self, path: str, segs: list[str], count: int) -> None:
        f = self.fault
        if path in f.pages:
            status, headers, body = f.pages[path]
            return self.send(body, headers.get("Content-Type", ""), status,
                             {k: v for k, v in headers.items() if k != "Content-Type"})
        if path in f.hubs or path == "/":
            links = "".join(f'<li><a href="{html.escape(t)}">{html.escape(t)}</a></li>'
                            for t in f.hubs.get(path, []))
            return self.send(f"<!DOCTYPE html><html><head><title>Hub</title></head><body>"
                             f"<ul>{links}</ul></body></html>".encode())
        head = segs[0] if segs else ""
        route = getattr(self, "route_" + head.replace("-", "_").replace(".", "_"), None)
        if route is None:
            return self.send(b"<html><body>not found</body></html>", status=404)
        return route(segs[1:], count)

    def route_robots_txt(self, args, count):
        mode = self.fault.robots
        if mode == "500":
            return self.send(b"Internal error", "text/plain", 500)
        if mode == "reset":
            return self.reset()
        if mode == "slow":
            time.sleep(30)
        if mode == "garbage":
            return self.send(bytes(range(256)) * 40, "text/plain")
        lines = ["User-agent: *", "Disallow: /private/"]
        lines += [f"Sitemap: {self.fault.abs(s)}" for s in self.fault.sitemaps]
        return self.send("\n".join(lines).encode(), "text/plain")

    def route_article(self, args, count):
        return self.article(int(args[0]))

    def route_big(self, args, count):
        return self.send(article_html(int(args[0]), paragraphs=int(args[1])).encode())

    def route_private(self, args, count):
        return self.article(999_999)

    def route_canary(self, args, count):
        return self.send(b"<html><body>canary</body></html>")

    def route_slow(self, args, count):
        time.sleep(float(args[0]))
        return self.article(int(args[1]))

    def route_trickle(self, args, count):
        body = article_html(int(args[0])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for i in range(len(body)):
            if not self.write(body[i:i + 1]):
                return
            time.sleep(0.2)

    def route_reset(self, args, count):
        body = article_html(int(args[0])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.write(body[: len(body) // 2])
        time.sleep(0.05)
        return self.reset()

    def route_flaky(self, args, count):
        if count <= int(args[0]):
            return self.send(b"<html><body>Service unavailable</body></html>", status=503)
        return self.article(int(args[1]))

    def route_ratelimited(self, args, count):
        if count == 1:
            return self.send(b"<html><body>Too many requests</body></html>", status=429,
                             headers={"Retry-After": args[0]})
        return self.article(int(args[1]))

    def route_loop(self, args, count):
        return self.redirect("/loop/b" if args[0] == "a" else "/loop/a")

    def route_chain(self, args, count):
        k, n = int(args[0]), int(args[1])
        if k <= 0:
            return self.article(n)
        return self.redirect(f"/chain/{k - 1}/{n}")

    def route_redirect(self, args, count):
        return self.redirect(self.query["to"][0])

    # -- bodies -----------------------------------------------------------------------------
    def route_empty(self, args, count):
        return self.send(b"")

    def route_image_as_html(self, args, count):
        png = b"\x89PNG\r\n\x1a\n" + bytes(random.Random(1).randrange(256) for _ in range(4000))
        return self.send(png, "text/html")

    def route_pdf_as_html(self, args, count):
        pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"\x00\xff" * 2000 + b"%%EOF"
        return self.send(pdf, "text/html; charset=utf-8")

    def route_json(self, args, count):
        return self.send(b'{"html": "<html><body><p>not a page</p></body></html>"}', "application/json")

    def route_css(self, args, count):
        return self.send(b"body { color: red } /* <html><body> */", "text/css")

    def route_octet(self, args, count):
        return self.send(bytes(range(256)) * 64, "application/octet-stream")

    def route_wrong_charset(self, args, count):
        n = int(args[0])
        body = article_html(n, charset_meta=None, extra="<p>Crème brûlée, naïve café, Ärger über Öl.</p>")
        return self.send(body.encode("utf-8"), "text/html; charset=iso-8859-1")

    def route_no_charset(self, args, count):
        n = int(args[0])
        body = article_html(n, charset_meta=None, extra="<p>Crème brûlée, naïve café, Ärger über Öl.</p>")
        return self.send(body.encode("cp1252"), "text/html")

    def route_mixed_encoding(self, args, count):
        n = int(args[0])
        body = article_html(n, extra="<p>Crème brûlée, naïve café.</p>").encode("utf-8")
        # A CMS pasted a windows-1252 fragment into a UTF-8 page.
        body = body.replace(b"</article>", "<p>Über Öl – 5 €.</p></article>".encode("cp1252"))
        return self.send(body)

    def route_huge(self, args, count):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(HUGE_SIZE))
        self.end_headers()
        filler = b"<p>" + b"x" * 1017 + b"</p>\n"
        for _ in range(HUGE_SIZE // len(filler)):
            if not self.write(filler):
                return

    def route_gzip_bomb(self, args, count):
        return self.send(bomb("gzip"), "text/html", headers={"Content-Encoding": "gzip"})

    def route_deflate_bomb(self, args, count):
        return self.send(bomb("deflate"), "text/html", headers={"Content-Encoding": "deflate"})

    def route_nested(self, args, count):
        depth = int(self.query.get("depth", ["100000"])[0])
        body = ("<html><head><title>Nested</title></head><body>" + "<div>" * depth + "<p>deep</p>"
                + "</div>" * depth + "</body></html>")
        return self.send(body.encode())

    def route_unclosed(self, args, count):
        page = article_html(int(args[0]))
        page = page.replace("</p>", "").replace("</article>", "").replace("</body></html>", "")
        return self.send((page + "<div><span><table><tr><td>").encode())

    def route_scripts_only(self, args, count):
        scripts = "".join(f"<script>var x{i} = {i}; document.write('loading');</script>" for i in range(200))
        return self.send(f"<html><head><title>App</title></head><body>{scripts}</body></html>".encode())

    # -- sitemaps ---------------------------------------------------------------------------
    def route_sitemap_xml(self, args, count):
        urls = [f"{self.fault.url}/article/{n}" for n in self.fault.sitemap_articles]
        return self.send(urlset(urls), "application/xml")

    def route_sitemaps(self, args, count):
        name = args[0]
        f = self.fault
        if name == "good.xml":
            return self.route_sitemap_xml(args, count)
        if name == "malformed.xml":
            good = urlset([f"{f.url}/article/{n}" for n in f.sitemap_articles]).decode()
            cut = good[: good.rindex("</url>") + 6]  # complete entries, then the file breaks
            return self.send((cut + "<url><loc>" + "\x00\x01<<>>&&; garbage").encode(), "application/xml")
        if name == "laughs.xml":
            ents = ['<!ENTITY lol "lol">'] + [
                f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)]
            doc = (f'<?xml version="1.0"?>\n<!DOCTYPE urlset [\n{chr(10).join(ents)}\n]>\n'
                   f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f'<url><loc>{f.url}/canary/&lol9;</loc></url>'
                   f'<url><loc>{f.url}/article/{f.sitemap_articles[0]}</loc></url></urlset>')
            return self.send(doc.encode(), "application/xml")
        if name == "xxe.xml":
            secret = self.query.get("file", ["/etc/hostname"])[0]
            doc = (f'<?xml version="1.0"?>\n<!DOCTYPE urlset [\n'
                   f'<!ENTITY local SYSTEM "file://{secret}">\n'
                   f'<!ENTITY remote SYSTEM "{f.url}/canary/xxe-fetch">\n]>\n'
                   f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f'<url><loc>&local;</loc></url><url><loc>{f.url}/canary/x&remote;</loc></url>'
                   f'<url><loc>{f.url}/article/{f.sitemap_articles[0]}</loc></url></urlset>')
            return self.send(doc.encode(), "application/xml")
        if name == "bomb.xml.gz":
            return self.send(sitemap_bomb(), "application/x-gzip")
        if name in ("loop-a.xml", "loop-b.xml"):
            other = "loop-b.xml" if name == "loop-a.xml" else "loop-a.xml"
            n = f.sitemap_articles[0 if name == "loop-a.xml" else 1]
            return self.send(sitemapindex([f"{f.url}/sitemaps/{other}", f"{f.url}/sitemaps/leaf-{n}.xml"]),
                             "application/xml")
        if name.startswith("leaf-"):
            n = int(name[5:-4])
            return self.send(urlset([f"{f.url}/article/{n}"]), "application/xml")
        if name == "million.xml":
            return self.stream_million()
        if name == "entries.xml":
            return self.send(urlset(self.query.get("u", [])), "application/xml")
        return self.send(b"", status=404)

    def stream_million(self):
        """MILLION article URLs, generated while sending: the server never holds the document."""
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.end_headers()  # no Content-Length: the body ends when the connection closes
        base = self.fault.url
        if not self.write(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                          b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'):
            return
        batch = 2000
        for start in range(0, MILLION, batch):
            chunk = "".join(f"<url><loc>{base}/article/{n}</loc></url>\n"
                            for n in range(start, start + batch)).encode()
            if not self.write(chunk):
                return
        self.write(b"</urlset>\n")


# -- a resolver for the address guard that never sends a packet ---------------------------------
STUB_HOSTS_ENV = "FAULTSERVER_STUB_HOSTS"


def stub_resolve(host: str) -> list[str]:
    """Addresses from the JSON map in $FAULTSERVER_STUB_HOSTS; unknown names do not resolve.

    Crawls under test name it with -s CLEANCRAWL_RESOLVER=tests.faultserver.stub_resolve.
    """
    import json
    import os

    from crawler.guard import Unresolvable

    hosts = json.loads(os.environ.get(STUB_HOSTS_ENV, "{}"))
    if host not in hosts:
        raise Unresolvable(f"{host} is not in the stub resolver's map")
    return list(hosts[host])


def hostile_crawl(*urls: str, db, settings=(), args=(), env: dict | None = None,
                  check: bool = False) -> tuple[dict, "object"]:
    """Run the real `cleancrawl crawl --json` (inline cleaning unless args say otherwise).

    Returns (summary, completed process); a crawl that fails is returned, not raised, so tests
    can assert on how it failed.
    """
    import json

    from conftest import FAST_SETTINGS, run_cli

    cli_args = ["crawl", *urls, "--db", str(db), "--json"]
    for s in (*FAST_SETTINGS, "CLEANCRAWL_RETRY_BACKOFF=0.2", *settings):
        cli_args += ["-s", s]
    if "--workers" not in args:
        cli_args += ["--workers", "0"]
    proc = run_cli(*cli_args, *args, check=check, env=env)
    lines = proc.stdout.strip().splitlines()
    summary = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return summary, proc
