"""Command line: check, rules, explain, quotes, batch, models."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import FAIL_ON, Config, ConfigError, discover, load_file
from .findings import Severity
from .errors import InputError
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


MODEL_OPTIONS = ("model_encoder", "model_lm", "model_translator", "model_tagger", "model_device")


def _model_options(command):
    """The model layer's options, shared by check, batch and models."""
    options = [
        click.option("--model-encoder", metavar="NAME", default=None,
                     help="Sentence encoder: a folder, a Hub name, 'use-multilingual' (embedded, the default) "
                          "or 'none'."),
        click.option("--model-lm", metavar="NAME", default=None,
                     help="Causal language model (folder or Hub name) for surprisal checks."),
        click.option("--model-translator", metavar="NAME", default=None,
                     help="FR→EN sequence-to-sequence model (folder or Hub name) for back-translation."),
        click.option("--model-tagger", metavar="NAME", default=None,
                     help="Token classification (NER) model (folder or Hub name)."),
        click.option("--model-device", metavar="DEVICE", default=None,
                     help="cpu, cuda, cuda:1… (default: CUDA when torch sees one, else the CPU)."),
        click.option("--no-models", is_flag=True, default=False,
                     help="Use no model at all, the embedded encoder included."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _model_settings(options: dict) -> dict:
    """Config fields from the model options (None where not given)."""
    settings = {key: options.get(key) for key in MODEL_OPTIONS}
    settings["models"] = False if options.get("no_models") else None
    return settings


def _preload_model(config: Config, inputs: frozenset[str] = frozenset({"source", "quotes"})) -> None:
    """Load the models that selected rules will use before any work, so problems fail first.

    `inputs` are those this run has (source, quotes): a rule that also needs a missing one is
    skipped anyway, and its model is not loaded for nothing.
    """
    if not config.models:
        return  # --no-models: nothing to load, nor the model layer to import
    from .api import model_set, selected_rules
    from .context import MODEL_KINDS
    models = model_set(config)
    kinds: set[str] = set()
    for rule in selected_rules(config):
        needs = rule.needs
        if needs - set(MODEL_KINDS) <= inputs:
            kinds |= needs & set(MODEL_KINDS)
    for kind in sorted(kinds):
        if models.available(kind):
            models.get(kind)


def _inputs(has_source: bool, has_quotes: bool) -> frozenset[str]:
    return frozenset({"source"} if has_source else ()) | frozenset({"quotes"} if has_quotes else ())


def _write(output: str | None, text: str) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CheckerError(f"{output}: cannot create directory {target.parent} ({exc.strerror or exc})") from None
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
@click.option("--model", metavar="PATH", default=None, help="Same as --model-lm (kept for old invocations).")
@_model_options
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what remains.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; change nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, include the fixes that need an editor.")
@click.option("--follow-sources", is_flag=True,
              help="Check a source file named here (post.fr.md) through its translation (post.en.md).")
def check(paths, source, quotes, fmt, output, select, ignore, fail_on, config_path, source_lang,
          target_lang, encoding, color, model, fix, diff, unsafe_fixes, follow_sources, **model_options) -> None:
    """Check translations (files or directories) and report findings."""
    from .api import check_jobs
    from .inputs import discover as discover_jobs, load_quotes

    config = _config(config_path).merged(
        select=_codes(select), ignore=_codes(ignore), fail_on=fail_on,
        source_lang=source_lang, target_lang=target_lang, model=model, **_model_settings(model_options),
    )
    if fix and diff:
        raise CheckerError("--fix and --diff: choose one")
    _check_codes(config, _codes(select) or (), _codes(ignore) or ())
    jobs = discover_jobs(list(paths), source, config.source_lang, config.target_lang,
                         include=config.include, exclude=config.exclude, follow_sources=follow_sources)
    if not jobs and follow_sources:
        return  # only sources without translations were named (a pre-commit run)
    if not jobs:
        raise CheckerError(f"{' '.join(paths)}: no Markdown, text or HTML files to check")
    _preload_model(config, _inputs(any(job.source_path for job in jobs), bool(quotes)))
    source_quotes = load_quotes(quotes, encoding) if quotes else ()
    report = check_jobs(jobs, config, source_quotes, encoding, with_quotes=fmt in ("json", "html"))
    if fix or diff:
        if _fix_files(report, encoding, unsafe_fixes, write=fix) and diff:
            raise SystemExit(1)
        if diff:
            return
        report = check_jobs(jobs, config, source_quotes, encoding, with_quotes=fmt in ("json", "html"))
    from .reporters import reporter_for
    use_color = (output is None and sys.stdout.isatty()) if color is None else color
    _write(output, reporter_for(fmt)(report, color=use_color and fmt == "text", fail_on=config.fail_on))
    if config.fail_on != "never":
        threshold = Severity.parse(config.fail_on)
        if any(f.severity >= threshold for f in report.findings):
            raise SystemExit(1)


def _check_codes(config: Config, cli_select: tuple[str, ...], cli_ignore: tuple[str, ...]) -> None:
    """Unknown codes fail before any work, naming where they were written: an option or a configuration key."""
    from .registry import select_rules
    from .rules import deferred_rules
    for key, codes in (("select", config.select), ("ignore", config.ignore), ("severity", tuple(config.severity))):
        for code in codes:
            try:
                select_rules(deferred_rules(), (code,))
            except UnknownCode as exc:
                given = cli_select if key == "select" else cli_ignore if key == "ignore" else ()
                where = f"--{key}" if code in given or config.path is None else f"{config.path}: {key}"
                raise CheckerError(f"{where}: {exc}") from None


def _fix_files(report, encoding: str | None, unsafe: bool, write: bool) -> int:
    """Apply (or, with write=False, print as a diff) the fixes of each file; returns how many were found."""
    from .fixes import apply_edits, edits_for, unified_diff, write_atomic
    changes = []
    for file in report.files:
        edits = edits_for(file.findings, unsafe)
        if edits:
            changes.append((file.path, file.doc.raw, apply_edits(file.doc.raw, edits), len(edits)))
    if not write:
        click.echo("".join(unified_diff(path, before, after) for path, before, after, _ in changes), nl=False)
        return sum(n for *_, n in changes)
    for path, _, after, _ in changes:
        write_atomic(path, after, encoding)
    total = sum(n for *_, n in changes)
    click.echo(f"checker: fixed {total} finding{'s' if total != 1 else ''} in {len(changes)} "
               f"file{'s' if len(changes) != 1 else ''}", err=True)
    return total


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
@click.option("--group-by", metavar="FIELD", default=None,
              help="Check records sharing this field's value together, as one document.")
@click.option("--order-by", metavar="FIELD", default=None, help="Order of the records in a document.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit status 1 (default: warning).")
@click.option("--resume", is_flag=True, help="Skip the records already in --output and append the rest.")
@click.option("--engine", type=click.Choice(["datasets", "ray"]), default="datasets", show_default=True)
@click.option("--address", metavar="ADDR", default=None,
              help="Ray cluster to join (auto, or ray://host:10001); default: a local Ray.")
@click.option("--num-actors", type=click.IntRange(1, 100000), default=None,
              help="Ray actors checking records (default: from the CPUs).")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=None,
              help="Records per Ray batch (default: 32).")
@click.option("--select", metavar="CODES")
@click.option("--ignore", metavar="CODES")
@click.option("--config", "config_path", metavar="FILE")
@click.option("--source-lang", default=None)
@click.option("--target-lang", default=None)
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "csv", "parquet"]), default="auto",
              help="Format of DATA (default: from the file names).")
@click.option("--model", metavar="PATH", default=None, help="Same as --model-lm (kept for old invocations).")
@_model_options
def batch(data, target_field, source_field, quotes_field, id_field, output, num_proc, group_by, order_by,
          fail_on, resume, engine, address, num_actors, batch_size, select, ignore,
          config_path, source_lang, target_lang, fmt, model, **model_options) -> None:
    """Check every record of a JSONL, CSV or Parquet dataset; one JSON line per record."""
    from .batch import run_batch
    config = _config(config_path).merged(select=_codes(select), ignore=_codes(ignore), fail_on=fail_on,
                                         source_lang=source_lang, target_lang=target_lang, model=model,
                                         **_model_settings(model_options))
    _preload_model(config, _inputs(bool(source_field), bool(quotes_field)))
    tally = run_batch(data, config, target_field=target_field, source_field=source_field,
                      quotes_field=quotes_field, id_field=id_field, output=output, num_proc=num_proc,
                      data_format=fmt, group_by=group_by, order_by=order_by, resume=resume, engine=engine,
                      address=address, num_actors=num_actors, batch_size=batch_size)
    if config.fail_on != "never" and tally.worst is not None and tally.worst >= Severity.parse(config.fail_on):
        raise SystemExit(1)


@cli.command("models")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", metavar="FILE", help="Read [checker] settings from this file.")
@click.option("--model", metavar="PATH", default=None, help="Same as --model-lm.")
@_model_options
def models_cmd(fmt, config_path, model, **model_options) -> None:
    """Each model interface: what is configured, where it loads from, whether it loads, size, licence."""
    from .api import model_set
    from .models.catalog import describe, render
    config = _config(config_path).merged(model=model, **_model_settings(model_options))
    click.echo(render(describe(model_set(config).config), fmt), nl=False)


@cli.command("align")
@click.argument("source")
@click.argument("translation")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", metavar="FILE", help="Write the alignment here instead of standard output.")
@click.option("--config", "config_path", metavar="FILE", help="Read [checker] settings from this file.")
@click.option("--source-lang", default=None, help="Language of the source (default: fr).")
@click.option("--target-lang", default=None, help="Language of the translation (default: en).")
@click.option("--encoding", default=None, help="Encoding of the input files (default: UTF-8).")
@_model_options
def align(source, translation, fmt, output, config_path, source_lang, target_lang, encoding,
          **model_options) -> None:
    """Show the sentence alignment of a translation with its source, side by side."""
    from .align.render import render_alignment
    from .api import model_set
    from .context import Context
    from .inputs import check_not_swapped, load_document
    config = _config(config_path).merged(source_lang=source_lang, target_lang=target_lang,
                                         **_model_settings(model_options))
    doc = load_document(translation, config.target_lang, encoding)
    src = load_document(source, config.source_lang, encoding)
    check_not_swapped(doc, src, config.target_lang, config.source_lang)
    ctx = Context(doc, src, models=model_set(config))
    _write(output, render_alignment(src, doc, ctx.get("pair.sentences"), ctx.get("source.sentences"),
                                    ctx.get("target.sentences"), fmt))


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
