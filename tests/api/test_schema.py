"""The OpenAPI schema is valid, committed, and describes what the endpoints really answer."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import get_resolver
from openapi_schema_validator import OAS30ReadValidator
from openapi_spec_validator import validate

from statements.models import Stance
from tests.factories import AffiliationFactory, AliasFactory, StatementFactory, StatementLinkFactory

pytestmark = pytest.mark.django_db

COMMITTED = Path(__file__).resolve().parents[2] / "api" / "openapi.json"
REGENERATE = "DEBUG=true python manage.py spectacular --format openapi-json --file api/openapi.json"


@pytest.fixture
def schema(analyst_api) -> dict:
    response = analyst_api.get("/api/v1/schema/")
    assert response.status_code == 200
    return response.json()


def test_the_schema_is_valid_openapi_3(schema):
    assert schema["openapi"].startswith("3.")
    validate(schema)


def test_the_schema_generates_without_warnings(tmp_path):
    # drf-spectacular's own check: an endpoint it cannot describe fails here.
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml")
    )


def test_the_schema_is_public_so_scripts_can_read_it_without_a_token(client):
    assert client.get("/api/v1/schema/").status_code == 200


def test_the_committed_schema_is_the_one_the_code_generates(schema):
    committed = json.loads(COMMITTED.read_text())
    assert committed == schema, f"the API changed: regenerate with `{REGENERATE}` and review it"


def test_every_api_route_is_in_the_schema(schema):
    resolver = get_resolver().url_patterns
    api = next(p for p in resolver if str(p.pattern) == "api/v1/")
    routes = {
        "/api/v1/" + str(p.pattern).replace("<int:pk>", "{id}")
        for p in api.url_patterns
        if p.name not in {"schema", "docs", "not-found"}
    }
    assert routes == set(schema["paths"])


def body_matches(schema: dict, path: str, method: str, status: int, body) -> None:
    """Validate a response body against the schema's description of that response."""
    described = schema["paths"][path][method]["responses"][str(status)]
    target = described["content"]["application/json"]["schema"]
    validator = OAS30ReadValidator(
        {**target, "components": schema["components"]},
        format_checker=OAS30ReadValidator.FORMAT_CHECKER,
    )
    validator.validate(body)


@pytest.fixture
def records():
    link = StatementLinkFactory()
    AliasFactory(actor=link.source.speaker)
    ministry = AffiliationFactory(actor=link.source.speaker).organisation
    AffiliationFactory(actor=ministry)
    StatementFactory(story=link.target.story, stance=Stance.CLAIM)
    return link


def test_every_read_answers_what_the_schema_says(schema, analyst_api, records):
    statement = records.source
    reads = [
        ("/api/v1/stories/", "/api/v1/stories/", None),
        ("/api/v1/stories/{id}/", f"/api/v1/stories/{records.target.story_id}/", None),
        ("/api/v1/statements/", "/api/v1/statements/?page_size=1", None),
        ("/api/v1/statements/{id}/", f"/api/v1/statements/{statement.pk}/", None),
        ("/api/v1/actors/", "/api/v1/actors/", None),
        ("/api/v1/actors/{id}/", f"/api/v1/actors/{statement.speaker_id}/", None),
        ("/api/v1/articles/", "/api/v1/articles/", None),
        ("/api/v1/articles/{id}/", f"/api/v1/articles/{statement.article_id}/", None),
        ("/api/v1/articles/{id}/status/", f"/api/v1/articles/{statement.article_id}/status/", None),
        *[
            ("/api/v1/search/", f"/api/v1/search/?q=false&kind={kind}", kind)
            for kind in ("statements", "articles", "stories", "actors")
        ],
    ]
    for path, url, _ in reads:
        response = analyst_api.get(url)
        assert response.status_code == 200, url
        body_matches(schema, path, "get", 200, response.json())
    assert analyst_api.get("/api/v1/statements/?page_size=1").json()["next"]


def test_every_write_answers_what_the_schema_says(schema, editor_api, records):
    statement = records.source
    answers = [
        (
            "/api/v1/articles/",
            "post",
            202,
            "/api/v1/articles/",
            {"text": "The ministry denied it."},
        ),
        (
            "/api/v1/statements/{id}/review/",
            "post",
            200,
            f"/api/v1/statements/{statement.pk}/review/",
            {"decision": "accepted"},
        ),
        (
            "/api/v1/statements/{id}/",
            "patch",
            200,
            f"/api/v1/statements/{statement.pk}/",
            {"text": "It is untrue."},
        ),
    ]
    for path, method, status, url, body in answers:
        response = getattr(editor_api, method)(url, body, content_type="application/json")
        assert response.status_code == status, (url, response.json())
        body_matches(schema, path, method, status, response.json())


def test_errors_answer_the_error_body_the_schema_describes(schema, analyst_api, client):
    body_matches(
        schema, "/api/v1/statements/", "get", 401, client.get("/api/v1/statements/").json()
    )
    refused = analyst_api.post("/api/v1/articles/", {"text": "x"}, content_type="application/json")
    body_matches(schema, "/api/v1/articles/", "post", 403, refused.json())
    invalid = analyst_api.get("/api/v1/statements/?since=yesterday")
    body_matches(schema, "/api/v1/statements/", "get", 400, invalid.json())


def test_a_body_the_schema_does_not_describe_fails_the_check(schema, analyst_api, records):
    from jsonschema.exceptions import ValidationError

    body = analyst_api.get("/api/v1/statements/").json()
    body["results"][0]["stance"] = "shouting"
    with pytest.raises(ValidationError):
        body_matches(schema, "/api/v1/statements/", "get", 200, body)
    del body["results"][0]["denies"]
    body["results"][0]["stance"] = "denial"
    with pytest.raises(ValidationError):
        body_matches(schema, "/api/v1/statements/", "get", 200, body)
