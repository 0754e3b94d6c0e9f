"""Fuzzing clean_html: random and mutated HTML returns a page or raises CleanCrawlError.

Each example runs in a separate long-lived worker process, so a hang is caught by a time bound
and a crash (segfault, abort, MemoryError) by the worker's death, not by the test run dying.
"""

from __future__ import annotations

import base64
import json
import os
import select
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from faultserver import article_html

SECONDS_PER_EXAMPLE = 20  # generous: the machine is shared; a hang is minutes, not seconds

WORKER = r"""
import base64, json, sys
from pipeline.clean import clean_html
from pipeline.errors import CleanCrawlError
for line in sys.stdin:
    req = json.loads(line)
    body = base64.b64decode(req["body"]) if req["kind"] == "bytes" else req["body"]
    try:
        page = clean_html(body, "http://127.0.0.1/fuzz/page", content_type=req["ctype"])
        out = {"result": "page", "is_article": page.is_article}
    except CleanCrawlError as exc:
        out = {"result": "CleanCrawlError", "error": type(exc).__name__}
    except BaseException as exc:  # anything else is a bug the test reports
        out = {"result": "crash", "error": repr(exc)[:500]}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
"""


class CleanWorker:
    """A process that cleans one body per request and answers with the outcome."""

    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER], cwd=ROOT, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env={**os.environ, "PYTHONHASHSEED": "0"})

    def clean(self, body: bytes | str, ctype: str | None = "text/html") -> dict:
        kind = "bytes" if isinstance(body, bytes) else "str"
        payload = base64.b64encode(body).decode() if kind == "bytes" else body
        self.proc.stdin.write(json.dumps({"kind": kind, "body": payload, "ctype": ctype}) + "\n")
        self.proc.stdin.flush()
        started = time.monotonic()
        ready, _, _ = select.select([self.proc.stdout], [], [], SECONDS_PER_EXAMPLE)
        if not ready:
            self.restart()
            pytest.fail(f"clean_html hung for more than {SECONDS_PER_EXAMPLE} s on {body[:200]!r}")
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.restart()
            pytest.fail(f"clean_html crashed the process (exit {code}) on {body[:200]!r}")
        out = json.loads(line)
        out["seconds"] = time.monotonic() - started
        return out

    def restart(self) -> None:
        self.proc.kill()
        self.close()
        self.__init__()

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except BrokenPipeError:
                pass
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def worker():
    w = CleanWorker()
    yield w
    w.close()


def check(out: dict) -> None:
    assert out["result"] in ("page", "CleanCrawlError"), out


TAGS = ["html", "head", "body", "div", "p", "span", "article", "main", "script", "style", "table",
        "tr", "td", "ul", "li", "a", "img", "svg", "math", "template", "iframe", "noscript",
        "title", "meta", "h1", "form", "select", "option", "textarea", "xmp", "plaintext"]
ATTRS = st.dictionaries(st.sampled_from(["class", "id", "href", "src", "style", "lang", "charset",
                                         "content", "property", "onload", "hidden"]),
                        st.text(max_size=20), max_size=3)
TEXT = st.one_of(st.text(max_size=60), st.sampled_from(
    ["&amp;", "&#0;", "&#x110000;", "&nbsp;", "<!--", "-->", "<![CDATA[", "]]>", "<?xml?>",
     "<!DOCTYPE html>", "\x00", "\ufeff", "\u202e", "</", "<", ">", "'", '"', "&"]))


def element(children):
    return st.builds(
        lambda tag, attrs, kids, close: (
            f"<{tag}" + "".join(f' {k}="{v}"' for k, v in attrs.items()) + ">"
            + "".join(kids) + (f"</{tag}>" if close else "")),
        st.sampled_from(TAGS), ATTRS, st.lists(children, max_size=5), st.booleans())


HTML = st.recursive(TEXT, element, max_leaves=40)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=HTML)
def test_random_markup_returns_or_raises_the_projects_error(worker, doc):
    check(worker.clean(doc))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=2000), ctype=st.sampled_from(
    [None, "text/html", "text/html; charset=utf-16", "text/html; charset=bogus", "application/xhtml+xml"]))
def test_random_bytes_return_or_raise_the_projects_error(worker, body, ctype):
    check(worker.clean(body, ctype))


def mutate(page: bytes, ops) -> bytes:
    for op, at, size, junk in ops:
        at = at % (len(page) + 1)
        if op == "delete":
            page = page[:at] + page[at + size:]
        elif op == "duplicate":
            page = page[:at] + page[at:at + size] * 3 + page[at:]
        elif op == "insert":
            page = page[:at] + junk + page[at:]
        else:
            page = page[:at]  # truncate
    return page


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(n=st.integers(0, 50), ops=st.lists(st.tuples(
    st.sampled_from(["delete", "duplicate", "insert", "truncate"]), st.integers(0, 10_000),
    st.integers(1, 400), st.binary(max_size=40)), min_size=1, max_size=6))
def test_mutated_article_pages_return_or_raise_the_projects_error(worker, n, ops):
    check(worker.clean(mutate(article_html(n).encode(), ops)))


@pytest.mark.parametrize("depth", [300, 5_000, 200_000])
def test_deep_nesting_is_bounded(worker, depth):
    out = worker.clean("<div>" * depth + "<p>deep text</p>" + "</div>" * depth)
    check(out)


def test_a_huge_flat_page_is_bounded(worker):
    out = worker.clean(b"<html><body>" + b"<p>word word word</p>" * 400_000 + b"</body></html>")
    check(out)
