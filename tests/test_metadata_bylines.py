"""Bylines and headlines as common CMSs print them: several linked authors, wire bylines,
place names in an author tag, commenters' vcards, photo credits, kickers glued to headlines."""

from __future__ import annotations

import json

from pipeline.clean import clean_html

BODY = ("<p>The council voted on Tuesday to fund the new well, ending a debate that has run for two "
        "years and divided the village board along familiar lines.</p>"
        "<p>Residents who spoke at the meeting mostly backed the plan, though several asked how the "
        "cost would reach their water bills over the next decade.</p>") * 3


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_every_declared_author_shown_on_the_page_is_kept_though_only_the_first_is_linked():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council funds the well",
              "author": [{"@type": "Person", "name": "Naomi Hartwell"}, {"@type": "Person", "name": "Julian Perez"}]})
    body = ("<article><h1>Council funds the well</h1><div class='byline'>By <a rel='author' "
            "href='/people/naomi-hartwell/'>Naomi Hartwell</a> and Julian Perez</div>" + BODY + "</article>")
    page = clean_html(_page("<title>Council funds the well</title>" + ld, body), "https://example.org/a/1")
    assert page.authors == ["Naomi Hartwell", "Julian Perez"]


def test_a_wire_byline_in_capitals_gives_the_writer_without_the_agency():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm closes ports",
              "author": {"@type": "Person", "name": "MARIA OKONKWO Associated Press"}})
    body = "<article><h1>Storm closes ports</h1>" + BODY + "</article>"
    page = clean_html(_page("<title>Storm closes ports</title>" + ld, body), "https://example.org/a/2")
    assert page.authors == ["Maria Okonkwo"]


def test_an_author_tag_holding_a_place_yields_to_the_byline_readers_see():
    head = ('<title>Norddeutschland baut Windräder</title><meta property="og:site_name" content="Nord-Rundschau">'
            '<meta name="author" content="Nord-Rundschau, Hamburg, Germany">')
    body = ("<article><h1>Norddeutschland baut Windräder</h1><p class='byline'>Von Annegret Vollmer und Jonas Keller</p>"
            "<p>Im vergangenen Jahr sind in den norddeutschen Ländern so viele Windräder gebaut worden wie "
            "seit zehn Jahren nicht mehr, teilte der Branchenverband am Montag mit.</p>" * 4 + "</article>")
    page = clean_html(_page(head, body), "https://www.nord-rundschau.example/wirtschaft/1")
    assert page.authors == ["Annegret Vollmer", "Jonas Keller"]


def test_a_commenters_vcard_is_not_the_author():
    body = ("<div id='content'><h2>Restoring a mantel clock</h2>" + BODY +
            "<p class='postmetadata'>Posted in Clocks by Gideon Marsh</p></div>"
            "<ol class='commentlist'><li class='comment'><div class='comment-author vcard'>"
            "<cite class='fn'>Walt Brennan</cite> says:</div><p>Lovely work on the escapement.</p></li></ol>")
    page = clean_html(_page("<title>Restoring a mantel clock</title>", body), "http://www.example.net/2016/08/clock/")
    assert "Walt Brennan" not in (page.authors or [])


def test_a_photo_agency_credit_on_its_own_line_is_not_the_author():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Floods in the valley",
              "author": {"@type": "Organization", "name": "NBN News"}})
    body = ("<article><h1>Floods in the valley</h1><figure><img src='a.jpg'><figcaption>Getty Images"
            "</figcaption></figure>" + BODY + "</article>")
    page = clean_html(_page("<title>Floods in the valley</title>" + ld, body), "https://www.nbn.example/news/1")
    assert "Getty Images" not in (page.authors or [])


def test_the_title_after_the_sites_name_is_the_headline_when_there_is_no_h1():
    head = "<title>Millbrook Gazette - Village Board Approves New Well After Two-Year Debate</title>"
    page = clean_html(_page(head, "<div class='story'>" + BODY + "</div>"),
                      "https://www.millbrookgazette.com/news/2025/04/09/story_4418.php")
    assert page.title == "Village Board Approves New Well After Two-Year Debate"


def test_a_kicker_span_and_the_headline_span_do_not_run_together():
    head = "<title>Windkraft: Norddeutschland baut Windräder - Nord-Rundschau</title>"
    body = ("<article><h1><span class='kicker'>Windkraft</span><span>Norddeutschland baut Windräder</span></h1>"
            "<p>Im vergangenen Jahr sind in den norddeutschen Ländern so viele Windräder gebaut worden wie "
            "seit zehn Jahren nicht mehr, teilte der Branchenverband am Montag mit.</p>" * 4 + "</article>")
    page = clean_html(_page(head, body), "https://www.nord-rundschau.example/wirtschaft/2")
    assert "WindkraftNorddeutschland" not in (page.title or "")
    assert "Norddeutschland baut Windräder" in (page.title or "")
