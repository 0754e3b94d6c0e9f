"""The cleaning pipeline for one page: decode, parse, prune chrome, extract, filter, detect language."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from . import chrome, language
from .classify import classify, page_features
from .errors import CleaningError, CleanCrawlError
from .extract import check_html, decode_html, extract_main, parse_html
from .metadata import finish, structured


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
    removed: list[chrome.Removal] = field(default_factory=list)

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


def clean_html(
    body: bytes | str,
    url: str,
    *,
    content_type: str | None = None,
    language_hint: str | None = None,
) -> CleanedPage:
    """Clean one page. Raises NotHTML for bodies that are not HTML, CleaningError on failure."""
    if isinstance(body, bytes):
        check_html(body, content_type)
    elif not body.strip():
        check_html(b"", content_type)
    try:
        return _clean(body, url, content_type, language_hint)
    except CleanCrawlError:
        raise
    except RecursionError as exc:
        raise CleaningError("page too deeply nested to clean") from exc
    except Exception as exc:  # noqa: BLE001 - any library failure becomes a recorded failure
        raise CleaningError(f"{type(exc).__name__}: {exc}") from exc


def _clean(body, url, content_type, language_hint) -> CleanedPage:
    tree = parse_html(decode_html(body, content_type))
    md = structured(tree, url)
    features = page_features(tree, url)
    removed = chrome.prune_html(tree)
    doc = extract_main(tree, url)
    meta = finish(md, doc, url, tree)
    title = meta["title"]
    text, line_removals = chrome.filter_text(doc.get("text") or "", title)
    removed.extend(line_removals)
    is_article, kind = classify(url, md, text, features)
    lang, conf = language.detect(text, language_hint or md.get("html_lang"))
    return CleanedPage(
        url=url,
        site=site_of(url),
        is_article=is_article,
        page_kind=kind,
        **meta,
        text=text,
        language=lang,
        language_confidence=conf,
        word_count=len(text.split()),
        content_hash=content_hash(text) if text else None,
        removed=removed,
    )
