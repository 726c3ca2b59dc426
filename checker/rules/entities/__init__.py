"""Entity inconsistency: one person, place or organisation spelled two ways."""
from . import accent_variant, format_variant, spelling_variant

RULES = (spelling_variant.RULE, format_variant.RULE, accent_variant.RULE)
