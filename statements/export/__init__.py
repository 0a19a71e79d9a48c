"""Story dossiers: `build_dossier` gathers the data, one renderer per format turns it into bytes.

`render_dossier(story, fmt=...)` is the one call for everything else (views, command, task).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from statements.export.data import Dossier, build_dossier, dossier_version
from statements.models import Story
from statements.querysets import (
    INCLUDE_ACCEPTED,
    INCLUDE_ALL,
    INCLUDE_DEFAULT,
    INCLUDE_EVERYTHING,
    INCLUDES,
    Filters,
)


@dataclass(frozen=True)
class Format:
    extension: str
    content_type: str
    render: Callable[[Dossier], bytes]
    # How much of each article's text the format prints, given the statement count (None: all).
    article_chars: Callable[[int], int | None]


def _markdown(dossier: Dossier) -> bytes:
    from statements.export.markdown import render_markdown

    return render_markdown(dossier).encode("utf-8")


def _json(dossier: Dossier) -> bytes:
    from statements.export.jsonexport import render_json

    return render_json(dossier).encode("utf-8")


def _csv(dossier: Dossier) -> bytes:
    from statements.export.csvexport import render_csv

    # A byte-order mark so that spreadsheets read the UTF-8 names and quotes correctly.
    return render_csv(dossier).encode("utf-8-sig")


def _pdf(dossier: Dossier) -> bytes:
    from statements.export.pdf import render_pdf

    return render_pdf(dossier)


def _markdown_chars(statements: int) -> int:
    from statements.export.markdown import APPENDIX_TEXT_LIMIT

    return APPENDIX_TEXT_LIMIT + 1  # one more, so the appendix knows it cut the text


def _pdf_chars(statements: int) -> int:
    from statements.export.pdf import appendix_chars

    return appendix_chars(statements)


FORMATS: dict[str, Format] = {
    "pdf": Format("pdf", "application/pdf", _pdf, _pdf_chars),
    "md": Format("md", "text/markdown; charset=utf-8", _markdown, _markdown_chars),
    # The JSON dossier carries each article's whole text.
    "json": Format("json", "application/json", _json, lambda statements: None),
    "csv": Format("csv", "text/csv; charset=utf-8", _csv, lambda statements: 0),
}


def render_dossier(
    story: Story,
    *,
    fmt: str,
    include: str = INCLUDE_DEFAULT,
    filters: Filters | None = None,
    generated_at: dt.datetime | None = None,
) -> bytes:
    """The story's dossier in one format (pdf, md, json or csv)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    chosen = FORMATS[fmt]
    dossier = build_dossier(
        story,
        include=include,
        filters=filters,
        generated_at=generated_at,
        article_chars=chosen.article_chars,
    )
    return chosen.render(dossier)


__all__ = [
    "FORMATS",
    "INCLUDES",
    "INCLUDE_ACCEPTED",
    "INCLUDE_ALL",
    "INCLUDE_DEFAULT",
    "INCLUDE_EVERYTHING",
    "Dossier",
    "build_dossier",
    "dossier_version",
    "render_dossier",
]
