"""Rate limits per token, the docs page under the CSP, the tokens page and command."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from api.models import ApiToken
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


def test_past_the_rate_a_token_gets_429_with_retry_after(settings, analyst):
    settings.API_RATE = "3/minute"
    client = bearer(analyst)
    for _ in range(3):
        assert client.get("/api/v1/statements/").status_code == 200
    response = client.get("/api/v1/statements/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["error"]["code"] == "throttled"


def test_the_rate_is_counted_per_token(settings, analyst):
    settings.API_RATE = "2/minute"
    first, second = bearer(analyst), bearer(analyst)
    for _ in range(2):
        first.get("/api/v1/statements/")
    assert first.get("/api/v1/statements/").status_code == 429
    assert second.get("/api/v1/statements/").status_code == 200


def test_the_docs_run_only_the_sites_own_scripts(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    scripts = re.findall(r"<script([^>]*)>", html)
    assert len(scripts) == 3
    sources = [re.search(r'src="([^"]+)"', attrs).group(1) for attrs in scripts]
    assert all(src.startswith("/") and not src.startswith("//") for src in sources)
    assert "<style" not in html and " style=" not in html
    for src in sources[:2]:
        assert finders.find(src.removeprefix("/static/")), src
    setup = client.get(sources[2].replace("&amp;", "&"))
    assert setup["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in setup.content.decode()


def test_the_docs_are_public_like_the_schema(client):
    assert client.get("/api/v1/docs/").status_code == 200


def test_a_user_creates_a_token_on_the_tokens_page_and_sees_it_once(analyst_client, analyst):
    response = analyst_client.post("/account/tokens/", {"name": "notebook"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    token = re.search(r'<code id="new-token">([^<]+)</code>', response.content.decode()).group(1)
    assert ApiToken.objects.find(token).user == analyst
    again = analyst_client.get("/account/tokens/").content.decode()
    assert token not in again and "notebook" in again
    api = Client(headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/v1/statements/").status_code == 200


def test_a_user_revokes_a_token_on_the_tokens_page(analyst_client, analyst):
    record, token = ApiToken.issue(user=analyst)
    response = analyst_client.post(f"/account/tokens/{record.pk}/revoke/")
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.revoked_at is not None
    api = Client(headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/v1/statements/").status_code == 401


def test_a_user_cannot_revoke_another_users_token(analyst_client, editor):
    record, _ = ApiToken.issue(user=editor)
    assert analyst_client.post(f"/account/tokens/{record.pk}/revoke/").status_code == 404
    record.refresh_from_db()
    assert record.revoked_at is None


def test_the_tokens_page_needs_a_login_and_csrf(client, analyst):
    assert client.get("/account/tokens/").status_code == 302
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(analyst)
    assert strict.post("/account/tokens/", {"name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_create_api_token_prints_a_working_token_once(editor, capsys):
    call_command("create_api_token", editor.username)
    token = capsys.readouterr().out.strip()
    assert token.startswith("dmt_")
    assert ApiToken.objects.find(token).user == editor
    assert token not in str(list(ApiToken.objects.values()))


def test_create_api_token_refuses_an_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No user named"):
        call_command("create_api_token", "nobody")


def test_the_tokens_page_runs_the_same_queries_for_one_token_as_for_twenty(
    analyst_client, analyst, django_assert_num_queries
):
    # The session, the user, the roles of the navigation and the tokens: one query for the list.
    ApiToken.issue(user=analyst)
    analyst_client.get("/account/tokens/")
    with CaptureQueriesContext(connection) as one:
        analyst_client.get("/account/tokens/")
    for _ in range(19):
        ApiToken.issue(user=analyst)
    with django_assert_num_queries(len(one)):
        response = analyst_client.get("/account/tokens/")
    assert response.content.decode().count("Revoke</button>") == 20
