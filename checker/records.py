"""`record`: the dataclass of the tables made by the hundred at start-up (lexicon entries, rule examples, forms)."""
from __future__ import annotations

from dataclasses import dataclass

# Not frozen: a frozen dataclass sets each field through object.__setattr__, twice the cost of a plain one, and
# thousands are made before a check starts. Never changed once made, and hashed by value as a frozen one is.
record = dataclass(slots=True, unsafe_hash=True)
