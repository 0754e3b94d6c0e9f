"""cleancrawl's library: extraction, cleaning, language, storage and export. No Scrapy here."""

__version__ = "0.1.0"
