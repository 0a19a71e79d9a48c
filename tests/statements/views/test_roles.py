"""Roles: anonymous users are sent to login, analysts read, editors also edit."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_roles_exist_as_groups_with_model_permissions():
    analyst = set(Group.objects.get(name="analyst").permissions.values_list("codename", flat=True))
    editor = set(Group.objects.get(name="editor").permissions.values_list("codename", flat=True))
    assert {"view_story", "view_statement", "export_story"} <= analyst
    assert "review_statement" not in analyst and "add_article" not in analyst
    assert analyst < editor
    assert {"review_statement", "add_article"} <= editor


def test_anonymous_user_is_sent_to_login(anonymous_client):
    response = anonymous_client.get(reverse("stories"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_login_page_is_public(anonymous_client):
    assert anonymous_client.get(reverse("login")).status_code == 200


def test_analyst_sees_the_story_list(analyst_client):
    assert analyst_client.get(reverse("stories")).status_code == 200


def test_user_without_a_role_is_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody", password="x"))
    assert client.get(reverse("stories")).status_code == 403


def test_admin_is_for_staff_only(analyst_client):
    response = analyst_client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response.url
