"""Extraction: HTML checks, decoding, parsing and trafilatura on the pruned tree."""

from __future__ import annotations

import pytest

from pipeline import chrome
from pipeline.errors import NotHTML
from pipeline.extract import check_html, decode_html, extract_main, parse_html

PARAGRAPH = (
    "The espresso machine heats up in under a minute and pulls a shot with thick crema, "
    "which is rare at this price. Steaming milk takes patience, but the results are silky."
)


def test_binary_body_served_as_html_is_refused():
    with pytest.raises(NotHTML, match="PDF"):
        check_html(b"%PDF-1.7 rest of file", "text/html")


def test_plain_text_without_markup_is_refused():
    with pytest.raises(NotHTML, match="no HTML markup"):
        check_html(b"just some words, no tags at all", "text/html")


def test_charset_from_meta_tag_decodes_latin1():
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>Café crème</p></body></html>"
    assert "Café crème" in decode_html(body.encode("latin-1"))


def test_xml_declaration_does_not_break_parsing():
    tree = parse_html("<?xml version='1.0' encoding='utf-8'?><html><body><p>Hola</p></body></html>")
    assert tree.findtext(".//p") == "Hola"


def test_main_text_comes_from_the_article_not_the_menu():
    html = (
        "<html><head><title>Espresso machine review</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/reviews'>Reviews</a></nav>"
        f"<article><h1>Espresso machine review</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
        "</body></html>"
    )
    tree = parse_html(html)
    chrome.prune_html(tree)
    doc = extract_main(tree, "https://example.com/espresso")
    assert PARAGRAPH in doc["text"]
    assert "Reviews" not in doc["text"]
    assert doc["title"] == "Espresso machine review"


def test_text_pruned_before_extraction_does_not_come_back_through_the_fallback():
    # trafilatura compares its result with justext/readability on the tree it is given; the tree
    # is the pruned one, so a pruned cookie notice cannot return that way.
    notice = "Nous utilisons des traceurs pour mesurer l'audience et personnaliser les annonces du site."
    html = (
        f"<html><body><div class='cookie-consent'><p>{notice}</p><p>{notice}</p></div>"
        f"<div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></body></html>"
    )
    tree = parse_html(html)
    removed = chrome.prune_html(tree)
    doc = extract_main(tree, None)
    assert notice not in doc["text"]
    assert any(r.rule == "cookie-notice" for r in removed)


def test_page_without_text_gives_no_text():
    assert not extract_main(parse_html("<html><body><div></div></body></html>"), None).get("text")
