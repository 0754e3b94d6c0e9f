"""A small article page for metadata tests: a headline, a byline slot and a real body."""

from __future__ import annotations

BODY = (
    "<p>The series opens quietly, with a long shot of an empty harbour, and it takes its time. "
    "Over eight episodes it builds a patient portrait of a town that has decided to forget, and "
    "of the one detective who will not let it. The performances are restrained and the writing "
    "trusts its audience.</p><p>Not every thread lands, and the middle episodes sag, but the "
    "final two hours are among the best television of the year.</p>"
)
URL = "https://www.harbourpost.example/reviews/the-long-night"
HEADLINE = "The harbour town that chose to forget"


def page(head: str = "", byline: str = "", after: str = "") -> str:
    """An article page: head markup, a headline, a byline block, the body, then more markup."""
    return (f"<html lang='en'><head>{head}</head><body><h1>{HEADLINE}</h1>{byline}{BODY}{after}"
            "</body></html>")
