"""Entity inconsistency: one person, place or organisation spelled two ways."""

RULES: tuple = ()
