"""Ingest a batch: files (.json articles, .txt, .html), folders of them, URLs, or files of URLs.

One bad item never stops the batch: each one that cannot be submitted is reported with its reason
and the rest go on; the command exits non-zero at the end if any item failed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from celery.exceptions import Retry
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from statements import services
from statements.extract import ExtractError, decode_text
from statements.models import Article
from statements.textinput import (
    MAX_URL_LENGTH,
    NUL_MESSAGE,
    has_nul,
    is_http_url,
    strip_controls,
)

logger = logging.getLogger(__name__)

SUFFIXES = {".json", ".txt", ".html", ".htm"}
LIST_SUFFIXES = {".urls", ".list"}
# "scheme:rest" with no space: a line of a URL list, whatever its scheme (checked per item).
URL_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
JSON_STRINGS = ("text", "title", "outlet", "source_url", "published")


class ItemError(Exception):
    """One input that cannot be submitted; the message says why, for the person running it."""


@dataclass(frozen=True)
class Item:
    """One thing to submit: a URL, or a file (`error` when it could not even be read)."""

    value: str | Path
    error: str = ""


def _looks_like_url(value: str) -> bool:
    """A command-line argument naming a URL (any scheme; only http(s) is then accepted)."""
    return "://" in value and bool(URL_LIKE.fullmatch(value))


def expand(inputs: list[str]) -> list[Item]:
    """Folders become their article files; a file of URLs (.urls, .list, or a .txt holding only
    URL-like lines) becomes the URLs. What cannot be read becomes an item with its error."""
    items: list[Item] = []
    for value in inputs:
        if _looks_like_url(value):
            items.append(Item(value))
            continue
        path = Path(value)
        try:
            if path.is_dir():
                items += [Item(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES]
            elif path.is_file():
                items += _file_items(path)
            else:
                items.append(Item(value, error="No such file, folder or URL."))
        except OSError as exc:
            items.append(Item(value, error=f"Cannot read it: {exc.strerror or exc}."))
    return items


def _file_items(path: Path) -> list[Item]:
    suffix = path.suffix.lower()
    if suffix not in LIST_SUFFIXES | {".txt"}:
        return [Item(path)]
    if path.stat().st_size > 50 * 1024 * 1024:
        return [Item(path)]
    lines = [ln.strip() for ln in path.read_text(errors="replace").splitlines() if ln.strip()]
    if suffix in LIST_SUFFIXES or (lines and all(URL_LIKE.fullmatch(ln) for ln in lines)):
        return [Item(ln) for ln in lines]
    return [Item(path)]


def _url(value: object, *, where: str) -> str:
    """An http(s) URL that fits the database, or an ItemError saying what is wrong with it."""
    url = services.normalise_url(str(value))
    if len(url) > MAX_URL_LENGTH:
        raise ItemError(f"{where} is {len(url):,} characters long; at most {MAX_URL_LENGTH:,}.")
    if not is_http_url(url):
        raise ItemError(f"{where} is not an http:// or https:// address: {url[:80]!r}.")
    return url


def _text(value: str, *, what: str) -> str:
    if has_nul(value):
        raise ItemError(f"The {what} {NUL_MESSAGE}")
    return strip_controls(value)


def read_json_article(content: str) -> dict[str, Any]:
    """The submit_article() arguments of one article object, or an ItemError saying why not."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise ItemError(f"Not valid JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise ItemError(
            f'A JSON file holds one article object with a "text" field, not a {_kind(data)}.'
        )
    for field in JSON_STRINGS:
        if data.get(field) is not None and not isinstance(data[field], str):
            raise ItemError(f'"{field}" must be a string, not a {_kind(data[field])}.')
    text = _text(data.get("text") or "", what='"text"')
    url = _url(data["source_url"], where='"source_url"') if data.get("source_url") else ""
    if not text.strip() and not url:
        raise ItemError('The article has neither "text" nor "source_url".')
    published = data.get("published") or ""
    try:
        day = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError as exc:
        raise ItemError(f'"published" is not a date (YYYY-MM-DD): {published[:40]!r}.') from exc
    return {
        "text": text,
        "url": url,
        "title": _text(data.get("title") or "", what='"title"'),
        "outlet": _text(data.get("outlet") or "", what='"outlet"'),
        "published": day,
    }


def _kind(value: object) -> str:
    return {list: "list", dict: "object", str: "string", bool: "boolean"}.get(
        type(value), "number" if isinstance(value, int | float) else type(value).__name__
    )


def submit(item: str | Path) -> services.Submission:
    """Submit one URL or file through the same path as the editors' form."""
    if isinstance(item, str):
        return services.submit_article(user=None, url=_url(item, where="The URL"))
    raw = item.read_bytes()
    try:
        content = decode_text(raw)
    except ExtractError as exc:
        article = services.record_failure(
            user=None, error=f"{strip_controls(item.name)}: {exc}", title=strip_controls(item.name)
        )
        return services.Submission(article, created=True)
    if item.suffix.lower() == ".json":
        return services.submit_article(user=None, **read_json_article(content))
    if item.suffix.lower() in {".html", ".htm"}:
        return services.submit_article(user=None, html=content, title="")
    title = strip_controls(item.stem.replace("_", " "))
    return services.submit_article(user=None, text=content, title=title)


class Command(BaseCommand):
    help = (
        "Ingest articles from files, folders, URLs or files of URLs, with a progress bar. "
        "Each item that fails is reported and the batch goes on; the exit status is 1 if any did."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")

    def handle(self, *args: Any, **options: Any) -> None:
        items = expand(options["inputs"])
        outcome: Counter[str] = Counter()
        failures: list[str] = []
        for item in tqdm(items, desc="ingest", unit="article", disable=not items):
            label = strip_controls(str(item.value))[:200]
            try:
                if item.error:
                    raise ItemError(item.error)
                submission = submit(item.value)
            except ItemError as exc:
                outcome["failed"] += 1
                failures.append(f"{label}: {exc}")
                continue
            except Retry as exc:
                # Tasks run eagerly (no broker): the article is recorded and its job asked to
                # be retried (network trouble); that is the pipeline's business, not a refusal.
                outcome["added, will retry"] += 1
                self.stderr.write(f"{label}: recorded; will retry: {exc.exc or exc}")
                continue
            except Exception as exc:
                # Anything else is a fault of ours, not of the item: logged, counted, and the
                # batch goes on.
                logger.exception("ingest of %s failed", label)
                outcome["failed"] += 1
                failures.append(f"{label}: {type(exc).__name__}: {exc}")
                continue
            article = Article.objects.get(pk=submission.article.pk)
            outcome["added" if submission.created else "already there"] += 1
            if article.status == "failed":
                outcome["failed"] += 1
                failures.append(f"{label}: {article.error}")
        for line in failures:
            self.stderr.write(line)
        summary = ", ".join(f"{n} {label}" for label, n in sorted(outcome.items()))
        self.stdout.write(f"{len(items)} input(s): {summary or 'nothing to do'}")
        if failures:
            first = "; ".join(failures[:3]) + ("; …" if len(failures) > 3 else "")
            raise CommandError(f"{len(failures)} of {len(items)} input(s) failed: {first}")
