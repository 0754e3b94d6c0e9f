"""cleancrawl's spiders, one per way of discovering pages."""
