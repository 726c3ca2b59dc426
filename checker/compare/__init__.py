"""Comparators over aligned source and translation units: numbers, entities, negation, quotes."""
