"""Evidence highlighting: article text with statement spans wrapped in <mark>, always escaped."""

from collections.abc import Iterable
from typing import Protocol

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

register = template.Library()


class Span(Protocol):
    pk: int
    stance: str
    evidence_start: int
    evidence_end: int


def highlight_spans(text: str, spans: Iterable[Span], *, active: int | None = None) -> SafeString:
    """Escape `text` and wrap each span in a linked <mark>; overlapping spans are clipped."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.evidence_start, s.evidence_end)):
        start = max(cursor, min(span.evidence_start, len(text)))
        end = max(start, min(span.evidence_end, len(text)))
        if end <= start:
            continue
        pieces.append(escape(text[cursor:start]))
        css = "evidence evidence--active" if active == span.pk else "evidence"
        pieces.append(
            format_html(
                '<mark id="evidence-{}" class="{} stance-{}" data-statement="{}">{}</mark>',
                span.pk,
                css,
                span.stance,
                span.pk,
                text[start:end],
            )
        )
        cursor = end
    pieces.append(escape(text[cursor:]))
    return SafeString("".join(pieces))


@register.simple_tag
def highlighted(text: str, spans: Iterable[Span], active: int | None = None) -> SafeString:
    """{% highlighted article.text statements active=statement.pk %}"""
    return highlight_spans(text or "", spans, active=active)


@register.simple_tag
def evidence_excerpt(text: str, start: int, end: int, context: int = 240) -> SafeString:
    """The evidence span with some text either side, escaped, the span in <mark>."""
    text = text or ""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return format_html(
        '{}{}<mark class="evidence evidence--active">{}</mark>{}{}',
        "…" if start - context > 0 else "",
        before,
        text[start:end],
        after,
        "…" if end + context < len(text) else "",
    )
