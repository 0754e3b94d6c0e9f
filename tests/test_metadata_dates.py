"""Publication dates: permalinks, "Updated" bylines, ambiguous numbers, time zones, cost."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from metadata_pages import BODY, URL, page
from pipeline.clean import clean_html
from pipeline.dates import same_moment, url_date, written_dates


def ld(**fields) -> str:
    """A JSON-LD Article script element with the given fields."""
    obj = {"@context": "https://schema.org", "@type": "Article", "headline": "Harbour", **fields}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def og_published(value: str) -> str:
    return f"<meta property='article:published_time' content='{value}'>"


@pytest.mark.parametrize("url, expected", [
    ("https://x.example/2025/12/18/slug", "2025-12-18"),
    ("https://x.example/books/2025/dec/05/slug", "2025-12-05"),
    ("https://x.example/blog/2026-01-26-slug/view", "2026-01-26"),
    ("https://x.example/archive/2025/12/slug.html", "2025-12"),
    ("https://x.example/2025-top-100-companies", None),
    ("https://x.example/2025/swift-parsers", None),
    ("https://x.example/2025/13/40/slug", None),
])
def test_permalink_dates_are_read_from_the_path(url, expected):
    assert url_date(url) == expected


def test_permalink_day_is_the_local_day_of_a_utc_timestamp():
    html = page(ld(datePublished="2025-12-19T02:41:41+00:00"))
    p = clean_html(html, "https://www.harbourpost.example/2025/12/18/the-long-night")
    assert p.published_at == "2025-12-18"


def test_permalink_month_rules_out_a_labelled_date_from_another_month():
    byline = "<p>By Ana Lima</p><p>December 20, 2025</p>"
    after = "<div class='book'><p>Published: June 17, 2025</p></div>"
    p = clean_html(page(byline=byline, after=after),
                   "https://www.harbourpost.example/2025/12/book-beat")
    assert p.published_at == "2025-12-20"


def test_updated_only_byline_wins_over_json_ld_without_a_declared_date():
    head = ld(datePublished="2024-04-10T19:30:39+00:00", dateModified="2025-09-04T19:24:33+00:00")
    p = clean_html(page(head, "<p>Last updated:</p><p>Sep 4, 2025</p>"), URL)
    assert p.published_at == "2025-09-04"
    assert p.modified_at == "2025-09-04T19:24:33+00:00"


def test_declared_opengraph_date_wins_over_an_updated_only_byline():
    head = (ld(datePublished="2024-10-15T18:50:03+00:00", dateModified="2025-06-18T16:35:02+00:00")
            + og_published("2024-10-15T18:50:03.000Z"))
    p = clean_html(page(head, "<p>By Ana Lima</p><p>Updated on June 18, 2025</p>"), URL)
    assert p.published_at == "2024-10-15T18:50:03+00:00"
    assert p.modified_at == "2025-06-18T16:35:02+00:00"


def test_updated_byline_earlier_than_the_publication_is_not_taken():
    head = ld(datePublished="2026-01-05T00:00:00+00:00")
    p = clean_html(page(head, "<p>Updated Jun 16, 2025</p>"), URL)
    assert p.published_at == "2026-01-05T00:00:00+00:00"


def test_byline_showing_the_modification_date_yields_to_the_declared_publication():
    head = (ld(datePublished="2025-11-17T12:53:27+00:00", dateModified="2025-11-20T07:36:34+00:00")
            + og_published("2025-11-17T12:53:27+00:00"))
    p = clean_html(page(head, "<p>By Ana Lima</p><p>November 20, 2025</p>"), URL)
    assert p.published_at == "2025-11-17T12:53:27+00:00"


def test_ambiguous_numeric_date_is_read_the_way_the_metadata_says():
    head = ld(datePublished="2024-09-10T16:07:00+00:00")
    p = clean_html(page(head, "<p>By Ana Lima</p><p>09.10.2024</p>"), URL)
    assert p.published_at == "2024-09-10T16:07:00+00:00"


def test_numeric_date_without_metadata_is_read_month_first_and_day_first_when_it_must():
    dates = written_dates("Posted 3/4/2025 and again 25/12/2024")
    assert [(w.day, w.alt) for w in dates] == [("2025-03-04", "2025-04-03"), ("2024-12-25", None)]


def test_timestamp_in_the_text_is_a_written_date():
    assert [w.day for w in written_dates("Jane Doe 2022-11-23T08:10+02:00")] == ["2022-11-23"]


def test_originally_published_label_below_the_article_beats_an_unlabelled_byline_date():
    byline = "<p>Chris Carroll</p><p>30 Sep 2022, 11:07am</p>"
    after = "<p>This article was originally published on 26 Sep 2019 at 4:12pm.</p>"
    p = clean_html(page(byline=byline, after=after), URL)
    assert p.published_at == "2019-09-26"


@pytest.mark.parametrize("day, stamp, expected", [
    ("2025-07-04", "2025-07-05T00:04:00+00:00", True),   # US evening, UTC past midnight
    ("2017-01-24", "2017-01-23T21:08:14+00:00", True),   # east of UTC, already the next day
    ("2025-12-18", "2025-12-19T22:02:58+00:00", False),  # no zone is 22 hours behind UTC
    ("2025-12-18", "2025-12-19", False),                 # a date alone has no moment
    ("2025-12-16", "2025-12-18T12:00:00+00:00", False),  # two days apart
])
def test_one_moment_in_two_time_zones(day, stamp, expected):
    assert same_moment(day, stamp) is expected


def test_byline_date_a_time_zone_away_gives_the_metadata_timestamp():
    head = ld(datePublished="2025-07-05T00:04:00+00:00")
    p = clean_html(page(head, "<p>By Ana Lima</p><p>July 4, 2025</p>"), URL)
    assert p.published_at == "2025-07-05T00:04:00+00:00"


def test_byline_above_the_headline_without_an_h1_is_read():
    html = ("<html><head><meta property='og:title' content='Hardware-attested builds we can trust'>"
            "</head><body><div class='title'>Hardware-attested builds we can trust</div>"
            "<p>Dec 17, 2025</p>" + BODY + "</body></html>")
    assert clean_html(html, URL).published_at == "2025-12-17"


def test_date_finding_never_loads_dateparser():
    # htmldate's extensive search hands free text to dateparser, whose per-locale regex
    # compilation cost more than a third of cleaning (issue 5): cleaning must not reach it
    html = page(byline="<p>Publicado el 4 de agosto de 2021</p><p>il y a 3 jours</p>")
    script = (
        "import sys\n"
        "from pipeline.clean import clean_html\n"
        f"p = clean_html({html!r}, {URL!r})\n"
        "print(p.published_at, 'dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.split() == ["2021-08-04", "False"]


def test_opengraph_date_shown_under_the_headline_beats_an_older_json_ld_date():
    # a guide republished under the same address: JSON-LD keeps the first date
    head = (ld(datePublished="2018-04-03T16:50:31+00:00", dateModified="2025-12-19T18:06:00+00:00")
            + og_published("2025-12-19T18:06:00Z"))
    byline = "<p>By Ana Lima</p><p>Updated: Dec 19, 2025</p><p>Editor's note, December 19, 2025</p>"
    assert clean_html(page(head, byline), URL).published_at == "2025-12-19T18:06:00+00:00"


@pytest.mark.parametrize("text, label", [
    ("Publié le 4 mars 2024", "published"),
    ("Veröffentlicht am 4. März 2024", "published"),
    ("Publicado el 4 de marzo de 2024", "published"),
    ("Pubblicato il 4 marzo 2024", "published"),
    ("Aktualisiert am 4. März 2024", "modified"),
    ("Mis à jour le 4 mars 2024", "modified"),
    ("Atualizado em 4 de março de 2024", "modified"),
])
def test_date_labels_are_read_in_several_languages(text, label):
    assert [(w.day, w.label) for w in written_dates(text)] == [("2024-03-04", label)]


@pytest.mark.parametrize("name", ["publisheddate", "cxenseparse:publishtime", "published-time"])
def test_rarer_publication_meta_tags_are_read(name):
    head = f"<meta name='{name}' content='2023-02-14T09:00:00+01:00'>"
    assert clean_html(page(head), URL).published_at == "2023-02-14T09:00:00+01:00"


def test_meta_itemprop_naming_two_properties_gives_the_date():
    head = "<meta itemprop='dateCreated datePublished' content='2024-12-03T11:03:55-04:00'>"
    assert clean_html(page(head), URL).published_at == "2024-12-03T11:03:55-04:00"


def test_time_marked_date_published_beats_a_teasers_earlier_time():
    teaser = ("<aside><p>Also new</p><time datetime='2026-01-30T08:00:00+00:00'>Jan 30</time>"
              "</aside>")
    byline = "<p>By Ana Lima <time itemprop='datePublished' datetime='2025-11-02'>2 Nov</time></p>"
    html = (f"<html><body>{teaser}<h1>The harbour town that chose to forget</h1>{byline}{BODY}"
            "</body></html>")
    assert clean_html(html, URL).published_at == "2025-11-02"


def test_parsely_page_json_tag_gives_the_date_and_authors():
    value = json.dumps({"title": "Harbour", "pub_date": "2013-06-27T14:03:54Z",
                        "authors": ["Ana Lima", "Tomas Reyhan"]})
    head = f"<meta name='parsely-page' content='{value}'>"
    p = clean_html(page(head), URL)
    assert p.published_at == "2013-06-27T14:03:54+00:00"
    assert p.authors == ["Ana Lima", "Tomas Reyhan"]


@pytest.mark.parametrize("text, expected", [
    ("27 September,2023", "2023-09-27"),
    ("September 27,2023", "2023-09-27"),
    ("25.Jun.2019", "2019-06-25"),
    ("Updated on 09/11/25", "2025-09-11"),
    ("Published: 4/24/20", "2020-04-24"),
    ("11/19/19 06:56 AM EST", "2019-11-19"),
    ("On 11/13/19 at 4:00 PM", "2019-11-13"),
])
def test_more_written_date_forms_are_read(text, expected):
    assert [w.day for w in written_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["The team won 3/4/25 games", "Ratio 1/2/25 of the vote"])
def test_two_digit_year_numbers_without_a_label_or_time_are_not_dates(text):
    assert written_dates(text) == []


def test_month_shown_under_the_headline_dates_a_page_with_no_other_date():
    p = clean_html(page(byline="<p>Columns</p><p>November 2015</p>"), URL)
    assert p.published_at == "2015-11"


def test_byline_showing_the_modification_a_time_zone_away_yields_to_the_declared_date():
    head = og_published("2022-02-16T07:53:25+00:00") + ld(
        datePublished="2022-02-16T07:53:25+00:00", dateModified="2023-09-28T00:49:54+00:00")
    p = clean_html(page(head, "<p>27 September 2023</p><p>By Ana Lima</p>"), URL)
    assert p.published_at == "2022-02-16T07:53:25+00:00"


def test_date_under_the_headline_beats_a_metadata_date_shown_only_in_a_list_below():
    head = ld(datePublished="2026-03-13T12:00:00+00:00")
    after = "".join(f"<p>Another story {i}</p><p>Mar 13, 2026</p>" for i in range(3))
    p = clean_html(page(head, "<p>By Ana Lima</p><p>Mar 27, 2025</p>", BODY * 3 + after), URL)
    assert p.published_at == "2025-03-27"


@pytest.mark.parametrize("text, label", [
    ("Published | Oct 10, 2025", "published"),
    ("Updated • March 3, 2025", "modified"),
    ("Last updated · 3 March 2025", "modified"),
])
def test_a_separator_between_label_and_date_keeps_the_label(text, label):
    assert [w.label for w in written_dates(text)] == [label]


@pytest.mark.parametrize("text, label", [
    ("Updated by Ana Lima on March 3, 2025", "modified"),
    ("Medically reviewed by Dr. Ana Lima, MD — March 3, 2025", "modified"),
    ("Reviewed by\nAna Lima, CPA\nOn\nMarch 3, 2025", "modified"),
    ("Updated by Ana Lima\nPublished on March 3, 2025", "published"),
    ("By Ana Lima on March 3, 2025", None),
])
def test_an_updated_by_label_before_a_name_labels_the_date(text, label):
    assert [w.label for w in written_dates(text)] == [label]


def test_byline_date_under_the_headline_beats_a_date_line_above_it():
    html = ("<html lang='en'><body><p>Thursday, December 4, 2025</p><p>World</p>"
            "<h1>The harbour town that chose to forget</h1><p>By Ana Lima</p>"
            f"<p>March 27, 2025</p>{BODY}</body></html>")
    assert clean_html(html, URL).published_at == "2025-03-27"
