"""The user and their permissions come from the cache, and a change takes effect at once.

The cache is this process's memory here, as Redis is in production; each test starts empty.
"""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


def auth_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return [q["sql"] for q in captured.captured_queries if '"auth_' in q["sql"]]


def test_a_warm_request_reads_neither_the_user_nor_their_permissions(editor_client):
    url = reverse("review_queue")
    assert auth_queries(editor_client, url)  # the first request reads them and caches them
    assert auth_queries(editor_client, url) == []
    assert editor_client.get(url).status_code == 200


def test_a_demoted_editor_is_refused_on_the_next_request(editor, editor_client):
    url = reverse("review_queue")
    assert editor_client.get(url).status_code == 200
    assert editor_client.get(url).status_code == 200  # served from the cache
    editor.groups.remove(Group.objects.get(name="editor"))
    editor.groups.add(Group.objects.get(name="analyst"))
    assert editor_client.get(url).status_code == 403
    assert editor_client.get(reverse("stories")).status_code == 200


def test_removing_an_editor_from_the_group_side_refuses_them_too(editor, editor_client):
    url = reverse("review_queue")
    assert editor_client.get(url).status_code == 200
    Group.objects.get(name="editor").user_set.remove(editor)
    assert editor_client.get(url).status_code == 403


def test_taking_a_permission_from_the_group_refuses_its_members_at_once(editor_client):
    url = reverse("review_queue")
    assert editor_client.get(url).status_code == 200
    review = Permission.objects.get(codename="review_statement")
    Group.objects.get(name="editor").permissions.remove(review)
    assert editor_client.get(url).status_code == 403


def test_a_permission_given_to_the_user_counts_at_once(analyst, analyst_client):
    url = reverse("review_queue")
    assert analyst_client.get(url).status_code == 403
    analyst.user_permissions.add(Permission.objects.get(codename="review_statement"))
    assert analyst_client.get(url).status_code == 200


def test_a_deactivated_user_is_logged_out_on_the_next_request(analyst, analyst_client):
    assert analyst_client.get(reverse("stories")).status_code == 200
    analyst.is_active = False
    analyst.save()
    response = analyst_client.get(reverse("stories"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_password_change_ends_the_other_sessions(analyst, analyst_client):
    assert analyst_client.get(reverse("stories")).status_code == 200
    analyst.set_password("a brand new passphrase for ana")
    analyst.save()
    response = analyst_client.get(reverse("stories"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_demotion_committed_elsewhere_is_seen_after_the_commit(
    editor, editor_client, django_capture_on_commit_callbacks
):
    url = reverse("review_queue")
    assert editor_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editor.groups.clear()
    assert callbacks  # the version is bumped again once the change is committed
    assert editor_client.get(url).status_code == 403
