"""Reading inputs: decoding files, pairing translations with sources, loading source quotes."""
from __future__ import annotations

import fnmatch
import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .errors import InputError
from .parsers import format_for, parse
from .source_quotes import SourceQuote

TEXT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm", ".xhtml")
# Hugo-style language suffix: post.en.md, index.fr.html
LANG_SUFFIX_RE = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})(?P<ext>\.[A-Za-z]+)$")


@dataclass(frozen=True)
class Job:
    """One translation to check, with its source when there is one."""

    path: str
    source_path: str | None = None
    explicit: bool = False  # named on the command line (not found by walking a directory)


def read_text(path: str, encoding: str | None = None) -> str:
    """Decode a file strictly (UTF-8 unless told otherwise); a BOM is dropped."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192] and not (encoding or "").lower().startswith("utf-16"):
        raise InputError(f"{path}: looks like a binary file, not text")
    codec = encoding or "utf-8-sig"
    if codec.lower().replace("_", "-") in ("utf-8", "utf8"):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        hint = "" if encoding else "; name its encoding with --encoding"
        raise InputError(f"{path}: not valid {codec.replace('-sig', '')} at byte {exc.start}{hint}") from None
    return text.lstrip("\ufeff")


def load_document(path: str, lang: str, encoding: str | None = None, fmt: str | None = None) -> Document:
    raw = read_text(path, encoding)
    try:
        return parse(raw, fmt or format_for(path), path=path, lang=lang)
    except RecursionError:
        raise InputError(f"{path}: too deeply nested to parse") from None


def _is_checkable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")


def discover(paths: list[str], source: str | None, source_lang: str, target_lang: str, *,
             include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
             follow_sources: bool = False) -> list[Job]:
    """Jobs for the given files and directories, pairing `name.<target>.ext` with `name.<source>.ext`.

    Under folders, `include` (globs: only these) and `exclude` (globs: not these) select files; with
    `follow_sources`, a source named on the command line is checked through its translation.
    """
    jobs: list[Job] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory")
        if path.is_dir():
            if source:
                raise InputError(f"{source}: --source goes with a single file, not the directory {given}")
            jobs.extend(_walk(path, source_lang, target_lang, include, exclude))
            continue
        translation = _translation_of(path, source_lang, target_lang) if follow_sources and not source else None
        if translation is None and follow_sources and not source and \
                file_language(path, source_lang, target_lang) == source_lang != target_lang:
            continue  # a source with no translation yet: nothing to check
        if translation is not None:
            job = Job(str(translation), _paired_source(translation, source_lang, target_lang), explicit=True)
        else:
            job = Job(given, source or _paired_source(path, source_lang, target_lang), explicit=True)
        if job.path not in {j.path for j in jobs}:
            jobs.append(job)
    if source and len(jobs) > 1:
        raise InputError(f"{source}: --source goes with a single translation file, {len(jobs)} were given")
    if source and not Path(source).is_file():
        raise InputError(f"{source}: no such file")
    return jobs


def _matches_any(path: Path, globs: tuple[str, ...]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(path.name, g) or
               fnmatch.fnmatch(posix, f"*/{g.lstrip('/')}") for g in globs)


def _walk(folder: Path, source_lang: str, target_lang: str, include: tuple[str, ...] = (),
          exclude: tuple[str, ...] = ()) -> list[Job]:
    jobs = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not _is_checkable(path):
                continue
            if include and not _matches_any(path, include) or exclude and _matches_any(path, exclude):
                continue
            lang = file_language(path, source_lang, target_lang)
            if lang == source_lang and lang != target_lang:
                continue  # a source file: checked as the source of its translation
            jobs.append(Job(str(path), _paired_source(path, source_lang, target_lang)))
    return jobs


# Hugo's site configuration files, in the order Hugo reads them
SITE_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml",
                "config.json", "config/_default/hugo.toml", "config/_default/hugo.yaml",
                "config/_default/config.toml", "config/_default/config.yaml")


@functools.lru_cache(maxsize=256)
def site_language(folder: Path) -> str | None:
    """Hugo's `defaultContentLanguage` of the site holding `folder` (nearest configuration upwards).

    A site configuration without the key means Hugo's default, English; no configuration: None.
    """
    for directory in (folder.resolve(), *folder.resolve().parents):
        for name in SITE_CONFIGS:
            config = directory / name
            if not config.is_file():
                continue
            data = _read_site_config(config)
            if data is None:
                continue
            value = next((v for k, v in data.items() if str(k).lower() == "defaultcontentlanguage"), "en")
            return str(value).strip().lower().replace("_", "-").split("-")[0] or "en"
    return None


def _read_site_config(path: Path) -> dict | None:
    try:
        if path.suffix == ".toml":
            import tomllib
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            import yaml
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):  # tomllib.TOMLDecodeError is a ValueError
        return None
    except Exception:  # yaml.YAMLError
        return None
    return data if isinstance(data, dict) else None


def file_language(path: Path, source_lang: str, target_lang: str) -> str | None:
    """A file's language: its Hugo suffix (post.fr.md); for `index.md` beside `index.en.md`, the site's
    default content language, else the language read in the file; otherwise None (not known)."""
    match = LANG_SUFFIX_RE.match(path.name)
    if match:
        return match.group("lang")
    if not any(path.with_name(f"{path.stem}.{lang}{path.suffix}").is_file() for lang in (source_lang, target_lang)):
        return None
    site = site_language(path.parent)
    if site is not None:
        return site
    try:
        doc = load_document(str(path), target_lang)
    except InputError:
        return None
    from .lang.langid import document_language
    guess = document_language(doc.text)
    return guess.lang if guess.confidence >= SURE else None


def _translation_of(path: Path, source_lang: str, target_lang: str) -> Path | None:
    """The translation of a source file (post.fr.md → post.en.md, or index.md on a French-default site)."""
    if file_language(path, source_lang, target_lang) != source_lang or source_lang == target_lang:
        return None
    match = LANG_SUFFIX_RE.match(path.name)
    stem, ext = (match.group("stem"), match.group("ext")) if match else (path.stem, path.suffix)
    candidates = [path.with_name(f"{stem}.{target_lang}{ext}")]
    if match:
        candidates.append(path.with_name(f"{stem}{ext}"))
    for candidate in candidates:
        if candidate.is_file() and candidate != path and \
                file_language(candidate, source_lang, target_lang) == target_lang:
            return candidate
    return None


def _paired_source(path: Path, source_lang: str, target_lang: str) -> str | None:
    """The source of a translation: front matter `source:` (relative path), else the Hugo sibling
    (`post.fr.md`, or the unsuffixed `post.md` when that is the site's default, source, language)."""
    declared = _front_matter_source(path)
    if declared:
        candidate = (path.parent / declared)
        if not candidate.is_file():
            raise InputError(f"{path}: front matter names source {declared!r}, which does not exist")
        return str(candidate)
    match = LANG_SUFFIX_RE.match(path.name)
    stem, ext = (match.group("stem"), match.group("ext")) if match else (path.stem, path.suffix)
    lang = match.group("lang") if match else file_language(path, source_lang, target_lang)
    if lang is not None and lang != target_lang:
        return None
    candidates = [path.with_name(f"{stem}.{source_lang}{ext}")]
    if match:
        candidates.append(path.with_name(f"{stem}{ext}"))
    for sibling in candidates:
        if sibling.is_file() and sibling != path and file_language(sibling, source_lang, target_lang) == source_lang:
            return str(sibling)
    return None


def _front_matter_source(path: Path) -> str | None:
    if path.suffix.lower() not in (".md", ".markdown", ".mdx"):
        return None
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", head, re.S)
    if not match:
        return None
    import yaml
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None
    value = data.get("source") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian"}
SURE = 0.95  # langdetect probability above which a whole document's language is not in doubt
MIN_WORDS = 30


# Common English words that French never writes. Where they make an eighth of every stretch of 30 words
# a document of 90 words or more opens with, no detector reads the opening as another language (on WMT14
# documents with French segments mixed in, those read as French had at most 8% in some stretch): the
# detector, a cost at start-up, is not asked.
ENGLISH_ONLY = frozenset("""the and of to that is was for with he his it have has had were be been are this they
their which would will said from by not but who in at its also after we you more there what when than into over
about could should our against during between last week one two all she her him them these those other new
year years people told says such only some any being under while where how why off out up then because before
many most made make so can may do did does no""".split())
PLAINLY = 0.12
STRETCH = 30
LATIN_WORD_RE = re.compile(r"[^\W\d_]+")


def plainly_english(text: str, sample: int = 6000) -> bool:
    """Every stretch of the opening `sample` characters (what the detector reads) is plainly English."""
    found = LATIN_WORD_RE.findall(text[:sample].lower())
    parts = len(found) // STRETCH
    if parts < 3:
        return False
    step = -(-len(found) // parts)
    return all(sum(w in ENGLISH_ONLY for w in found[i:i + step]) >= PLAINLY * len(found[i:i + step])
               for i in range(0, len(found), step))


def check_not_swapped(translation, source, target_lang: str, source_lang: str) -> None:
    """Refuse a translation and source given the wrong way round (the French file as the translation)."""
    if target_lang == source_lang:
        return
    if target_lang == "en" and plainly_english(translation.text):
        return  # it reads as the target language: neither a swap nor another language
    from .lang.langid import document_language

    if source is None:
        check_language(translation, target_lang)
        return
    if min(len(translation.text.split()), len(source.text.split())) < MIN_WORDS:
        return
    read_t, read_s = document_language(translation.text), document_language(source.text)
    if read_t.lang == source_lang and read_s.lang == target_lang and min(read_t.confidence, read_s.confidence) >= SURE:
        name = LANGUAGE_NAMES.get(source_lang, source_lang)
        raise InputError(f"{translation.path}: the translation reads as {name} and its source {source.path} "
                         f"as {LANGUAGE_NAMES.get(target_lang, target_lang)}: were they given the wrong way "
                         f"round? (or set --target-lang/--source-lang)")


def check_language(doc, target_lang: str) -> None:
    """Refuse a translation that reads, from its start to its end, as another language than the target.

    One clear error (exit status 2) rather than a finding per paragraph: nothing else can be said about
    such a file. Short texts and mixed ones (an English article quoting French) are left to the rules.
    """
    from .lang.langid import document_language

    text = doc.text
    if len(text.split()) < MIN_WORDS:
        return
    head = document_language(text)
    tail = head if len(text) <= 6000 else document_language(text[-6000:])  # the same text: the same answer
    if head.lang == tail.lang != target_lang and min(head.confidence, tail.confidence) >= SURE:
        read = LANGUAGE_NAMES.get(head.lang, head.lang)
        raise InputError(f"{doc.path}: reads as {read}, not {LANGUAGE_NAMES.get(target_lang, target_lang)} "
                         f"(the target language): is it the source? Check its translation, or set --target-lang "
                         f"{head.lang}")


def guess_language(path: str, text: str, default: str = "en") -> str:
    """A file's language: its Hugo suffix (post.fr.md), else what langdetect reads, else `default`."""
    match = LANG_SUFFIX_RE.match(Path(path).name)
    if match:
        return match.group("lang")
    from .lang.langid import document_language

    guess = document_language(text)
    return guess.lang if guess.lang in ("en", "fr") and guess.confidence >= SURE else default


def load_quotes(path: str, encoding: str | None = None) -> tuple[SourceQuote, ...]:
    """Source quotes from YAML or JSON: a list of {speaker, text, lang?, source?}."""
    raw = read_text(path, encoding)
    try:
        if path.lower().endswith(".json"):
            data = json.loads(raw)
        else:
            import yaml
            data = yaml.safe_load(raw)
    except (ValueError, Exception) as exc:  # yaml.YAMLError and json errors alike
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not valid {'JSON' if path.lower().endswith('.json') else 'YAML'} ({first})") from None
    if isinstance(data, dict) and isinstance(data.get("quotes"), list):
        data = data["quotes"]
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of quotes ({{speaker, text}})")
    quotes = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise InputError(f"{path}: quote {i} is not an object")
        speaker, text = item.get("speaker"), item.get("text")
        if not isinstance(speaker, str) or not speaker.strip():
            raise InputError(f"{path}: quote {i} has no speaker")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{path}: quote {i} has no text")
        lang = item.get("lang")
        if lang is not None and (not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2}", lang)):
            raise InputError(f"{path}: quote {i} has lang {lang!r}, not an ISO 639-1 code")
        extra = set(item) - {"speaker", "text", "lang", "source"}
        if extra:
            raise InputError(f"{path}: quote {i} has unknown field {sorted(extra)[0]!r}")
        source = item.get("source")
        quotes.append(SourceQuote(speaker.strip(), text.strip(), lang, str(source) if source is not None else None))
    return tuple(quotes)
