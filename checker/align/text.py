"""Language-neutral text signals shared by the aligners: accent-folded character trigrams and Dice overlap."""
from __future__ import annotations

import re

from ..lang.folding import fold


def trigrams(text: str) -> frozenset[str]:
    """Character trigrams of the words of a text, accents folded (shared names and numbers align)."""
    grams = set()
    for word in re.findall(r"\w+", fold(text)):
        padded = f" {word} "
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
