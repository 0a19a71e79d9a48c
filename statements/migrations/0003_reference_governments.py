"""Reference data: every UN member state as a government actor (capital and demonym as aliases),
plus the best-known seats of power and news outlets, from the parser's lexicon (the one copy of that data)."""

import json
from pathlib import Path

from django.db import migrations

LEXICON = Path(__file__).resolve().parent.parent / "parsing" / "lexicon"


def _normalise(name):
    # Frozen copy of actors.normalise.normalise_name: migrations must not change with the code.
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip().removeprefix("the ").strip()


def _add_aliases(Alias, actor, names):
    seen = set(Alias.objects.filter(actor=actor).values_list("normalised", flat=True))
    for name in names:
        key = _normalise(name)
        if key and key not in seen and name != actor.name:
            seen.add(key)
            Alias.objects.create(actor=actor, name=name, normalised=key)


def load(apps, schema_editor):
    Actor = apps.get_model("actors", "Actor")
    Alias = apps.get_model("actors", "Alias")
    Affiliation = apps.get_model("actors", "Affiliation")
    countries = json.loads((LEXICON / "countries.json").read_text(encoding="utf-8"))
    by_name = {}
    for c in countries:
        actor, _ = Actor.objects.get_or_create(
            name=c["name"], kind="government", defaults={"country": c["code"], "status": "accepted"}
        )
        by_name[c["name"]] = actor
        _add_aliases(Alias, actor, [*c.get("aliases", []), *c.get("capitals", []), *c.get("demonyms", [])])
    institutions = json.loads((LEXICON / "institutions.json").read_text(encoding="utf-8"))
    for inst in institutions:
        actor, _ = Actor.objects.get_or_create(
            name=inst["name"],
            kind=inst.get("kind") or "organisation",
            defaults={"country": inst.get("country") or "", "status": "accepted"},
        )
        _add_aliases(Alias, actor, inst.get("aliases", []))
        parent = by_name.get(inst.get("affiliation") or "")
        if parent is not None:
            Affiliation.objects.get_or_create(actor=actor, organisation=parent, role="")
    media = json.loads((LEXICON / "media.json").read_text(encoding="utf-8"))
    for outlet in media:
        actor, _ = Actor.objects.get_or_create(
            name=outlet["name"],
            kind="media",
            defaults={"country": outlet.get("country") or "", "status": "accepted"},
        )
        _add_aliases(Alias, actor, outlet.get("aliases", []))


class Migration(migrations.Migration):
    dependencies = [("statements", "0002_roles"), ("actors", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
