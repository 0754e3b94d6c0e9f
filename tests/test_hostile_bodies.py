"""Hostile bodies: empty, binary, mislabelled, mis-encoded, huge, bombs, broken markup."""

from __future__ import annotations

import pytest
import sqlite_utils

from faultserver import ARTICLE_MARKER, FaultServer, bomb, hostile_crawl

GOOD = [1, 2, 3, 4]
ACCENTED = "Crème brûlée, naïve café"


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    """One crawl of good articles mixed with every hostile body the fault server has."""
    db = tmp_path_factory.mktemp("bodies") / "bodies.db"
    bomb("gzip"), bomb("deflate")  # built before the crawl, so serving them is instant
    with FaultServer() as server:
        start = server.hub("/hub/bodies", [
            *[f"/article/{n}" for n in GOOD],
            "/empty", "/image-as-html", "/pdf-as-html", "/json", "/css", "/octet",
            "/wrong-charset/11", "/no-charset/12", "/mixed-encoding/13",
            "/huge", "/gzip-bomb", "/deflate-bomb", "/nested", "/unclosed/14", "/scripts-only",
        ])
        summary, proc = hostile_crawl(start, db=db, args=("--workers", "1"))
        yield {"summary": summary, "proc": proc, "server": server, "db": sqlite_utils.Database(db)}


def stored(ctx) -> dict[str, str]:
    return {r["url"].replace(ctx["server"].url, ""): r["text"]
            for r in ctx["db"].query("select url, text from articles")}


def failures(ctx) -> dict[str, str]:
    return {r["url"].replace(ctx["server"].url, ""): r["reason"]
            for r in ctx["db"].query("select url, reason from failures")}


def test_the_crawl_finishes(bodies):
    assert bodies["summary"]["status"] == "finished", bodies["proc"].stderr[-3000:]


def test_every_good_article_is_stored(bodies):
    articles = stored(bodies)
    for n in (*GOOD, 14):
        path = f"/unclosed/{n}" if n == 14 else f"/article/{n}"
        assert f"{ARTICLE_MARKER}{n}" in articles[path]


@pytest.mark.parametrize("path, words", [
    ("/empty", "empty body"),
    ("/image-as-html", "PNG image"),
    ("/pdf-as-html", "PDF document"),
    ("/json", "application/json is not HTML"),
    ("/css", "text/css is not HTML"),
    ("/octet", "application/octet-stream is not HTML"),
    ("/huge", "download max size"),
    ("/gzip-bomb", "exceeded DOWNLOAD_MAXSIZE"),
    ("/deflate-bomb", "exceeded DOWNLOAD_MAXSIZE"),
])
def test_unusable_bodies_are_recorded_with_their_reason(bodies, path, words):
    assert words in failures(bodies)[path]


def test_bombs_are_cut_off_near_the_size_cap(bodies):
    """The bombs are 64 MB inflated; the reason shows decompression stopped just past 10 MB."""
    reason = failures(bodies)["/gzip-bomb"]
    inflated = int(reason.split("B decompressed")[0].split(",")[-1].strip())
    assert inflated < 11 * 1024 * 1024


@pytest.mark.parametrize("path", ["/wrong-charset/11", "/no-charset/12", "/mixed-encoding/13"])
def test_text_survives_wrong_missing_and_mixed_charsets(bodies, path):
    text = stored(bodies)[path]
    assert ACCENTED in text
    assert "Ã" not in text and "\ufffd" not in text


def test_a_windows_1252_fragment_in_a_utf8_page_keeps_its_characters(bodies):
    assert "Über Öl – 5 €" in stored(bodies)["/mixed-encoding/13"]


@pytest.mark.parametrize("path", ["/nested", "/scripts-only"])
def test_pathological_markup_is_stored_as_a_page_not_a_crash(bodies, path):
    row = bodies["db"].execute("select is_article from pages where url = ?",
                               [bodies["server"].url + path]).fetchone()
    assert row == (0,)
