"""Configuration from setup.cfg [checker] or pyproject.toml [tool.checker], nearest parent first."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .findings import Severity

FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(ValueError):
    """A configuration file or option that cannot be used; the message names it."""


@dataclass(frozen=True)
class Config:
    """The settings of a run: rules, severities, languages, models, output (from [checker] and the options)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # per rule code
    fail_on: str = "warning"
    source_lang: str = "fr"
    target_lang: str = "en"
    model: str | None = None  # causal language model directory or name, for needs_model rules
    model_encoder: str | None = None  # sentence encoder: a folder, a Hub name, or "none"; default: embedded USE
    model_lm: str | None = None  # causal language model (wins over the older `model`)
    model_translator: str | None = None  # FR→EN sequence-to-sequence model
    model_tagger: str | None = None  # token classification (NER) model
    models: bool = True  # `models = off` / --no-models: no model at all, the embedded encoder included
    model_device: str | None = None  # cpu, cuda…; default: CUDA when torch sees one
    pattern: str | None = None  # TRANSLATION_GLOB[:SOURCE_GLOB] naming translations in folders
    include: tuple[str, ...] = ()  # globs: only these files under folders are checked
    exclude: tuple[str, ...] = ()  # globs: files under folders left out
    quality_threshold: float = 0.5  # QLT001 below this estimated adequacy of the whole article (0..1)
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


MODEL_KEYS = ("model-encoder", "model-lm", "model-translator", "model-tagger")


def _switch(value, key: str, where: str) -> bool:
    text = str(value).strip().lower()
    if text in ("on", "true", "yes", "1"):
        return True
    if text in ("off", "false", "no", "0"):
        return False
    raise ConfigError(f"{where}: {key} must be on or off")


def _unknown_key(key: str, known: set[str], where: str) -> ConfigError:
    import difflib

    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known))})"
    return ConfigError(f"{where}: unknown option {key!r}{hint}")


def _fraction(value, key: str, where: str) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise ConfigError(f"{where}: {key} must be a number from 0 to 1")
    return number


def _from_mapping(data: dict, where: str) -> Config:
    known = {"select", "ignore", "severity", "fail-on", "source-lang", "target-lang", "model",
             "pattern", "include", "exclude", *MODEL_KEYS, "models", "model-device",
             "quality-threshold"}
    data = {str(key).strip().lower().replace("_", "-"): value for key, value in data.items()}  # fail_on = fail-on
    unknown = set(data) - known
    if unknown:
        raise _unknown_key(sorted(unknown)[0], known, where)
    fail_on = str(data.get("fail-on", "warning")).strip()
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}")
    return Config(
        select=_split(data.get("select", ())), ignore=_split(data.get("ignore", ())),
        severity=_severities(data.get("severity", ()), where), fail_on=fail_on,
        source_lang=str(data.get("source-lang", "fr")), target_lang=str(data.get("target-lang", "en")),
        model=_model(data.get("model"), where), path=where,
        **{key.replace("-", "_"): _model(data.get(key), where) for key in MODEL_KEYS},
        models=_switch(data.get("models", "on"), "models", where),
        model_device=str(data["model-device"]).strip() or None if "model-device" in data else None,
        pattern=str(data["pattern"]).strip() or None if "pattern" in data else None,
        include=_split(data.get("include", ())), exclude=_split(data.get("exclude", ())),
        quality_threshold=_fraction(data.get("quality-threshold", 0.5), "quality-threshold", where),
    )


def load_file(path: Path) -> Config | None:
    """The [checker] section of a setup.cfg/.ini or [tool.checker] of a pyproject.toml, if present."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read configuration ({str(exc).splitlines()[0]})") from None
    if (b"checker" if path.suffix == ".toml" else b"[checker]") not in raw:
        return None  # no section of ours: no parser to import
    import configparser
    import tomllib
    try:
        if path.suffix == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
            section = data.get("tool", {}).get("checker")
            return None if section is None else _from_mapping(dict(section), where)
        parser = configparser.ConfigParser()
        parser.read_string(raw.decode("utf-8"), source=where)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, configparser.Error) as exc:
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
