"""The dossier as PDF: dossier_pdf.html through WeasyPrint with its own print stylesheet."""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from statements.export.data import Dossier
from statements.export.markdown import APPENDIX_TEXT_LIMIT

TEMPLATE = "statements/dossier/dossier_pdf.html"
STYLESHEET = "css/dossier.css"
# WeasyPrint logs every layout step at INFO; a 100-page dossier would flood the worker's log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


# Up to this many statements the PDF prints each with its speaker's details and full citation;
# larger dossiers print two lines per statement (WeasyPrint lays out ~1 ms per line box, and a
# 2,000-statement dossier must take under 10 s), describing speakers and sources once each.
DETAILED_LIMIT = 300
# The who-says-what table is kept to what fits a page's width and stays quick to lay out.
TABLE_MAX_SPEAKERS, TABLE_MAX_CLAIMS = 8, 60
# Large dossiers list their articles without the full texts (those are in JSON and Markdown).
LARGE_APPENDIX_LIMIT = 0
# Parts laid out at once for a large dossier (one per core, up to this many).
MAX_WORKERS = 4
# Statements per part of a large PDF: bounds the memory of laying out one part (about 1,000
# statements in a process of about 150 MB).
PART_STATEMENTS = 1000


def appendix_chars(statements: int) -> int:
    """How much of each article's text the PDF prints (one more than shown, to mark the cut)."""
    return APPENDIX_TEXT_LIMIT + 1 if statements <= DETAILED_LIMIT else LARGE_APPENDIX_LIMIT


def position_lines(dossier: Dossier) -> list[str]:
    """Who says what as one line per claim: who claims, denies and confirms it."""
    lines = []
    for row in dossier.positions:
        said: dict[str, list[str]] = {}
        for actor, cell in zip(dossier.position_speakers, row.cells, strict=True):
            for kind in filter(None, cell.split("+")):
                said.setdefault(kind, []).append(actor.name)
        parts = [f"{kind} — {', '.join(names)}" for kind, names in said.items()]
        mark = {"proposed": ", unreviewed", "rejected": ", rejected"}.get(
            row.claim.review_status, ""
        )
        lines.append(f"{row.claim.ref} ({row.claim.speaker.name}{mark}): {'; '.join(parts)}")
    return lines


def _context(dossier: Dossier) -> dict[str, Any]:
    detailed = len(dossier.statements) <= DETAILED_LIMIT
    table = (
        len(dossier.position_speakers) <= TABLE_MAX_SPEAKERS
        and len(dossier.positions) <= TABLE_MAX_CLAIMS
    )
    return {
        "dossier": dossier,
        "detailed": detailed,
        "position_table": table,
        "position_lines": [] if table else position_lines(dossier),
        "appendix_limit": APPENDIX_TEXT_LIMIT if detailed else LARGE_APPENDIX_LIMIT,
        "days": dossier.days,
        "first_part": True,
        "last_part": True,
        "parted": False,
    }


def render_html(dossier: Dossier) -> str:
    """The print HTML of the whole dossier (escaped by the template engine like every page)."""
    return render_to_string(TEMPLATE, _context(dossier))


def render_parts(dossier: Dossier, parts: int, *, only: int | None = None) -> list[str]:
    """The print HTML cut between days into `parts` documents of about equal size (or just
    part number `only` of them)."""
    context = _context(dossier)
    days = context["days"]
    share = max(1, len(dossier.statements) // parts)
    chunks: list[list[Any]] = [[]]
    filled = 0
    for day in days:
        if filled >= share * len(chunks) and len(chunks) < parts:
            chunks.append([])
        chunks[-1].append(day)
        filled += len(day[1])
    return [
        render_to_string(
            TEMPLATE,
            {
                **context,
                "days": chunk,
                "first_part": n == 0,
                "last_part": n == len(chunks) - 1,
                "parted": True,
            },
        )
        for n, chunk in enumerate(chunks)
        if only is None or n == only
    ]


@cache
def _stylesheet():  # type: ignore[no-untyped-def]
    from weasyprint import CSS

    path = finders.find(STYLESHEET) or str(settings.BASE_DIR / "static" / STYLESHEET)
    return CSS(filename=path)


def html_to_pdf(html: str) -> bytes:
    """PDF bytes; nothing is fetched from the network (no base URL, no remote resources)."""
    from weasyprint import HTML

    document = HTML(string=html, url_fetcher=_refuse_fetch)
    pdf: bytes = document.write_pdf(stylesheets=[_stylesheet()])
    return pdf


# The dossier being laid out in parts: forked part processes read it from here.
_LAYING_OUT: tuple[Dossier, int] | None = None


def _layout_part(n: int) -> bytes:
    """Part `n` of the dossier being laid out, as PDF (in a part process, or here)."""
    assert _LAYING_OUT is not None
    dossier, parts = _LAYING_OUT
    return html_to_pdf(render_parts(dossier, parts, only=n)[0])


def render_pdf(dossier: Dossier) -> bytes:
    """The dossier as PDF; a large one is laid out in parts of PART_STATEMENTS, then joined.

    Each part is laid out by a process of its own that exits when the part is done (one per
    core at a time), so WeasyPrint's memory stays bounded by the part, whatever the story size.
    """
    global _LAYING_OUT
    if len(dossier.statements) <= DETAILED_LIMIT:
        return html_to_pdf(render_html(dossier))
    cores = min(os.cpu_count() or 1, MAX_WORKERS)
    parts = max(-(-len(dossier.statements) // PART_STATEMENTS), cores)
    workers = min(cores, parts)
    _LAYING_OUT = (dossier, parts)
    pdfs: list[bytes] = []
    try:
        # fork: the children need nothing but WeasyPrint and the dossier, already here.
        context = multiprocessing.get_context("fork")
        for first in range(0, parts, workers):
            batch = range(first, min(parts, first + workers))
            with ProcessPoolExecutor(max_workers=len(batch), mp_context=context) as pool:
                pdfs += list(pool.map(_layout_part, batch))
    except (OSError, AssertionError, BrokenProcessPool):
        # No child processes here (e.g. a daemonic worker): lay the parts out one by one.
        pdfs = [_layout_part(n) for n in range(parts)]
    finally:
        _LAYING_OUT = None
    return join_pdfs(pdfs, title=f"Dossier: {dossier.title}")


def join_pdfs(pdfs: list[bytes], *, title: str) -> bytes:
    """One PDF of the given ones' pages, in order."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": title, "/Creator": "Dementi"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _RefuseFetch:
    """A URL fetcher that fetches nothing: article text and URLs are hostile, so the PDF must
    never make WeasyPrint load anything. Refused resources are skipped (WeasyPrint logs them),
    the PDF is still built: `_fail_on_errors` is what WeasyPrint 66+ reads on a fetcher to
    decide between skipping and stopping; older versions take any callable."""

    _fail_on_errors = False

    def __call__(self, url: str, *args: object, **kwargs: object) -> dict[str, object]:
        raise ValueError(f"the dossier loads no external resources ({url[:80]})")


_refuse_fetch = _RefuseFetch()
