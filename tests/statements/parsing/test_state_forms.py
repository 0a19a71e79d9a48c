"""`The Georgian side said ...` names the state, not a person or body of its own: it is the
state's government where the text has it (rule `state-form-is-government`), unless the name
belongs to a body that holds a state's name (`Transport Canada`). Invented sentences."""

import datetime as dt

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)

SIDE = (
    "Hazelnut quota row\n\n"
    "TBILISI, May 4 - Georgia on Monday rejected a Turkish report that it had capped hazelnut "
    "imports.\n\n"
    'The Georgian side said the quota "does not exist".\n'
)


def _actors(text: str) -> dict[str, dict]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    return {a["name"]: a for a in out["actors"]}


def test_a_states_side_is_its_government():
    actors = _actors(SIDE)
    assert "Georgia" in actors and actors["Georgia"]["kind"] == "government"
    assert not any("Side" in name for name in actors), list(actors)


def test_state_form_is_government_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "state-form-is-government")
    assert any("Side" in name or "side" in name for name in _actors(SIDE)), list(_actors(SIDE))
