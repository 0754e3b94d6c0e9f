"""The cleaning pipeline for one page: decode, parse, prune chrome, extract, filter, detect language."""

from __future__ import annotations

from . import chrome, language
from .classify import classify, page_features
from .errors import CleaningError, CleanCrawlError
from .extract import check_html, decode_html, extract_main, parse_html
from .metadata import finish, structured
from .page import CleanedPage, content_hash, site_of  # noqa: F401 - re-exported: callers import them from here


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
    extracted = doc.get("text") or ""
    links, author_links = chrome.page_link_texts(tree)
    text, line_removals = chrome.filter_text(
        extracted, title, links=links,
        standfirst=chrome.standfirst_texts(tree, meta.get("description"), extracted),
        authors=author_links,
        names=frozenset(" ".join(n.split()).lower() for n in meta.get("authors") or () if n),
    )
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
