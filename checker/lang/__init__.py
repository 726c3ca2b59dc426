"""Language annotations computed on demand: sentences, quotes, entities, numbers, alignment."""
