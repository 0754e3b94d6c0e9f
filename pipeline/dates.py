"""Dates: ISO 8601 normalisation and the dates a reader sees written on the page."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Month names and abbreviations in English, Spanish, Portuguese, French, German and Italian.
MONTH_NAMES = (
    ("january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "gennaio", "gen"),
    ("february", "feb", "febrero", "fevereiro", "fev", "février", "févr", "februar", "febbraio"),
    ("march", "mar", "marzo", "março", "mars", "märz", "mär"),
    ("april", "apr", "abril", "abr", "avril", "avr", "aprile"),
    ("may", "mayo", "maio", "mai", "maggio", "mag"),
    ("june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu"),
    ("july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug"),
    ("august", "aug", "agosto", "ago", "août"),
    ("september", "sep", "sept", "septiembre", "setiembre", "setembro", "septembre", "settembre"),
    ("october", "oct", "octubre", "outubro", "octobre", "oktober", "okt", "ottobre", "ott"),
    ("november", "nov", "noviembre", "novembro", "novembre"),
    ("december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "déc", "dezember",
     "dicembre"),
)
MONTHS = {name: i + 1 for i, names in enumerate(MONTH_NAMES) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Written dates as they appear in bylines: "August 19, 2025", "19 Aug 2025", "2025-08-19", "08/19/2025".
TEXT_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    # "19 August 2025", "4 de agosto de 2021", "4. August 2021", "04-ago-2021"
    re.compile(rf"\b{_DAY}(?:\s+of|\s+de)?[\s\-]+{_MONTH}(?:\s+de)?,?[\s\-]+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<nmonth>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    re.compile(r"\b(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
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


# Words written before a date that say which date it is ("Published on", "Last updated:").
MODIFIED_LABEL = re.compile(r"(updated|modified|revised|reviewed|edited)(\s+on)?\s*[:\-–]?\s*$",
                            re.I)
PUBLISHED_LABEL = re.compile(
    r"(published|posted|released|publication date|date published)(\s+on)?\s*[:\-–]?\s*$", re.I)


def date_label(before: str) -> str | None:
    """'published', 'modified' or None, from the text just before a written date."""
    if MODIFIED_LABEL.search(before):
        return "modified"
    if PUBLISHED_LABEL.search(before):
        return "published"
    return None


# Every written date holds a year; the patterns run only around years, since the month-name
# alternation tried at every position of a long page cost more than the rest of metadata.
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_CONTEXT = (-40, 12)


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


def written_dates(text: str) -> list[tuple[int, str, str | None]]:
    """(position, YYYY-MM-DD, label) of every date written in the text, in reading order."""
    found: dict[int, tuple[int, str, str | None]] = {}
    windows = _year_windows(text)
    for pattern in TEXT_DATES:
        # \b still sees the characters before a window's start: the search runs on the whole text
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            g = m.groupdict()
            month = MONTHS[g["month"].lower()] if g.get("month") else int(g["nmonth"])
            try:
                day = date(int(g["year"]), month, int(g["day"]))
            except ValueError:
                continue
            label = date_label(text[max(0, m.start() - 30) : m.start()])
            found.setdefault(m.start(), (m.start(), day.isoformat(), label))
    return sorted(found.values())


# Where a byline's date sits relative to the headline, in characters of visible text.
BYLINE_WINDOW = (-200, 600)


def choose_published(published: str | None, modified: str | None, found,
                     written: list[tuple[int, str, str | None]], headline_at: int | None) -> str | None:
    """The publication date a reader sees, from metadata dates and the dates written on the page.

    Metadata often carries a stale or template date while the byline shows the real one, so a
    date is trusted in this order: labelled "Published" under the headline; the metadata's
    publication date when the page shows it; any known date shown under the headline (not one
    labelled "Updated"); the first such date under the headline; a known date shown anywhere;
    the metadata's date. A byline showing only "Last updated" is not trusted: on as many pages
    the publication date the metadata gives is the one readers (and date filters) mean.
    """
    # found may be a function: the search behind it is costly and often not needed
    lazy_found = found if callable(found) else (lambda: found)
    lo, hi = BYLINE_WINDOW
    byline = [(d, label) for pos, d, label in written
              if headline_at is not None and lo <= pos - headline_at <= hi]
    labelled = [d for d, label in byline if label == "published"]
    if labelled:
        return labelled[0]
    shown = {d for _, d, _ in written}
    if published and published[:10] in shown:
        return published
    # a date labelled "Updated" is not the publication, whatever else the page says
    near = [d for d, label in byline if label != "modified"]
    for known in (published, modified):
        if known and known[:10] in near:
            return known
    if near and lazy_found() and lazy_found()[:10] in near:
        return lazy_found()
    if near:
        return near[0]
    if shown and lazy_found() and lazy_found()[:10] in shown:
        return lazy_found()
    return published or lazy_found()
