"""Boilerplate: site furniture scraped into the article text."""
