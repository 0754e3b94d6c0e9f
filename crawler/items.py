"""What the spiders hand to the item pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """A page as fetched: enough to clean and store it without Scrapy."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    discovered_via: str = "link"
    language_hint: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class FetchFailure:
    """A request that produced no usable page."""

    url: str
    reason: str
    fetched_at: str
    stage: str = "fetch"
