"""checker: translation-quality and claim-attribution checks for machine-translated news."""

__version__ = "0.1.0"
