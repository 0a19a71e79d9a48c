"""A body named by two capitalised words and a head noun of organisations (`Guild`,
`Co-operative`, `Confederation`, `Force`, `Front`, `Headquarters`) is an organisation, not a
person; one with a newspaper word of another language (`Naplo`, `Postası`, `Berita`, `Dnes`)
is an outlet. Sentences invented for the test."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)


def _kinds(text: str) -> dict[str, str]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    return {a["name"]: a["kind"] for a in out["actors"]}


@pytest.mark.parametrize(
    "body",
    [
        "Lakeshore Weavers' Guild",
        "Orchard Valley Growers' Cooperative",
        "Tarnow Millers' Confederation",
        "Velmar Coastal Defence Force",
        "Harrow Liberation Front",
    ],
)
def test_a_name_ending_in_a_head_of_organisations_is_an_organisation(body):
    text = (
        "Quota row deepens\n\n"
        f'The {body} said on Monday that the new quota was "unworkable".\n\n'
        "The ministry denied that any quota had been set.\n"
    )
    assert _kinds(text).get(body) == "organisation", _kinds(text)


@pytest.mark.parametrize("outlet", ["Dunavski Naplo", "Izmir Postası", "Berita Pagi", "Varna Dnes"])
def test_a_newspaper_word_of_another_language_makes_an_outlet(outlet):
    text = (
        "Quota row deepens\n\n"
        f"{outlet} reported on Monday that the new quota had been set.\n\n"
        "The ministry denied that any quota had been set.\n"
    )
    assert _kinds(text).get(outlet) == "media", _kinds(text)
