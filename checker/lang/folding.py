"""Case- and accent-insensitive text for loose comparisons (names, speakers, quoted words)."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Casefolded, with accents and other combining marks removed (NFKD): 'Élysée' -> 'elysee'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
