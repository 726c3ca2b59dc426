"""Repetition: accidentally doubled words and phrases."""
