"""A tiny threaded HTTP server on 127.0.0.1 that serves a dict of recorded pages."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class PagesServer:
    """Serve {path: (content_type, body)} (or {path: (status, content_type, body)}) on loopback."""

    def __init__(self, pages: dict):
        self.pages = dict(pages)
        self.hits: Counter = Counter()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                owner.hits[self.path] += 1
                entry = owner.pages.get(self.path)
                if entry is None:
                    status, ctype, body = 404, "text/html", b"<html><body>not found</body></html>"
                elif len(entry) == 3:
                    status, ctype, body = entry
                else:
                    status, (ctype, body) = 200, entry
                if isinstance(body, str):
                    body = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def article_page(title: str, paragraphs: list[str], links: list[str] = (), head: str = "") -> str:
    """A plain article page with optional links and extra <head> markup."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f'<a href="{href}">{href}</a> ' for href in links)
    return (f"<html lang='en'><head><title>{title}</title>"
            f"<meta property='og:type' content='article'>{head}</head>"
            f"<body><nav>{nav}</nav><article><h1>{title}</h1>{body}</article></body></html>")
