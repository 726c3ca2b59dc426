"""Command line: check, rules, explain, quotes, batch."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import FAIL_ON, Config, ConfigError, discover, load_file
from .findings import Severity
from .inputs import InputError, discover as discover_jobs, load_quotes
from .registry import UnknownCode
from .reporters import FORMATS


class CheckerError(Exception):
    """An input or usage error reported as one line, exit status 2."""


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip() for c in value.split(",") if c.strip())


def _config(config_path: str | None) -> Config:
    if config_path:
        path = Path(config_path)
        if not path.is_file():
            raise ConfigError(f"{config_path}: no such configuration file")
        loaded = load_file(path)
        if loaded is None:
            raise ConfigError(f"{config_path}: no [checker] or [tool.checker] section")
        return loaded
    return discover()


def _preload_model(config: Config) -> None:
    """Load the configured model before any work when a selected rule needs it, so problems fail first."""
    from .api import selected_rules
    if config.model and any(rule.needs_model for rule in selected_rules(config)):
        from .models.causal_lm import load_model
        load_model(config.model)


def _write(output: str | None, text: str) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    if not target.parent.exists():
        raise CheckerError(f"{output}: directory {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CheckerError(f"{output}: cannot write ({exc.strerror or exc})") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="checker", message="%(prog)s %(version)s")
def cli() -> None:
    """Check machine-translated news for artefacts and misattributed quotes."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--source", "source", metavar="FILE", help="The original article (French by default).")
@click.option("--quotes", "quotes", metavar="FILE", help="What speakers actually said (YAML or JSON list).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", metavar="FILE", help="Write the report here instead of standard output.")
@click.option("--select", metavar="CODES", help="Comma-separated rule codes, prefixes or categories to run.")
@click.option("--ignore", metavar="CODES", help="Comma-separated rule codes, prefixes or categories to skip.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit status 1 (default: warning).")
@click.option("--config", "config_path", metavar="FILE", help="Read [checker] settings from this file.")
@click.option("--source-lang", default=None, help="Language of the source (default: fr).")
@click.option("--target-lang", default=None, help="Language of the translation (default: en).")
@click.option("--encoding", default=None, help="Encoding of the input files (default: UTF-8).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@click.option("--model", metavar="PATH", default=None,
              help="Causal language model (directory, or Hub name) enabling model-assisted rules.")
def check(paths, source, quotes, fmt, output, select, ignore, fail_on, config_path, source_lang,
          target_lang, encoding, color, model) -> None:
    """Check translations (files or directories) and report findings."""
    from .api import check_jobs

    config = _config(config_path).merged(
        select=_codes(select), ignore=_codes(ignore), fail_on=fail_on,
        source_lang=source_lang, target_lang=target_lang, model=model,
    )
    jobs = discover_jobs(list(paths), source, config.source_lang, config.target_lang)
    if not jobs:
        raise CheckerError(f"{' '.join(paths)}: no Markdown, text or HTML files to check")
    _preload_model(config)
    source_quotes = load_quotes(quotes, encoding) if quotes else ()
    report = check_jobs(jobs, config, source_quotes, encoding, with_quotes=fmt in ("json", "html"))
    from .reporters import reporter_for
    use_color = (output is None and sys.stdout.isatty()) if color is None else color
    _write(output, reporter_for(fmt)(report, color=use_color and fmt == "text", fail_on=config.fail_on))
    if config.fail_on != "never":
        threshold = Severity.parse(config.fail_on)
        if any(f.severity >= threshold for f in report.findings):
            raise SystemExit(1)


@cli.command("rules")
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_cmd(code, fmt) -> None:
    """List the rules, or show one rule's documentation."""
    from .docs import rule_table, rules_json
    if code:
        _explain(code)
        return
    click.echo(rules_json() if fmt == "json" else rule_table(), nl=False)


@cli.command()
@click.argument("code")
def explain(code) -> None:
    """Show a rule's documentation and examples."""
    _explain(code)


def _explain(code: str) -> None:
    from .docs import explain_rule
    from .rules import rule_by_code
    rule = rule_by_code(code)
    if rule is None:
        raise CheckerError(f"{code}: unknown rule code (see 'checker rules')")
    click.echo(explain_rule(rule), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "fr"]), default=None,
              help="Language of the files (default: from a post.fr.md suffix, else detected).")
@click.option("--encoding", default=None, help="Encoding of the input files (default: UTF-8).")
@click.option("--output", "-o", metavar="FILE")
def quotes(paths, fmt, lang, encoding, output) -> None:
    """List the quotes in files with their speakers."""
    from .quotes_report import render_quotes
    _write(output, render_quotes(list(paths), fmt, lang, encoding))


@cli.command()
@click.argument("data")
@click.option("--target-field", required=True, help="Field holding the translation.")
@click.option("--source-field", default=None, help="Field holding the source text.")
@click.option("--quotes-field", default=None, help="Field holding source quotes (list of {speaker, text}).")
@click.option("--id-field", default=None, help="Field holding the record id (default: the row number).")
@click.option("--output", "-o", metavar="FILE", help="JSON lines output (default: standard output).")
@click.option("--num-proc", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--select", metavar="CODES")
@click.option("--ignore", metavar="CODES")
@click.option("--config", "config_path", metavar="FILE")
@click.option("--source-lang", default=None)
@click.option("--target-lang", default=None)
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "csv", "parquet"]), default="auto",
              help="Format of DATA (default: from the file names).")
@click.option("--model", metavar="PATH", default=None,
              help="Causal language model (directory, or Hub name) enabling model-assisted rules.")
def batch(data, target_field, source_field, quotes_field, id_field, output, num_proc, select, ignore,
          config_path, source_lang, target_lang, fmt, model) -> None:
    """Check every record of a JSONL, CSV or Parquet dataset; one JSON line per record."""
    from .batch import run_batch
    config = _config(config_path).merged(select=_codes(select), ignore=_codes(ignore),
                                         source_lang=source_lang, target_lang=target_lang, model=model)
    _preload_model(config)
    run_batch(data, config, target_field=target_field, source_field=source_field,
              quotes_field=quotes_field, id_field=id_field, output=output, num_proc=num_proc,
              data_format=fmt)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; errors become one line on stderr and exit status 2."""
    try:
        cli.main(args=argv, prog_name="checker", standalone_mode=False)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except click.exceptions.Abort:
        click.echo("checker: aborted", err=True)
        return 2
    except click.exceptions.NoSuchOption as exc:
        click.echo(f"checker: error: {exc.format_message()}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"checker: error: {exc.format_message()}", err=True)
        return 2
    except (InputError, ConfigError, CheckerError) as exc:
        click.echo(f"checker: error: {exc}", err=True)
        return 2
    except UnknownCode as exc:
        click.echo(f"checker: error: --select/--ignore: {exc}", err=True)
        return 2
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        click.echo("checker: interrupted", err=True)
        return 130
    return 0
