"""The dossier as PDF: dossier_pdf.html through WeasyPrint with its own print stylesheet."""

from __future__ import annotations

import logging
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from statements.export.data import Dossier
from statements.export.markdown import APPENDIX_TEXT_LIMIT

TEMPLATE = "statements/dossier/dossier_pdf.html"
STYLESHEET = "css/dossier.css"
# WeasyPrint logs every layout step at INFO; a 100-page dossier would flood the worker's log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def render_html(dossier: Dossier) -> str:
    """The print HTML (escaped by the template engine like every page)."""
    return render_to_string(TEMPLATE, {"dossier": dossier, "appendix_limit": APPENDIX_TEXT_LIMIT})


@cache
def _stylesheet():  # type: ignore[no-untyped-def]
    from weasyprint import CSS

    path = finders.find(STYLESHEET) or str(settings.BASE_DIR / "static" / STYLESHEET)
    return CSS(filename=path)


def render_pdf(dossier: Dossier) -> bytes:
    """PDF bytes; nothing is fetched from the network (no base URL, no remote resources)."""
    from weasyprint import HTML

    document = HTML(string=render_html(dossier), url_fetcher=_refuse_fetch)
    pdf: bytes = document.write_pdf(stylesheets=[_stylesheet()])
    return pdf


def _refuse_fetch(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    # Article text and URLs are hostile: the PDF must never make WeasyPrint load anything.
    raise ValueError(f"the dossier loads no external resources ({url[:80]})")
