"""Downloader and spider middlewares, one small class per concern."""
