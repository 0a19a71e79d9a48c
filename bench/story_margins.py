"""Margins of the grouping: every dispute of a story set scored against every earlier article's.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_x DEBUG=true \
        .venv/bin/python bench/story_margins.py SET [SET ...] [--cache DIR]

Each set's articles are parsed once (the real pipeline, in a throwaway database) and each
dispute's raw material kept (its text, the names of its speakers, its parties, outlets, day);
then every dispute is scored by `statements.stories.score` against each earlier article's
disputes taken as a story of their own. Printed per set: for each follow-up the best score
against its own affair, for each article the best score against another affair, and the margin
(lowest follow-up minus highest wrong score): what the threshold has to fall between. The parse
is cached (--cache), so a change to the scoring is measured again in a second.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def parse_set(folder: pathlib.Path) -> list[dict]:
    """Each article's disputes as the grouping sees them (raw material, no scoring)."""
    from django.conf import settings
    from django.db import connection

    from config.celery import app as celery_app
    from statements import services, stories
    from statements.models import Article, GroupingDecision, Statement

    articles = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
    articles = [a for a in articles if a.get("story")]
    articles.sort(key=lambda d: (str(d.get("published") or ""), d["id"]))
    old = connection.settings_dict["NAME"]
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"test_margins_{os.getpid()}"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    celery_app.conf.task_always_eager = True
    saved = stories.THRESHOLD
    stories.THRESHOLD = 1e9  # every dispute starts a story of its own: nothing mixes
    out = []
    try:
        import datetime as dt

        for data in articles:
            sub = services.submit_article(
                user=None,
                text=data["text"],
                url="",
                title=data.get("title") or "",
                outlet=data.get("outlet") or "",
                published=(
                    dt.date.fromisoformat(data["published"]) if data.get("published") else None
                ),
            )
            article = Article.objects.get(pk=sub.article.pk)
            decisions = list(GroupingDecision.objects.filter(article=article).order_by("pk"))
            rows = []
            for n, d in enumerate(decisions):
                members = list(
                    Statement.objects.filter(pk__in=d.statements).select_related("speaker")
                )
                if not members:
                    continue
                chains = stories._affiliations({m.speaker_id for m in members})
                # the headline goes with the group holding the most statements
                main = max(range(len(decisions)), key=lambda i: len(decisions[i].statements))
                head = article.title if n == main else ""
                keys = stories.dispute_keys(members, article, chains, headline=head)
                rows.append(
                    {
                        "outcome": d.outcome,
                        "main": bool(head),
                        "text": " ".join([head, *(m.text for m in members)]),
                        "speakers": sorted(stories._speaker_words(members)),
                        "speaker_names": sorted(
                            {(m.speaker.kind, m.speaker.name) for m in members}
                        ),
                        "organisation_aliases": sorted(
                            name
                            for names in stories.organisation_aliases(members).values()
                            for name in names
                        ),
                        "countries": sorted(keys.countries),
                        "actors": sorted(keys.actors),
                        "outlets": sorted(keys.outlets),
                        "own_outlet": keys.own_outlet,
                        "outlet_names": [
                            article.outlet,
                            *(m.speaker.name for m in members if m.speaker.kind == "media"),
                        ],
                        "day": str(keys.day),
                    }
                )
            out.append(
                {
                    "id": data["id"],
                    "story": data["story"],
                    "title": article.title,
                    "outlet": article.outlet,
                    "text": article.text,
                    "disputes": rows,
                }
            )
    finally:
        stories.THRESHOLD = saved
        connection.creation.destroy_test_db(old, verbosity=0)
    return out


def keys_of(row: dict, article: dict):
    import datetime as dt

    from statements import stories
    from statements.parsing.rules import on

    text = row["text"]
    if row.get("main") and on("grouping-lede"):
        text = " ".join([text, stories.lede(article["text"], article.get("title", ""))])
    keys = stories.Keys(
        terms=stories.claim_terms(
            stories.without_outlets(text, row.get("outlet_names") or row["outlets"]),
            stories.name_words(row["speaker_names"])
            if "speaker_names" in row
            else set(row["speakers"]),
        ),
        countries=set(row["countries"]) | stories.countries_named(text),
        actors=set(row["actors"]),
        outlets=set(row["outlets"]),
        own_outlet=row["own_outlet"],
        day=dt.date.fromisoformat(row["day"]),
    )
    if on("grouping-content-evidence"):
        keys.places = stories.places(f"{article.get('title', '')}\n{article['text']}")
        keys.places &= keys.terms.keys()
        full = f"{article.get('title', '')}\n{article['text']}"
        named = [*row.get("speaker_names", [])]
        named += [("organisation", name) for name in row.get("organisation_aliases", [])]
        keys.organisations = stories.organisation_words(full, named)
        keys.organisations &= keys.terms.keys()
    keys.party_names = {
        stories.party_name(kind, name)
        for kind, name in row.get("speaker_names", [])
        if stories.party_name(kind, name)
    }
    if row.get("main") and on("grouping-article-content"):
        names = {
            w
            for r in article["disputes"]
            for w in (
                stories.name_words(r["speaker_names"]) if "speaker_names" in r else r["speakers"]
            )
        }
        names |= {stories._fold(t) for o in keys.outlets for t in stories._TOKEN.findall(o)}
        keys.article_terms = stories.article_content(
            article.get("title", ""), article["text"], names
        )
        keys.named = stories.sides_named(f"{article.get('title', '')}\n{article['text']}")
    if on("grouping-answered-report"):
        title, outlet = article.get("title", ""), article.get("outlet") or ""
        keys.homes = stories.homes(title, article["text"], outlet)
        if row.get("main"):
            keys.cited, keys.last_week = stories.back_references(title, article["text"], outlet)
    return keys


def margins(parsed: list[dict], verbose: bool) -> tuple[float, float]:
    from actors.normalise import normalise_name
    from statements import stories

    follow, wrong = [], []
    for j, later in enumerate(parsed):
        best_same, best_other = (0.0, None), (0.0, None)
        has_same = any(e["story"] == later["story"] for e in parsed[:j])
        for earlier in parsed[:j]:
            for a in earlier["disputes"]:
                # an unassigned one starts no story, but a later one that starts a story
                # adopts it when scored as high (stories.adopt_unassigned)
                story = keys_of(a, earlier)
                for b in later["disputes"]:
                    s = stories.score(
                        keys_of(b, later), story, story_id=0, article_text=later["text"]
                    )
                    if a["outcome"] == "unassigned":
                        # adopted when the later one starts a story (stories.adopt_unassigned):
                        # the earlier report is scored against the later dispute's keys
                        later_keys = keys_of(b, later)
                        outlet = normalise_name(earlier.get("outlet") or "")
                        named_by = (
                            outlet
                            if outlet and f" {outlet} " in (f" {normalise_name(later['text'])} ")
                            else ""
                        )
                        adopted = stories.score(
                            story,
                            later_keys,
                            story_id=0,
                            article_text=earlier["text"],
                            named_by=named_by,
                        )
                        s = max(s, adopted, key=lambda x: x.total)
                    pick = (s.total, earlier["id"], s)
                    if earlier["story"] == later["story"]:
                        best_same = max(best_same, pick[:2], key=lambda x: x[0])
                    else:
                        best_other = max(best_other, pick[:2], key=lambda x: x[0])
                    if verbose:
                        tag = "SAME " if earlier["story"] == later["story"] else "other"
                        print(
                            f"  {tag} {later['id'][:34]:34} <- {earlier['id'][:34]:34} "
                            f"{s.total:.3f} claim={s.claim:.3f} parties={s.parties} "
                            f"ref={s.reference} time={s.time:.2f} content={s.content:.1f} "
                            f"art={s.article_content:.1f}/{s.article_claim:.2f} {s.answered} "
                            f"{s.shared_terms[:6]}"
                        )
        if has_same:
            follow.append((best_same[0], later["id"]))
        if best_other[1] and (not has_same or best_other[0] >= best_same[0]):
            # a wrong story matters where the article's own is absent or scores lower
            wrong.append((best_other[0], later["id"] + " <- " + best_other[1]))
        elif best_other[1]:
            print(f"  ({later['id']} against another affair {best_other[0]:.3f}, own higher)")
    low = min(follow, default=(1.0, ""))
    high = max(wrong, default=(0.0, ""))
    for value, name in sorted(follow):
        print(f"  follow-up {value:.3f} {name}")
    print(f"  highest wrong {high[0]:.3f} {high[1]}")
    print(f"  margin {low[0] - high[0]:+.3f} (lowest follow-up {low[0]:.3f} {low[1]})")
    return low[0], high[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--cache", type=pathlib.Path, default=pathlib.Path("/tmp/story_margins"))
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    import django

    django.setup()
    args.cache.mkdir(parents=True, exist_ok=True)
    for folder in args.sets:
        path = args.cache / (folder.resolve().as_posix().replace("/", "_") + ".json")
        if path.exists():
            parsed = json.loads(path.read_text())
        else:
            parsed = parse_set(folder)
            path.write_text(json.dumps(parsed))
        print(folder)
        margins(parsed, args.v)


if __name__ == "__main__":
    main()
