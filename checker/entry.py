"""The console script: answers `--version` before importing the command line (click, rules, data)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """`checker --version` prints the version at once; everything else goes to checker.cli.main."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from . import __version__
        sys.stdout.write(f"checker {__version__}\n")
        return 0
    from .cli import main as cli_main
    return cli_main(argv)
