"""The dossier as CSV: one row per statement, with its speaker, source and links."""

from __future__ import annotations

import csv
import io
import unicodedata

from statements.export.data import Dossier, StatementInfo

COLUMNS = [
    "ref",
    "statement_id",
    "day",
    "made_on",
    "speaker",
    "speaker_id",
    "speaker_kind",
    "speaker_role",
    "affiliation",
    "country",
    "government",
    "stance",
    "quote",
    "denies",
    "confirms",
    "denied_by",
    "confirmed_by",
    "review_status",
    "confidence",
    "source_ref",
    "outlet",
    "article_title",
    "article_url",
    "article_published",
    "evidence_start",
    "evidence_end",
]
# Spreadsheets run cells starting with these as formulas; article text is hostile input.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never evaluates.

    The first character is compared in its compatibility form (NFKC) after leading spaces, so
    the fullwidth `＝`, `＋`, `－`, `＠` that some spreadsheets read as `=`, `+`, `-`, `@` are
    caught too.
    """
    text = "" if value is None else str(value)
    start = unicodedata.normalize("NFKC", text.lstrip(" \u3000")[:1])
    if text.startswith(FORMULA_STARTS) or start.startswith(FORMULA_STARTS):
        return f"'{text}"
    return text


def _row(statement: StatementInfo) -> list[str]:
    speaker, source = statement.speaker, statement.source
    values: list[object] = [
        statement.ref,
        statement.id,
        statement.day.isoformat() if statement.day else "",
        statement.made_on.isoformat() if statement.made_on else "",
        speaker.name,
        speaker.id,
        speaker.kind,
        speaker.role,
        " > ".join(speaker.chain),
        speaker.country,
        speaker.government if speaker.country else "",
        statement.stance,
        statement.text,
        " ".join(statement.denies),
        " ".join(statement.confirms),
        " ".join(statement.denied_by),
        " ".join(statement.confirmed_by),
        statement.review_status,
        f"{statement.confidence:.2f}",
        source.ref,
        source.outlet,
        source.title,
        source.url,
        source.published.isoformat() if source.published else "",
        statement.evidence_start,
        statement.evidence_end,
    ]
    return [cell(v) for v in values]


def render_csv(dossier: Dossier) -> str:
    """A header row, then one row per statement in timeline order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(s) for s in dossier.statements)
    return out.getvalue()
