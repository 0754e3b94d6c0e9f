"""The project's own exceptions, so callers can tell bad input from bugs."""


class CleanCrawlError(Exception):
    """Base class for every error cleancrawl raises on purpose."""


class NotHTML(CleanCrawlError):
    """The body is not an HTML document (binary, empty, or another content type)."""


class CleaningError(CleanCrawlError):
    """The page could be read but cleaning it failed."""


class StoreLocked(CleanCrawlError):
    """Another run holds the database lock."""


class StoreFull(CleanCrawlError):
    """The database cannot grow: its disk is full or it reached its size limit."""
