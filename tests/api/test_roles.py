"""Every endpoint's roles: anonymous 401, analyst reads but cannot write (403), editor writes."""

import pytest
from django.test import Client

from api.models import ApiToken
from statements.models import AuditEntry, ReviewStatus, Stance
from tests.factories import ActorFactory, ArticleFactory, StatementFactory, StoryFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "The Daily Courier reported on Monday that the government of Veloria sold grain to a "
    'sanctioned buyer. The Velorian foreign ministry denied the report. "These claims are false," '
    "ministry spokeswoman Lena Ortiz said."
)


@pytest.fixture
def records():
    statement = StatementFactory()
    return {
        "statement": statement.pk,
        "story": statement.story_id,
        "article": statement.article_id,
        "actor": statement.speaker_id,
    }


def reads(ids):
    return [
        "/api/v1/stories/",
        f"/api/v1/stories/{ids['story']}/",
        "/api/v1/statements/",
        f"/api/v1/statements/{ids['statement']}/",
        "/api/v1/actors/",
        f"/api/v1/actors/{ids['actor']}/",
        "/api/v1/articles/",
        f"/api/v1/articles/{ids['article']}/",
        f"/api/v1/articles/{ids['article']}/status/",
        "/api/v1/search/?q=false",
    ]


def writes(ids):
    return [
        ("post", "/api/v1/articles/", {"text": TEXT}),
        ("post", f"/api/v1/statements/{ids['statement']}/review/", {"decision": "accepted"}),
        ("patch", f"/api/v1/statements/{ids['statement']}/", {"stance": "denial"}),
    ]


def send(client, method, url, body):
    return getattr(client, method)(url, body, content_type="application/json")


def test_anonymous_requests_are_refused_with_401_and_a_bearer_challenge(records):
    client = Client()
    for url in reads(records):
        response = client.get(url)
        assert response.status_code == 401, url
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert response.json()["error"]["code"] == "not_authenticated"
    for method, url, body in writes(records):
        assert send(client, method, url, body).status_code == 401, url


def test_an_analyst_token_reads_every_endpoint(analyst_api, records):
    for url in reads(records):
        assert analyst_api.get(url).status_code == 200, url


def test_an_analyst_token_cannot_write(analyst_api, records):
    for method, url, body in writes(records):
        response = send(analyst_api, method, url, body)
        assert response.status_code == 403, url
        assert response.json()["error"]["code"] == "permission_denied"
    assert not AuditEntry.objects.exists()


def test_an_editor_token_submits_an_article(editor_api, django_capture_on_commit_callbacks):
    response = editor_api.post("/api/v1/articles/", {"text": TEXT}, content_type="application/json")
    assert response.status_code == 202
    body = response.json()
    assert body["created"] is True
    assert response["Location"] == body["status_url"]
    assert editor_api.get(body["status_url"]).json()["id"] == body["id"]


def test_an_editor_token_reviews_a_statement_with_the_pages_audit_trail(
    editor_api, editor, records
):
    url = f"/api/v1/statements/{records['statement']}/review/"
    response = editor_api.post(url, {"decision": "rejected"}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["review_status"] == ReviewStatus.REJECTED
    entry = AuditEntry.objects.get()
    assert (entry.user, entry.action, entry.object_id) == (editor, "review", records["statement"])
    assert entry.details == {"previous": "proposed", "decision": "rejected"}


def test_an_editor_token_edits_a_statement_and_links_it_to_a_claim(editor_api, editor):
    claim = StatementFactory(stance=Stance.CLAIM)
    denial = StatementFactory(article=claim.article, story=claim.story, speaker=ActorFactory())
    response = editor_api.patch(
        f"/api/v1/statements/{denial.pk}/",
        {"stance": "denial", "denies": [claim.pk]},
        content_type="application/json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["stance"], body["denies"], body["review_status"]) == (
        "denial",
        [claim.pk],
        "accepted",
    )
    assert body["text"] == denial.text  # fields left out keep their value
    entry = AuditEntry.objects.get()
    assert (entry.user, entry.action) == (editor, "edit")
    assert entry.details["after"]["stance"] == "denial"


def test_an_invalid_edit_answers_400_with_the_fields_in_the_error_body(editor_api, records):
    response = editor_api.patch(
        f"/api/v1/statements/{records['statement']}/",
        {"other_speaker": "Nobody Of That Name"},
        content_type="application/json",
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and "other_speaker" in error["fields"]


def test_a_revoked_token_fails(editor):
    record, token = ApiToken.issue(user=editor)
    client = Client(headers={"Authorization": f"Bearer {token}"})
    assert client.get("/api/v1/statements/").status_code == 200
    record.revoke()
    response = client.get("/api/v1/statements/")
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]


def test_a_token_of_a_deactivated_user_fails(editor):
    _, token = ApiToken.issue(user=editor)
    editor.is_active = False
    editor.save()
    client = Client(headers={"Authorization": f"Bearer {token}"})
    assert client.get("/api/v1/statements/").status_code == 401


def test_a_wrong_token_fails():
    client = Client(headers={"Authorization": "Bearer dmt_not-a-token"})
    assert client.get("/api/v1/statements/").status_code == 401


def test_the_token_is_stored_only_as_its_digest(editor):
    record, token = ApiToken.issue(user=editor)
    stored = ApiToken.objects.filter(pk=record.pk).values_list("digest", "start", "name").get()
    assert token not in "".join(stored)
    assert token.startswith(record.start)


def test_the_browser_session_reads_the_api(analyst_client):
    assert analyst_client.get("/api/v1/statements/").status_code == 200


def test_a_session_write_needs_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post("/api/v1/articles/", {"text": TEXT}, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]


def test_an_unknown_address_under_the_api_is_a_json_404(analyst_api):
    response = analyst_api.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_a_missing_record_is_a_json_404(analyst_api):
    response = analyst_api.get("/api/v1/statements/999999/")
    assert response.status_code == 404
    assert response.json()["error"] == {
        "status": 404,
        "code": "not_found",
        "message": "No such record.",
        "fields": {},
    }


def test_an_invalid_filter_is_a_400_naming_the_parameter(analyst_api):
    response = analyst_api.get("/api/v1/statements/?stance=shouting")
    assert response.status_code == 400
    assert "stance" in response.json()["error"]["fields"]


def test_a_story_and_its_figures(analyst_api):
    story = StoryFactory()
    StatementFactory(story=story, stance=Stance.CLAIM)
    StatementFactory(story=story, stance=Stance.DENIAL)
    body = analyst_api.get(f"/api/v1/stories/{story.pk}/").json()
    assert (body["claims"], body["denials"], body["statement_count"]) == (1, 1, 2)
    listed = analyst_api.get("/api/v1/stories/").json()["results"]
    assert [s["id"] for s in listed] == [story.pk]


def test_an_article_detail_holds_the_text_the_offsets_point_into(analyst_api):
    article = ArticleFactory()
    body = analyst_api.get(f"/api/v1/articles/{article.pk}/").json()
    assert body["text"] == article.text


def test_a_method_an_endpoint_lacks_is_a_405_in_the_error_body(editor_api):
    response = editor_api.delete("/api/v1/stories/")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
