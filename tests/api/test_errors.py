"""A fault of ours under /api/v1/ answers the API's JSON error body, logged, with no detail."""

import logging

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import Client

from api import selectors

pytestmark = pytest.mark.django_db

SECRET = "relation secret_table does not exist"


def broken(*args, **kwargs):
    raise RuntimeError(SECRET)


def test_a_view_that_fails_answers_the_apis_json_500_and_logs_the_traceback(
    analyst_api, monkeypatch, caplog
):
    monkeypatch.setattr(selectors, "stories", broken)
    with caplog.at_level(logging.ERROR):
        response = analyst_api.get("/api/v1/stories/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert (error["status"], error["code"], error["fields"]) == (500, "server_error", {})
    assert SECRET not in response.content.decode()
    logged = [r for r in caplog.records if r.name == "api.errors"]
    assert len(logged) == 1
    assert "GET /api/v1/stories/" in logged[0].getMessage()
    assert logged[0].exc_info is not None and SECRET in str(logged[0].exc_info[1])
    # Logged once: Django's request logger does not repeat it without the traceback.
    assert not [r for r in caplog.records if r.name == "django.request"]


def test_a_fault_before_the_apis_views_still_answers_json_under_the_api(monkeypatch, analyst):
    monkeypatch.setattr(SessionMiddleware, "process_request", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/api/v1/stories/")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "server_error"
    assert SECRET not in response.content.decode()


def test_a_fault_on_a_page_still_answers_the_sites_html_500(monkeypatch):
    monkeypatch.setattr(SessionMiddleware, "process_request", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
    assert SECRET not in response.content.decode()
