"""The console script: answers `--version` before importing the command line (click, rules, data)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """`checker --version` prints the version at once; everything else goes to checker.cli.main.

    Without `argv` this is the process's own command line (the console script, `python -m checker`):
    the process is set up as a short one (`short_lived`) and ends here once the command is done,
    without freeing what it built (`end_process`).
    """
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from . import __version__
        sys.stdout.write(f"checker {__version__}\n")
        return 0
    if argv is None:
        short_lived()
    from .cli import main as cli_main
    code = cli_main(argv)
    if argv is None:
        end_process(code)
    return code


def short_lived() -> None:
    """Settings for a process that imports much, checks and ends.

    Start-up allocates hundreds of thousands of objects that live until the end (modules, tables):
    the collector's default thresholds would scan them dozens of times for no garbage. And what the
    previous run compiled (patterns, dataclass methods) is read back (`checker.data.cache.remember_compiled`).
    """
    import gc

    from .data.cache import remember_compiled

    gc.set_threshold(100_000, 50, 100)
    remember_compiled()


def end_process(code: int) -> None:
    """Exit now, as the interpreter would but without freeing every object one by one (a tenth of a check).

    The exit functions run and the output is flushed first; with other threads still running, or output
    that cannot be flushed, the interpreter's own exit takes over.
    """
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)
