"""Meta rules: about the checker's own suppression comments."""
