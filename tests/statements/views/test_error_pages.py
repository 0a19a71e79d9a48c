"""403, 404 and 500 are pages of the site, not bare text."""

from django.test import Client
from django.urls import reverse


def test_an_analyst_opening_an_editors_page_gets_the_styled_403(analyst_client):
    response = analyst_client.get(reverse("review_queue"))
    body = response.content.decode()
    assert response.status_code == 403
    assert "You cannot open this page" in body and "site.css" in body
    assert "signed in as ana" in body


def test_a_missing_story_gets_the_styled_404(analyst_client):
    response = analyst_client.get(reverse("story_detail", args=["no-such-story"]))
    assert response.status_code == 404
    assert "There is nothing at this address" in response.content.decode()


def test_a_server_error_gets_the_styled_500_without_the_debug_page(analyst, settings):
    from django.urls import path

    def broken(request):
        raise RuntimeError("boom")

    settings.ROOT_URLCONF = type("urls", (), {"urlpatterns": [path("broken/", broken)]})
    client = Client(raise_request_exception=False)
    client.force_login(analyst)
    response = client.get("/broken/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in body and "boom" not in body
