"""Boilerplate: site furniture scraped into the article text."""
from .furniture_line import RULE as FURNITURE_LINE
from .outlet_suffix import RULE as OUTLET_SUFFIX
from .reader_prompt import RULE as READER_PROMPT
from .site_furniture import RULE as SITE_FURNITURE

RULES = (SITE_FURNITURE, OUTLET_SUFFIX, READER_PROMPT, FURNITURE_LINE)
