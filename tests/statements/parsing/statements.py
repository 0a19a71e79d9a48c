"""Helpers for tests on short invented articles: statements with their speaker's names."""

from statements.parsing import parse_article, to_contract


def parsed_statements(text):
    """The contract's statements, each with `names`: its speaker's name and aliases."""
    out = to_contract(parse_article(text))
    names = {a["id"]: [a["name"], *a["aliases"]] for a in out["actors"]}
    for s in out["statements"]:
        s["names"] = names.get(s["speaker"], [])
    return out["statements"]


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
