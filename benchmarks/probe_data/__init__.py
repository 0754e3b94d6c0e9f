"""Probe pages for benchmarks/probe_pages.py: chrome blocks, articles and metadata pages."""
