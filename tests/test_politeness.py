"""Per-site concurrency: a crawl never has more requests open to one host than it allows."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from conftest import crawl
from pagesserver import article_page


def paragraphs(n: int, seed: int) -> list[str]:
    return [f"Paragraph {i} of story {seed} tells the reader something new about the series, "
            f"its cast and the episode that aired on day {i}." for i in range(n)]


class SlowSite:
    """A loopback site of n linked articles that answers each request after a pause and counts
    how many requests it is answering at once."""

    def __init__(self, n: int, pause: float = 0.05):
        self.open = 0
        self.most = 0
        self.lock = threading.Lock()
        pages = {"/": article_page("Front page", paragraphs(5, 0), [f"/s/{i}" for i in range(n)])}
        pages.update({f"/s/{i}": article_page(f"Story {i}", paragraphs(12, i)) for i in range(n)})
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's naming
                with owner.lock:
                    owner.open += 1
                    owner.most = max(owner.most, owner.open)
                try:
                    time.sleep(pause)
                    body = pages.get(self.path)
                    status = 200 if body else 404
                    body = (body or "not found").encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with owner.lock:
                        owner.open -= 1

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_no_more_requests_open_to_a_site_than_its_concurrency_without_a_delay(tmp_path):
    # Scrapy 2.19 on the asyncio reactor started every queued request of a site at once when no
    # delay was set (crawler/downloader.py); 40 links found on one page made 32 at once.
    with SlowSite(40) as site:
        summary = crawl(site.url + "/", db=tmp_path / "c.db",
                        settings=("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
                                  "CONCURRENT_REQUESTS=32", "CONCURRENT_REQUESTS_PER_DOMAIN=3"))
    assert summary["articles"] >= 40
    assert 2 <= site.most <= 3
