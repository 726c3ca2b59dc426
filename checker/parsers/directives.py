"""Inline suppression comments: `<!-- checker: ignore CODE -->`, `<!-- checker: off -->`, `<!-- checker: on -->`."""
from __future__ import annotations

import re

DIRECTIVE_RE = re.compile(r"<!--\s*checker:\s*(?P<body>.*?)\s*-->", re.S | re.I)
_ACTION_RE = re.compile(r"^(ignore|disable|off|on|enable)\b(.*)$", re.S | re.I)


def parse_directive(match: re.Match) -> tuple[str, tuple[str, ...]] | None:
    """(action, codes) of a directive comment, or None when the comment is not one."""
    found = _ACTION_RE.match(match.group("body").strip())
    if not found:
        return None
    action = found.group(1).lower()
    action = {"disable": "off", "enable": "on"}.get(action, action)
    codes = tuple(c.strip().upper() for c in re.split(r"[\s,]+", found.group(2)) if c.strip())
    return action, codes
