"""Boilerplate: site furniture scraped into the article text."""
from .outlet_suffix import RULE as OUTLET_SUFFIX
from .site_furniture import RULE as SITE_FURNITURE

RULES = (SITE_FURNITURE, OUTLET_SUFFIX)
