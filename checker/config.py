"""Configuration from setup.cfg [checker] or pyproject.toml [tool.checker], nearest parent first."""
from __future__ import annotations

import configparser
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from .findings import Severity

FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(ValueError):
    """A configuration file or option that cannot be used; the message names it."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # per rule code
    fail_on: str = "warning"
    source_lang: str = "fr"
    target_lang: str = "en"
    model: str | None = None  # causal language model directory or name, for needs_model rules
    path: str | None = None  # the file it came from

    def merged(self, **options) -> "Config":
        """This configuration with command-line options (None = not given) taking precedence."""
        given = {k: v for k, v in options.items() if v not in (None, ())}
        return replace(self, **given)


def _split(value) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        items = value
    else:
        items = str(value).replace("\n", ",").split(",")
    return tuple(i.strip() for i in items if str(i).strip())


def _severities(value, where: str) -> dict[str, Severity]:
    if isinstance(value, dict):
        pairs = value.items()
    else:
        pairs = []
        for item in _split(value):
            if ":" not in item and "=" not in item:
                raise ConfigError(f"{where}: severity entry {item!r} must be CODE:level")
            code, level = item.replace("=", ":").split(":", 1)
            pairs.append((code, level))
    try:
        return {code.strip().upper(): Severity.parse(level) for code, level in pairs}
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _model(value, where: str) -> str | None:
    """A model directory relative to the configuration file, else the value as given (a Hub name)."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    beside = Path(where).parent / value
    return str(beside) if not Path(value).is_absolute() and beside.is_dir() else value


def _from_mapping(data: dict, where: str) -> Config:
    known = {"select", "ignore", "severity", "fail-on", "source-lang", "target-lang", "model"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{where}: unknown option {sorted(unknown)[0]!r}")
    fail_on = str(data.get("fail-on", "warning")).strip()
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}")
    return Config(
        select=_split(data.get("select", ())), ignore=_split(data.get("ignore", ())),
        severity=_severities(data.get("severity", ()), where), fail_on=fail_on,
        source_lang=str(data.get("source-lang", "fr")), target_lang=str(data.get("target-lang", "en")),
        model=_model(data.get("model"), where), path=where,
    )


def load_file(path: Path) -> Config | None:
    """The [checker] section of a setup.cfg/.ini or [tool.checker] of a pyproject.toml, if present."""
    where = str(path)
    try:
        if path.suffix == ".toml":
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
            section = data.get("tool", {}).get("checker")
            return None if section is None else _from_mapping(dict(section), where)
        parser = configparser.ConfigParser()
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, configparser.Error) as exc:
        raise ConfigError(f"{where}: cannot read configuration ({str(exc).splitlines()[0]})") from None
    if not parser.has_section("checker"):
        return None
    return _from_mapping(dict(parser.items("checker")), where)


def discover(start: Path | None = None) -> Config:
    """The nearest setup.cfg [checker] or pyproject.toml [tool.checker] from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("setup.cfg", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                config = load_file(candidate)
                if config is not None:
                    return config
    return Config()
