"""The Scrapy project: fetching only. Cleaning and storage live in pipeline/."""
