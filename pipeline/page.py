"""What cleaning produces for one page, in a module light enough for the crawl process to import."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit



@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner dropped, and the rule that dropped it."""

    text: str
    rule: str


@dataclass
class CleanedPage:
    """Everything cleancrawl keeps about one page."""

    url: str
    site: str
    is_article: bool
    page_kind: str
    title: str | None = None
    text: str = ""
    language: str | None = None
    language_confidence: float = 0.0
    word_count: int = 0
    content_hash: str | None = None
    author: str | None = None
    published_at: str | None = None
    modified_at: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    image: str | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    rating: float | None = None
    rating_best: float | None = None
    rating_worst: float | None = None
    item_reviewed: str | None = None
    item_reviewed_type: str | None = None
    removed: list[Removal] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-able dict; removals as {'text', 'rule'} dicts."""
        d = asdict(self)
        d["removed"] = [asdict(r) for r in self.removed]
        return d


def site_of(url: str) -> str:
    """The site a URL belongs to: its host without a leading 'www.'."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def content_hash(text: str) -> str:
    """Stable hash of the cleaned text, whitespace-normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
