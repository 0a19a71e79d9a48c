"""The smaller faults of issue 14, item 10: 6to4 and other IPv4-carrying IPv6 addresses, fullwidth
formula characters in CSV, oversized statement edits, refused PDF resources, and the statement
edit page without htmx."""

import re

import pytest
from django.urls import reverse

from statements.export.csvexport import cell
from statements.export.pdf import html_to_pdf
from statements.fetch import FetchError, fetch_url, is_public_address
from statements.forms import MAX_STATEMENT_LENGTH
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address",
    [
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:a9fe:a9fe::",  # 6to4 of 169.254.169.254 (cloud metadata)
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    ],
)
def test_ipv6_addresses_carrying_a_private_ipv4_one_are_not_public(address):
    assert not is_public_address(address)


def test_a_6to4_address_carrying_a_public_ipv4_one_stays_public():
    assert is_public_address("2002:808:808::1")  # 6to4 of 8.8.8.8
    assert is_public_address("2001:4860:4860::8888")  # no IPv4 address inside


def test_a_6to4_url_is_refused_before_any_connection():
    with pytest.raises(FetchError, match="non-public address"):
        fetch_url("http://[2002:7f00:1::]/admin/")


@pytest.mark.parametrize(
    "value", ["＝1+1", "＋1", "－1", "＠SUM(A1)", " =1+1", "\u3000＝HYPERLINK(x)"]
)
def test_csv_neutralises_fullwidth_and_space_led_formula_characters(value):
    assert cell(value) == f"'{value}"


def test_csv_leaves_ordinary_text_alone():
    assert cell("The ministry denied it.") == "The ministry denied it."


def edit(client, statement, text, **headers):
    return client.post(
        reverse("statement_edit", args=[statement.pk]),
        {"speaker": statement.speaker_id, "stance": "claim", "text": text},
        headers=headers,
    )


def test_a_statement_edit_of_a_megabyte_is_refused_with_a_message(editor_client):
    statement = StatementFactory(text="Original.")
    response = edit(editor_client, statement, "x" * 1_000_000, **{"HX-Request": "true"})
    assert response.status_code == 200
    assert (
        f"A statement is at most {MAX_STATEMENT_LENGTH:,} characters" in response.content.decode()
    )
    statement.refresh_from_db()
    assert statement.text == "Original."


def test_a_statement_edit_within_the_bound_is_saved(editor_client):
    statement = StatementFactory(text="Original.")
    edit(editor_client, statement, "y" * MAX_STATEMENT_LENGTH, **{"HX-Request": "true"})
    statement.refresh_from_db()
    assert statement.text == "y" * MAX_STATEMENT_LENGTH


@pytest.mark.parametrize(
    "resource",
    [
        '<img src="http://127.0.0.1/x.png">',
        '<link rel="stylesheet" href="http://127.0.0.1/x.css">',
        '<p style="background: url(http://169.254.169.254/x.png)">x</p>',
        '<img src="file:///etc/passwd">',
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
    ],
)
def test_a_refused_pdf_resource_is_skipped_and_the_pdf_still_built(resource):
    pdf = html_to_pdf(f"<html><body><p>Dossier</p>{resource}</body></html>")
    assert pdf.startswith(b"%PDF")


def test_the_statement_edit_page_without_htmx_shows_a_usable_form(editor_client):
    statement = StatementFactory(text="Original words.")
    StatementFactory(article=statement.article, text="Other words.")
    response = editor_client.get(reverse("statement_edit", args=[statement.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    form = re.search(
        rf'<form[^>]*action="{reverse("statement_edit", args=[statement.pk])}".*?</form>',
        html,
        re.S,
    )
    assert form, "the edit form is on the page"
    assert 'name="csrfmiddlewaretoken"' in form[0]
    assert f'id="id_text-{statement.pk}"' in form[0] and f'for="id_text-{statement.pk}"' in form[0]
    assert "Original words." in form[0]
    # Only the statement being edited has its form open.
    assert html.count('class="stacked-form statement-form"') == 1


def test_the_edit_form_without_htmx_saves_and_returns_to_the_article(editor_client):
    statement = StatementFactory(text="Original.")
    response = edit(editor_client, statement, "Changed.")
    assert response.status_code == 302 and response.url == statement.article.get_absolute_url()
    statement.refresh_from_db()
    assert statement.text == "Changed."


def test_an_invalid_edit_without_htmx_shows_the_page_with_the_errors(editor_client):
    statement = StatementFactory(text="Original.")
    response = edit(editor_client, statement, "z" * (MAX_STATEMENT_LENGTH + 1))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html and "A statement is at most" in html
