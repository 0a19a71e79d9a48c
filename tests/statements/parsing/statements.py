"""Helpers for tests on short invented articles: statements with their speaker's names."""

from statements.parsing import parse_article, to_contract


def contract_with_actors(text, published):
    """The strict parse's contract and its actors by id."""
    out = to_contract(parse_article(text, published=published, strict=True))
    return out, {a["id"]: a for a in out["actors"]}


def actor_named(out, name):
    """The one actor of the contract with this name or alias (fails when none or several)."""
    hits = [a for a in out["actors"] if a["name"] == name or name in a["aliases"]]
    assert hits, f"no actor {name!r} in {[a['name'] for a in out['actors']]}"
    assert len(hits) == 1, f"{name!r} names {len(hits)} actors"
    return hits[0]


def strict_contract(text, published):
    """The strict parse's contract."""
    return to_contract(parse_article(text, published=published, strict=True))


def first_actor_named(out, name):
    """The first actor of the contract with this name or alias (fails when none)."""
    for a in out["actors"]:
        if a["name"] == name or name in a["aliases"]:
            return a
    raise AssertionError(f"no actor {name!r} in {[a['name'] for a in out['actors']]}")


def affiliation_name(out, name):
    """The name of the actor one level above the actor with this name or alias, or None."""
    aff = first_actor_named(out, name)["affiliation"]
    return next((a["name"] for a in out["actors"] if a["id"] == aff), None)


def actor_names(out):
    """The contract's actors' names, in order."""
    return [a["name"] for a in out["actors"]]


def parsed_statements(text):
    """The contract's statements, each with `names`: its speaker's name and aliases."""
    out = to_contract(parse_article(text))
    names = {a["id"]: [a["name"], *a["aliases"]] for a in out["actors"]}
    for s in out["statements"]:
        s["names"] = names.get(s["speaker"], [])
    return out["statements"]


def statement_with(statements, words):
    """The first statement whose text holds `words` (fails, listing them, when none does)."""
    hits = [s for s in statements if words in s["text"]]
    assert hits, f"no statement with {words!r}: {[s['text'] for s in statements]}"
    return hits[0]


def stance_of(text, words):
    """The stance of the strict parse's first statement whose text holds `words`."""
    out = to_contract(parse_article(text, strict=True))
    return statement_with(out["statements"], words)["stance"]


def statements_by(statements, name, stance=None):
    """The statements whose speaker is named like `name` (and of that stance); at least one."""
    hits = [
        s
        for s in statements
        if any(name.lower() in n.lower() for n in s["names"])
        and (stance is None or s["stance"] == stance)
    ]
    assert hits, f"no statement by {name!r} ({stance}): {statements}"
    return hits


def assert_meets_floors(corpus, floors, max_duplicates):
    """Score the parser on `corpus` (None: the shared dev corpus) with ../shared/eval/score.py and
    assert every floor, at most `max_duplicates` duplicate actors and no contract error."""
    import re
    import subprocess
    import sys

    from tests.conftest import ROOT, SHARED

    cmd = f"{sys.executable} -m statements.parsing"
    args = [sys.executable, str(SHARED / "eval" / "score.py"), "--cmd", cmd]
    if corpus is not None:
        args += ["--corpus", str(corpus)]
    for metric, floor in floors.items():
        args += ["--min", f"{metric}={floor}"]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    figures = dict(re.findall(r"(\w+)=([\d.]+)", proc.stdout.strip().splitlines()[-1]))
    assert int(figures["actor_duplicates"]) <= max_duplicates, figures
    assert figures["contract_errors"] == "0", figures


def read(text, published):
    """The contract's statements (each with its speaker's name under `by`) and its actors by
    name (each with the name it is affiliated to under `affiliated_to`)."""
    out = to_contract(parse_article(text, published=published, strict=True))
    names = {a["id"]: a["name"] for a in out["actors"]}
    for s in out["statements"]:
        s["by"] = names.get(s["speaker"])
    for a in out["actors"]:
        a["affiliated_to"] = names.get(a["affiliation"])
    return out["statements"], {a["name"]: a for a in out["actors"]}


def said(statements, words):
    """The first statement whose text holds the words (fails when none does)."""
    hits = [s for s in statements if words in s["text"]]
    assert hits, f"no statement with {words!r} in {[s['text'] for s in statements]}"
    return hits[0]
