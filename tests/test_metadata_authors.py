"""Authors: visible bylines as readers see them, and when they beat structured data."""

from __future__ import annotations

import json

import pytest

from metadata_pages import BODY, HEADLINE, URL, page
from pipeline.authors import name_line, split_names, text_byline
from pipeline.clean import clean_html


def ld(author) -> str:
    """A JSON-LD Article with the given author value."""
    obj = {"@context": "https://schema.org", "@type": "Article", "headline": HEADLINE,
           "author": author}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def lines(*text: str) -> str:
    """Byline markup, one element per line as many sites write it."""
    return "".join(f"<span>{t}</span><br>" for t in text)


def test_single_name_after_a_by_line_beats_a_later_author_label():
    byline = lines("by", "Amanda", "· Dec 20, 2025 at 3:00 am ·")
    after = "<div class='book'><p>Author: Hannah Parry</p></div>"
    assert clean_html(page(byline=byline, after=after), URL).authors == ["Amanda"]


def test_photo_credit_is_not_a_byline():
    text = f"{HEADLINE}\nI was not a happy reader. Photo by\nMira Solberg\non\nUnsplash"
    assert text_byline(text, 0) == []
    assert text_byline(f"{HEADLINE}\nBy\nTomas Reyhan\nDec 26, 2025", 0) == ["Tomas Reyhan"]


def test_names_written_one_per_line_are_all_kept():
    byline = lines("Rui Ma", ",", "Heba Ledwon", ",", "Manoel Cortes Mendez", "&", "Suparn Patra",
                   "Nov 25th, 2025")
    p = clean_html(page(ld({"@type": "Person", "name": "Rui Ma"}), byline), URL)
    assert p.authors == ["Rui Ma", "Heba Ledwon", "Manoel Cortes Mendez", "Suparn Patra"]


def test_written_by_label_keeps_every_name_and_stops_at_the_reviewer():
    text = (f"{HEADLINE}\nWritten by\nDr Marna van der Merwe\n,\nErik van Vulpen\nReviewed by\n"
            "Monika Nemcova\n17 minutes read")
    assert name_line(text, 0) == ["Dr Marna van der Merwe", "Erik van Vulpen"]


def test_affiliation_after_a_name_is_not_an_author():
    byline = lines("By", "Advaita Suresh", ",", "Global Desk", "Last Updated: Dec 19, 2025")
    p = clean_html(page(ld({"@type": "Person", "name": "Advaita Suresh"}), byline), URL)
    assert p.authors == ["Advaita Suresh"]


def test_visible_byline_drops_editors_that_structured_data_adds():
    author = [{"@type": "Person", "name": n}
              for n in ("Clara Voss", "Ivo Marchetti", "Nadia Brook")]
    byline = lines("by", "Clara Voss", "March 3, 2024")
    assert clean_html(page(ld(author), byline), URL).authors == ["Clara Voss"]


def test_name_role_and_date_on_one_line_is_a_byline():
    byline = "<p>Paul Okafor | Senior Writer | July 2, 2025</p>"
    assert clean_html(page(byline=byline), URL).authors == ["Paul Okafor"]


def test_team_signing_beside_a_date_is_the_author():
    byline = lines("The Harbourpost Team", "Published", "|", "Oct 10, 2025")
    assert clean_html(page(byline=byline), URL).authors == ["The Harbourpost Team"]


def test_name_and_date_above_the_headline_is_a_byline():
    html = (f"<html><body><p>Dec 17, 2025</p><p>Julian K. Arni</p><h1>{HEADLINE}</h1>{BODY}"
            "</body></html>")
    assert clean_html(html, URL).authors == ["Julian K. Arni"]


def test_breadcrumb_section_beside_a_date_is_not_an_author():
    text = f"{HEADLINE}\nArticles\n/\nCleaning Industry Trends\nLast updated on December 20, 2024."
    assert name_line(text, 0) == []


def test_person_named_like_a_personal_site_is_its_author():
    head = ld({"@type": "Person", "name": "Lena Hartwig"})
    head += "<meta property='og:site_name' content='Lena Hartwig'>"
    byline = "<p>Porting the HTML parser written by Emil Stenström</p>"
    assert clean_html(page(head, byline), URL).authors == ["Lena Hartwig"]


def test_brand_typed_as_a_person_is_not_the_author():
    head = ld({"@type": "Person", "name": "HARBOUR POST"})
    head += "<meta property='og:site_name' content='Harbour Post'>"
    p = clean_html(page(head, "<p>By Brian Truitt</p>"), URL)
    assert p.authors == ["Brian Truitt"]


@pytest.mark.parametrize("raw, expected", [
    ("April Fulton", ["April Fulton"]),      # a month that is a first name
    ("Audiophile On", ["Audiophile On"]),    # "On" in a name is not "on <date>"
    ("Jane Doe on May 3", ["Jane Doe"]),
    ("Mahua Das in", ["Mahua Das"]),         # "Jane Doe in" + a section on the next line
    ("August", []),                          # a month alone is not a name
    ("Rebecca Lake, CEPF®", ["Rebecca Lake"]),
])
def test_names_are_cut_where_the_byline_moves_on(raw, expected):
    assert split_names(raw) == expected
