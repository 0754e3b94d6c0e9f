"""Site configs from a `sites.toml`: start URLs, sitemaps, feeds, article URL patterns, politeness."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# Units a recrawl interval may use: `0`, `90s`, `30m`, `6h`, `7d`, `2w`.
DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")

# Keys a [sites.NAME] table may have; anything else is a typo worth reporting.
SITE_KEYS = {"start_urls", "sitemaps", "feeds", "article_patterns", "language", "recrawl_after",
             "politeness"}
POLITENESS_KEYS = {"download_delay", "concurrency"}


class SiteConfigError(ValueError):
    """A sites file that cannot be used as written."""


def parse_duration(value) -> float:
    """Seconds in a duration such as `0`, `45m`, `6h`, `7d` (a bare number is seconds)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = DURATION_RE.match(str(value))
        if not match:
            raise SiteConfigError(f"{value!r} is not a duration like 0, 30m, 6h or 7d")
        seconds = float(match.group(1)) * DURATION_UNITS[match.group(2) or "s"]
    if seconds < 0:
        raise SiteConfigError(f"{value!r}: a duration cannot be negative")
    return seconds


@dataclass(frozen=True)
class SiteConfig:
    """How to crawl one site."""

    name: str
    start_urls: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    article_patterns: tuple[str, ...] = ()
    language: str | None = None
    recrawl_after: float | None = None  # seconds; None = the crawl's default
    download_delay: float | None = None
    concurrency: int | None = None
    _compiled: tuple = field(default=(), compare=False, repr=False)

    @property
    def hosts(self) -> set[str]:
        """Hosts (host:port when a port is given) this site's pages live on."""
        urls = (*self.start_urls, *self.sitemaps, *self.feeds)
        return {urlsplit(u).netloc.lower() for u in urls if urlsplit(u).hostname}

    def is_article_url(self, url: str) -> bool:
        """True if the URL may be an article (always true when no patterns are configured)."""
        if not self.article_patterns:
            return True
        compiled = self._compiled or tuple(re.compile(p) for p in self.article_patterns)
        return any(p.search(url) for p in compiled)


def _strings(name: str, key: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SiteConfigError(f"site {name!r}: {key} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def site_from_table(name: str, table: dict, defaults: dict) -> SiteConfig:
    """One SiteConfig from its TOML table, with [defaults] filling what it leaves out."""
    merged = {**defaults, **table}
    unknown = set(merged) - SITE_KEYS
    if unknown:
        raise SiteConfigError(f"site {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
    politeness = {**defaults.get("politeness", {}), **table.get("politeness", {})}
    if set(politeness) - POLITENESS_KEYS:
        raise SiteConfigError(f"site {name!r}: unknown politeness key(s) "
                              f"{', '.join(sorted(set(politeness) - POLITENESS_KEYS))}")
    start_urls = _strings(name, "start_urls", merged.get("start_urls"))
    if not start_urls:
        raise SiteConfigError(f"site {name!r} has no start_urls")
    patterns = _strings(name, "article_patterns", merged.get("article_patterns"))
    try:
        compiled = tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        raise SiteConfigError(f"site {name!r}: bad article pattern: {exc}") from exc
    recrawl = merged.get("recrawl_after")
    return SiteConfig(
        name=name,
        start_urls=start_urls,
        sitemaps=_strings(name, "sitemaps", merged.get("sitemaps")),
        feeds=_strings(name, "feeds", merged.get("feeds")),
        article_patterns=patterns,
        language=merged.get("language") or None,
        recrawl_after=None if recrawl is None else parse_duration(recrawl),
        download_delay=None if politeness.get("download_delay") is None else float(politeness["download_delay"]),
        concurrency=None if politeness.get("concurrency") is None else int(politeness["concurrency"]),
        _compiled=compiled,
    )


def load_sites(path: str | Path, only: str | None = None) -> list[SiteConfig]:
    """The sites of a sites.toml, in file order; `only` picks one by name."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SiteConfigError(f"cannot read {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(f"{path} is not valid TOML: {exc}") from exc
    tables = data.get("sites")
    if not isinstance(tables, dict) or not tables:
        raise SiteConfigError(f"{path} defines no [sites.NAME] tables")
    defaults = data.get("defaults", {})
    sites = [site_from_table(name, table, defaults) for name, table in tables.items()]
    if only is not None:
        sites = [s for s in sites if s.name == only]
        if not sites:
            raise SiteConfigError(f"no site named {only!r} in {path} "
                                  f"(sites: {', '.join(tables)})")
    return sites


def site_for_url(sites: list[SiteConfig], url: str) -> SiteConfig | None:
    """The configured site a URL belongs to, by host (and port)."""
    host = urlsplit(url).netloc.lower()
    return next((s for s in sites if host in s.hosts), None)
