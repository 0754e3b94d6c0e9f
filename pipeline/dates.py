"""Dates: ISO 8601 normalisation and the dates a reader sees written on the page."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Month names and abbreviations in English, Spanish, Portuguese, French, German and Italian.
MONTH_NAMES = (
    ("january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "gennaio", "gen",
     "januari", "stycznia", "styczeń"),
    ("february", "feb", "febrero", "fevereiro", "fev", "février", "févr", "februar", "febbraio",
     "februari", "lutego", "luty"),
    ("march", "mar", "marzo", "março", "mars", "märz", "mär", "maart", "marca", "marzec"),
    ("april", "apr", "abril", "abr", "avril", "avr", "aprile", "kwietnia", "kwiecień"),
    ("may", "mayo", "maio", "mai", "maggio", "mag", "mei", "maja", "maj"),
    ("june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu", "czerwca", "czerwiec"),
    ("july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug", "lipca", "lipiec"),
    ("august", "aug", "agosto", "ago", "août", "augustus", "sierpnia", "sierpień"),
    ("september", "sep", "sept", "septiembre", "setiembre", "setembro", "septembre", "settembre",
     "września", "wrzesień"),
    ("october", "oct", "octubre", "outubro", "octobre", "oktober", "okt", "ottobre", "ott",
     "października", "październik"),
    ("november", "nov", "noviembre", "novembro", "novembre", "listopada", "listopad"),
    ("december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "déc", "dezember",
     "dicembre", "grudnia", "grudzień"),
)
MONTHS = {name: i + 1 for i, names in enumerate(MONTH_NAMES) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Written dates as they appear in bylines: "August 19, 2025", "19 Aug 2025", "2025-08-19", "08/19/2025".
TEXT_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I),
    # "19 August 2025", "4 de agosto de 2021", "4. August 2021", "04-ago-2021", "25.Jun.2019",
    # "27 September,2023"
    re.compile(rf"\b{_DAY}(?:\s+of|\s+de)?[\s\-.]+{_MONTH}(?:\s+de)?(?:,\s*|[\s\-.]+){_YEAR}\b",
               re.I),
    # "2025-08-19", also as the start of a timestamp written out ("2025-08-19T08:10+02:00")
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<nmonth>[01]?\d)[-/.](?P<day>[0-3]?\d)(?:\b|(?=T\d))"),
    # "08/19/2025" (read month first, as most pages that write it do) or "19/08/2025"
    re.compile(r"\b(?P<nmonth>[0-3]?\d)(?P<slashed>/)(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
    # "19.08.2025" (day first; "08.19.2025" too)
    re.compile(r"\b(?P<day>[0-3]?\d)(?P<dotted>\.)(?P<nmonth>[0-3]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
)


def iso_date(v) -> str | None:
    """An ISO 8601 date or datetime from what pages write; the page's local day is kept."""
    if not isinstance(v, str):
        return None
    v = v.strip()
    if not v:
        return None
    if ISO_DATE.match(v) and len(v) == 10:
        return v if valid_day(v) else None
    if ISO_DATE.match(v):
        try:
            return datetime.fromisoformat(v.replace("Z", "+00:00").replace(" ", "T", 1)).isoformat()
        except ValueError:
            return v[:10] if valid_day(v[:10]) else None
    try:
        from dateutil import parser

        with warnings.catch_warnings():
            # "EST", "IST": an unknown zone name still leaves the day, which is all we keep then
            warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
            parsed = parser.parse(v, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= parsed.year <= date.today().year + 1:
        return None
    # a date written without a time stays a date: midnight would be invented precision
    return parsed.isoformat() if ":" in v else parsed.date().isoformat()


def valid_day(s: str) -> bool:
    """Is s a real YYYY-MM-DD day?"""
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


# Words written before a date that say which date it is ("Published on", "Last updated:"), in
# English, Spanish, Portuguese, French, German, Italian and Dutch, as the month names above.
MODIFIED_WORDS = ("updated", "modified", "revised", "reviewed", "edited", "actualizado",
                  "atualizado", "modificado", "mis à jour", "mise à jour", "modifié",
                  "aktualisiert", "geändert", "aggiornato", "modificato", "bijgewerkt")
PUBLISHED_WORDS = ("published", "posted", "released", "publication date", "date published",
                   "publicado", "publié", "publiée", "veröffentlicht", "erschienen",
                   "pubblicato", "gepubliceerd", "date de publication", "fecha de publicación")
# the words a label may end with: "on", "el", "em", "le", "am", "il", "op" ("Publicado el")
# and a separator a byline may set between label and date ("Published | Oct 10, 2025")
_LABEL_END = r"(\s+(?:on|el|em|le|am|il|op))?\s*[:\-–|•·]?\s*$"
MODIFIED_LABEL = re.compile(rf"({'|'.join(MODIFIED_WORDS)}){_LABEL_END}", re.I)
PUBLISHED_LABEL = re.compile(rf"({'|'.join(PUBLISHED_WORDS)}){_LABEL_END}", re.I)


# "Updated by Jon Linkov on", "Medically reviewed by Dr. Ana Lima, MD —": the label before a
# name, with no other label between
_BY_NAME = r"\s+by\s+(?:(?!\b(?:{})\b)[^\n]){{1,40}}?(?:\s+on|\s*[,:\-–|•·])?\s*$"
MODIFIED_BY_LABEL = re.compile(
    rf"\b({'|'.join(MODIFIED_WORDS)})" + _BY_NAME.format("|".join(PUBLISHED_WORDS)), re.I)
# how far before a date its label may start, in characters
LABEL_CHARS = 30
LABEL_BY_CHARS = 60


def date_label(before: str) -> str | None:
    """'published', 'modified' or None, from the text just before a written date."""
    near = before[-LABEL_CHARS:]
    if MODIFIED_LABEL.search(near):
        return "modified"
    if PUBLISHED_LABEL.search(near):
        return "published"
    if "by" in before.lower() and MODIFIED_BY_LABEL.search(before):
        return "modified"
    return None


# Every written date holds a year; the patterns run only around years, since the month-name
# alternation tried at every position of a long page cost more than the rest of metadata.
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_CONTEXT = (-40, 12)


class WrittenDate(NamedTuple):
    """A date written on the page: where, which day, its label, and the other reading if ambiguous."""

    pos: int
    day: str
    label: str | None
    alt: str | None = None  # "04/05/2024": May 4 where pages write the day first

    def days(self) -> tuple[str, ...]:
        return (self.day, self.alt) if self.alt else (self.day,)


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) spans of text around each year written in it."""
    spans: list[tuple[int, int]] = []
    before, after = YEAR_CONTEXT
    for m in YEAR.finditer(text):
        start, end = max(0, m.start() + before), min(len(text), m.end() + after)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _readings(g: dict, day_first: bool = False, dots_month_first: bool = False
              ) -> tuple[str | None, str | None]:
    """(day, other reading) of a date: "25/12/2024" is read day first, "04/05/2024" both ways,
    slashed dates month first unless the page's language writes the day first, dotted ones day
    first unless the page is in US English."""
    year, day = int(g["year"]), int(g["day"])
    if g.get("month"):
        return _day(year, MONTHS[g["month"].lower()], day), None
    month = int(g["nmonth"])
    first = _day(year, month, day)
    if g.get("slashed") or g.get("dotted"):
        swapped = _day(year, day, month)
        if first is None:
            return swapped, None
        if swapped is not None and (day_first and g.get("slashed")
                                    or dots_month_first and g.get("dotted")):
            first, swapped = swapped, first  # "05/03/2025" on a Brazilian page: 5 March
        return first, swapped if swapped != first else None
    return first, None


# "Updated on 09/11/25", "11/19/19 06:56 AM": a numeric date with a two-digit year, read only
# after a label or before a time that says it is a date ("3/4/25" alone may be a score, a ratio
# or a version).
# The search starts at the first slash, a literal the regex engine finds fast (a pattern
# starting with a digit class cost half a millisecond a page); the month is read back from there.
SHORT_YEAR_DATE = re.compile(r"/(?P<day>[0-3]?\d)/(?P<year>\d\d)(?![\d/])")
_MONTH_BEFORE = re.compile(r"(?<![\d/.])[0-3]?\d$")
_TIME_AFTER = re.compile(r"(?:,|\s+at|\s*[-–|])?\s+[0-2]?\d:[0-5]\d(?!\d)")


# Languages whose numeric dates put the month first ("03/05/2025" is March 5): US English and
# its kin; every other language, and British English, write the day first.
MONTH_FIRST_LANGS = ("en", "en-us", "en-ca", "en-ph")


def day_first(lang: str | None) -> bool:
    """True when a page in this language (an html lang or og:locale) writes the day first."""
    return bool(lang) and lang.strip().lower().replace("_", "-") not in MONTH_FIRST_LANGS


# Dotted dates are European, day first ("04.03.2025"), except on pages that say they are in US
# English: a US firm's "02.12.2025" is February 12. A bare "en" page may be a European site's.
DOTS_MONTH_FIRST_LANGS = ("en-us", "en-ph")


def dots_month_first(lang: str | None) -> bool:
    """True when a page in this language writes dotted dates month first."""
    return bool(lang) and lang.strip().lower().replace("_", "-") in DOTS_MONTH_FIRST_LANGS


def written_dates(text: str, lang: str | None = None) -> list[WrittenDate]:
    """Every date written in the text, in reading order, labelled "published"/"modified"."""
    first, dots = day_first(lang), dots_month_first(lang)
    found: dict[int, WrittenDate] = {}
    if "/" in text:
        for m in SHORT_YEAR_DATE.finditer(text):
            month = _MONTH_BEFORE.search(text, max(0, m.start() - 3), m.start())
            label = month and date_label(
                text[max(0, month.start() - LABEL_BY_CHARS) : month.start()])
            # "11/19/19 06:56 AM EST": a time after it says it is a date too
            if month and (label or _TIME_AFTER.match(text, m.end())):
                day, alt = _readings({"nmonth": month.group(), "slashed": "/",
                                      "day": m.group("day"), "year": f"20{m.group('year')}"}, first)
                if day and day <= date.today().isoformat():
                    found[month.start()] = WrittenDate(month.start(), day, label, alt)
    windows = _year_windows(text)
    for pattern in TEXT_DATES:
        # \b still sees the characters before a window's start: the search runs on the whole text
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            day, alt = _readings(m.groupdict(), first, dots)
            if day is None:
                continue
            label = date_label(text[max(0, m.start() - LABEL_BY_CHARS) : m.start()])
            found.setdefault(m.start(), WrittenDate(m.start(), day, label, alt))
    return sorted(found.values())


# "November 2015" on a short line of its own: a monthly magazine's issue, a dated column.
MONTH_LINE = re.compile(rf"(?m)^[^\n]{{0,20}}?\b{_MONTH}\s+{_YEAR}\b[^\n]{{0,12}}$", re.I)


def shown_month(text: str, headline_at: int | None) -> str | None:
    """The month ("YYYY-MM") a short line near the headline dates the article by, if any."""
    if headline_at is None:
        return None
    lo, hi = BYLINE_WINDOW
    for m in MONTH_LINE.finditer(text, max(0, headline_at + lo), headline_at + hi):
        if m.group("month")[0].isupper():
            return f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}"
    return None


# Dates in permalinks: "/2025/12/18/slug", "/2025/dec/05/", "/2026-01-26-slug", "/archive/2025/12/".
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d|[a-z]{3,9})(?:[/-](?P<day>[0-3]?\d))?"
    r"(?=[/\-_.+]|$)", re.I)


def url_date(url: str | None) -> str | None:
    """The publication day ("YYYY-MM-DD") or month ("YYYY-MM") a permalink carries, if any."""
    path = urlsplit(url).path if url else ""
    for m in URL_DATE.finditer(path):
        month = m.group("month").lower()
        month = MONTHS.get(month) if month.isalpha() else int(month)
        if not month or not 1 <= month <= 12:
            continue
        year = int(m.group("year"))
        if not 1990 <= year <= date.today().year + 1:
            continue
        if m.group("day"):
            day = _day(year, month, int(m.group("day")))
            if day:
                return day
            continue
        return f"{year:04d}-{month:02d}"
    return None


# Where a byline's date sits relative to the headline, in characters of visible text.
BYLINE_WINDOW = (-200, 600)


# How far under the headline a date still sits in its byline, in characters of visible text.
UNDER_HEADLINE_CHARS = 300


# Time zones run from UTC-12 to UTC+14.
ZONE_RANGE = (timedelta(hours=-12), timedelta(hours=14))


def same_moment(day: str, stamp: str) -> bool:
    """Can a timestamp fall on that (neighbouring) day in some time zone? A date alone cannot."""
    try:
        moment = datetime.fromisoformat(stamp)
        wanted = date.fromisoformat(day)
    except ValueError:
        return False
    if len(stamp) <= 10 or abs((wanted - moment.date()).days) != 1:
        return False
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
        lo, hi = ZONE_RANGE
    else:  # a local time: the page may have meant any zone from UTC-12 to +14 of it
        lo, hi = ZONE_RANGE[0] - ZONE_RANGE[1], ZONE_RANGE[1] - ZONE_RANGE[0]
    return (moment + lo).date() <= wanted <= (moment + hi).date()


def choose_published(published: str | None, modified: str | None, found,
                     written: list[WrittenDate], headline_at: int | None,
                     url: str | None = None, declared: str | None = None,
                     month: str | None = None) -> str | None:
    """The publication date a reader sees, from metadata dates and the dates written on the page.

    In this order: a permalink's day ("/2025/12/18/": the publication's local day; a permalink's
    month rules out other months); a date labelled "Published" under the headline; the byline's
    "Updated" date when it is the only date there and no OpenGraph article:published_time says
    otherwise; the metadata's publication date when the page shows it, else OpenGraph's when it
    is shown under the headline; a known date shown under the headline (not one labelled
    "Updated"); the one date labelled "Published" anywhere; the first date under the headline
    (the metadata's, when both are one moment in two time zones); a found date shown on the
    page; the metadata's date; then whatever the page has. Of the byline's dates, those under
    the headline count before those above it.

    "Updated"-only bylines, on the WCXB dev half: where the metadata's publication date differs,
    the ground truth took the "Updated" date on 7 of 8 pages without article:published_time, and
    the declared date on 12 of 15 pages with it.
    """
    # found may be a function: the search behind it is costly and often not needed
    lazy_found = found if callable(found) else (lambda: found)
    in_url = url_date(url)
    if in_url and len(in_url) == 10:
        return published if published and published[:10] == in_url else in_url
    if in_url:
        # a permalink's month rules out dates from other months (a book's release, a comment)
        written = [w for w in written if any(d.startswith(in_url) for d in w.days())]
        if published and not published.startswith(in_url):
            published = None
    lo, hi = BYLINE_WINDOW
    byline = [w for w in written if headline_at is not None and lo <= w.pos - headline_at <= hi]
    # dates under the headline first: above it stand a section's or the site's date lines
    byline = ([w for w in byline if w.pos >= headline_at]
              + [w for w in byline if w.pos < headline_at])
    labelled = [w.day for w in byline if w.label == "published"]
    if labelled:
        return published if published and published[:10] == labelled[0] else labelled[0]
    shown_updated = byline[0].day if byline and all(w.label == "modified" for w in byline) else None
    if shown_updated and not declared and not (published and published[:10] > shown_updated):
        # the page presents itself by its "Updated" date, and only JSON-LD says otherwise
        return published if published and published[:10] == shown_updated else shown_updated
    shown = {d for w in written for d in w.days()}
    # a date labelled "Updated" is not the publication, whatever else the page says
    near = [w for w in byline if w.label != "modified"]
    near_days = {d for w in near for d in w.days()}
    # the metadata's date written only far from the headline (in a list of other articles),
    # while another date stands right under it: the reader sees that one as the article's
    under = [w for w in near if 0 <= w.pos - headline_at <= UNDER_HEADLINE_CHARS]
    if published and published[:10] in shown and (published[:10] in near_days or not under):
        return published
    if declared and declared[:10] in near_days:
        # OpenGraph's publication date shown under the headline, where JSON-LD keeps an older
        # one (a guide republished under the same address)
        return declared
    if declared and published and modified and (
            modified[:10] in near_days or any(same_moment(d, modified) for d in near_days)):
        # a byline showing, unlabelled, what the metadata calls the modification (perhaps as
        # the local day of a UTC timestamp): CMSs print the last edit there, while OpenGraph
        # still declares when the article came out
        return published
    for known in (published, modified):
        if known and known[:10] in near_days:
            return known
    # the one date the page labels "Published" (below the article: "Originally published on"),
    # before an unlabelled date near the headline when the metadata has none
    published_labels = {w.day for w in written if w.label == "published"}
    if len(published_labels) == 1 and (not published or not near):
        (day,) = published_labels
        return published if published and published[:10] == day else day
    # the other reading of "3/4/2025" counts only against metadata: a date found by searching the
    # page is that same text read one way or the other
    if near and lazy_found() and lazy_found()[:10] in {w.day for w in near}:
        return lazy_found()
    if near:
        if published and same_moment(near[0].day, published):
            return published
        return near[0].day
    # with a declared publication date, a found date the page labels "Updated" is not it
    found_shown = {w.day for w in written if not (declared and w.label == "modified")}
    if lazy_found() and lazy_found()[:10] in found_shown:
        return lazy_found()
    if published:
        return published
    labelled_anywhere = [w.day for w in written if w.label == "published"] + [
        w.day for w in written if w.label == "modified"]
    return (lazy_found() or (byline[0].day if byline else None)
            or (labelled_anywhere[0] if labelled_anywhere else None) or in_url
            or modified or (written[0].day if written else None) or month)
