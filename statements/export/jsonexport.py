"""The dossier as JSON: the full record, plus a schema.org ClaimReview-shaped entry per claim.

Dementi records who denied and who confirmed a claim, not a verdict, so each ClaimReview carries
no rating value: `reviewRating.alternateName` says "Denied by 3, confirmed by 1" and the
denials and confirmations are listed in full. The shape is checked by schema/dossier.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from actors.models import ActorKind
from statements.export.data import ActorInfo, Dossier, SourceInfo, StatementInfo

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "dossier.schema.json"
SCHEMA_ID = "https://dementi.example/schema/dossier.schema.json"
FORMAT_VERSION = 1


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _actor(actor: ActorInfo) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "role": actor.role,
        "country": actor.country,
        "government": actor.government,
        "affiliations": [
            {"organisation_id": a.organisation_id, "organisation": a.organisation, "role": a.role}
            for a in actor.affiliations
        ],
        "chain": list(actor.chain),
    }


def _source(source: SourceInfo) -> dict[str, Any]:
    return {
        "ref": source.ref,
        "id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "url": source.url or None,
        "published": _day(source.published),
        "text": source.text,
    }


def _statement(statement: StatementInfo) -> dict[str, Any]:
    return {
        "ref": statement.ref,
        "id": statement.id,
        "day": _day(statement.day),
        "made_on": _day(statement.made_on),
        "speaker_id": statement.speaker.id,
        "speaker": statement.speaker.name,
        "stance": statement.stance,
        "text": statement.text,
        "source": statement.source.ref,
        "evidence": {"start": statement.evidence_start, "end": statement.evidence_end},
        "review_status": statement.review_status,
        "confidence": statement.confidence,
        "rule": statement.rule,
        "denies": list(statement.denies),
        "confirms": list(statement.confirms),
        "denied_by": list(statement.denied_by),
        "confirmed_by": list(statement.confirmed_by),
    }


SCHEMA_ORG_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.GOVERNMENT: "GovernmentOrganization",
    ActorKind.MEDIA: "NewsMediaOrganization",
    ActorKind.ORGANISATION: "Organization",
}


def _author(actor: ActorInfo) -> dict[str, Any]:
    author: dict[str, Any] = {
        "@type": SCHEMA_ORG_TYPES.get(actor.kind, "Organization"),  # type: ignore[call-overload]
        "name": actor.name,
        "identifier": f"actor:{actor.id}",
    }
    if actor.role and actor.kind == ActorKind.PERSON:
        author["jobTitle"] = actor.role
    if actor.chain:
        author["affiliation"] = {"@type": "Organization", "name": actor.chain[0]}
    if actor.country:
        author["nationality" if actor.kind == ActorKind.PERSON else "areaServed"] = {
            "@type": "Country",
            "name": actor.government or actor.country,
            "identifier": actor.country,
        }
    return author


def _appearance(source: SourceInfo) -> dict[str, Any]:
    appearance: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": source.title or "Untitled article",
        "identifier": source.ref,
    }
    if source.url:
        appearance["url"] = source.url
    if source.published:
        appearance["datePublished"] = source.published.isoformat()
    if source.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": source.outlet}
    return appearance


def _answer(statement: StatementInfo) -> dict[str, Any]:
    return {
        "@type": "Claim",
        "identifier": statement.ref,
        "text": statement.text,
        "author": _author(statement.speaker),
        "datePublished": _day(statement.day),
        "appearance": [_appearance(statement.source)],
        "review_status": statement.review_status,
    }


def _unchecked(statement: StatementInfo) -> str:
    """', not yet reviewed by an editor' (or rejected) for the review body; '' when accepted."""
    return {
        "proposed": ", not yet reviewed by an editor",
        "rejected": ", rejected by an editor",
    }.get(statement.review_status, "")


def rating_name(denials: int, confirmations: int) -> str:
    """'Denied by 3, confirmed by 1', 'Confirmed by 2', or 'Neither denied nor confirmed'."""
    parts = []
    if denials:
        parts.append(f"denied by {denials}")
    if confirmations:
        parts.append(f"confirmed by {confirmations}")
    return ", ".join(parts).capitalize() if parts else "Neither denied nor confirmed"


def claim_review(
    claim: StatementInfo, by_ref: dict[str, StatementInfo], *, generated: dt.datetime
) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim, listing its denials and confirmations."""
    denials = [by_ref[ref] for ref in claim.denied_by]
    confirmations = [by_ref[ref] for ref in claim.confirmed_by]
    name = rating_name(len(denials), len(confirmations))
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.ref,
        "claimReviewed": claim.text,
        "datePublished": generated.date().isoformat(),
        "author": {"@type": "Organization", "name": "Dementi"},
        "itemReviewed": {
            "@type": "Claim",
            "author": _author(claim.speaker),
            "datePublished": _day(claim.day),
            "appearance": [_appearance(claim.source)],
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": name,
            "ratingExplanation": (
                "Dementi records who denied and who confirmed the claim; it gives no verdict."
            ),
        },
        "reviewBody": " ".join(
            [
                f"{claim.speaker.described} claimed this{_unchecked(claim)}.",
                *(f"{s.speaker.described} denied it ({s.ref}{_unchecked(s)})." for s in denials),
                *(
                    f"{s.speaker.described} confirmed it ({s.ref}{_unchecked(s)})."
                    for s in confirmations
                ),
            ]
        ),
        # Not schema.org: whether an editor accepted the claim (its answers carry their own), so
        # a consumer of the ClaimReview alone still tells a checked claim from a parsed one.
        "review_status": claim.review_status,
        "denials": [_answer(s) for s in denials],
        "confirmations": [_answer(s) for s in confirmations],
    }


def dossier_record(dossier: Dossier) -> dict[str, Any]:
    """The dossier as plain JSON-ready data (see schema/dossier.schema.json)."""
    by_ref = dossier.by_ref
    speakers = dossier.position_speakers
    return {
        "$schema": SCHEMA_ID,
        "format": "dementi-dossier",
        "format_version": FORMAT_VERSION,
        "generated_at": dossier.generated_at.isoformat(),
        "include": dossier.include,
        "filters": {
            "actor": dossier.filters.actor,
            "country": dossier.filters.country or None,
            "stance": dossier.filters.stance or None,
            "since": _day(dossier.filters.since),
            "until": _day(dossier.filters.until),
        },
        "story": {
            "id": dossier.story_id,
            "slug": dossier.slug,
            "title": dossier.title,
            "status": dossier.status,
            "first_day": _day(dossier.first_day),
            "last_day": _day(dossier.last_day),
        },
        "summary": list(dossier.summary),
        "counts": dict(dossier.counts),
        "actors": [_actor(a) for a in dossier.actors],
        "statements": [_statement(s) for s in dossier.statements],
        "articles": [_source(s) for s in dossier.sources],
        "positions": {
            "speakers": [{"id": a.id, "name": a.name} for a in speakers],
            "rows": [
                {"claim": row.claim.ref, "cells": list(row.cells)} for row in dossier.positions
            ],
        },
        "claim_reviews": [
            claim_review(s, by_ref, generated=dossier.generated_at)
            for s in dossier.statements
            if s.stance == "claim"
        ],
    }


def render_json(dossier: Dossier) -> str:
    """The dossier record as indented UTF-8 JSON."""
    return json.dumps(dossier_record(dossier), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The export's JSON Schema (draft 2020-12)."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema
