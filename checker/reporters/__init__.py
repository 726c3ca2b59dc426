"""Reporters turn a Report into text, JSON, SARIF, GitHub annotations or HTML."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from ..runner import Report

FORMATS = ("text", "json", "sarif", "github", "html")


def reporter_for(fmt: str) -> Callable[..., str]:
    """The render function of a format: render(report, *, color=False, fail_on=...) -> str."""
    if fmt == "text":
        from .text import render
    elif fmt == "json":
        from .json import render
    elif fmt == "sarif":
        from .sarif import render
    elif fmt == "github":
        from .github import render
    elif fmt == "html":
        from .html import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render


def __getattr__(name: str):
    if name == "Report":  # re-exported lazily: the command line needs FORMATS before any report exists
        from ..runner import Report
        return Report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "Report", "reporter_for"]
