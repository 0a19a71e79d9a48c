"""Hostile article text stays inert on every page; CSRF travels in a header; a strict CSP."""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from statements.models import Statement
from tests.conftest import ingest

HOSTILE = "<script>alert('title')</script> Ruritania denies report"
HOSTILE_TEXT = "\n\n".join(
    [
        "Ruritania denies the <script>alert(document.cookie)</script> report",
        "The Daily Planet reported on Monday that Ruritania had moved troops"
        " <img src=x onerror=alert(1)> to the border, citing officials.",
        "Ruritania's foreign ministry denied the report on Tuesday."
        ' "This is <a href="javascript:alert(2)">fake news</a> <svg onload=alert(3)>,"'
        " spokeswoman Anna Bell said.",
        "Freedonia's defence minister Karl Stein confirmed the report on Wednesday."
        ' "The troops are there <iframe src=javascript:alert(4)></iframe>," Stein said.',
    ]
)


class LiveMarkup(HTMLParser):
    """Collects what a browser would act on: script elements, event handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"script"}:
            src = dict(attrs).get("src") or ""
            if not src.startswith("/static/"):
                self.problems.append(f"<script> {attrs}")
        if tag in {"iframe", "svg", "img", "object", "embed"}:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"{tag} {name}={value}")


def live_markup(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    return parser.problems


@pytest.fixture
def hostile_article(db, eager_tasks, django_capture_on_commit_callbacks):
    article = ingest(
        django_capture_on_commit_callbacks,
        text=HOSTILE_TEXT,
        title=HOSTILE,
        outlet="<b onmouseover=x>Wire</b>",
    )
    assert article.status == "done", article.error
    assert article.statements.exists()
    return article


def test_hostile_article_is_inert_on_every_analyst_page(analyst_client, hostile_article):
    statements = list(
        Statement.objects.filter(article=hostile_article).select_related("story", "speaker")
    )
    urls = {reverse("stories"), reverse("search") + "?q=report", reverse("search") + "?q=fake"}
    for statement in statements:
        urls |= {statement.story.get_absolute_url(), statement.speaker.get_absolute_url()}
        urls.add(reverse("statement_evidence", args=[statement.story.slug, statement.pk]))
    seen_hostile_text = False
    for url in sorted(urls):
        response = analyst_client.get(
            url, headers={"HX-Request": "true"} if "evidence" in url else {}
        )
        assert response.status_code == 200, url
        html = response.content.decode()
        assert live_markup(html) == [], url
        seen_hostile_text |= "&lt;script&gt;" in html or "&lt;img" in html
    assert seen_hostile_text, "the hostile text should be shown, escaped"


def test_pages_send_a_strict_content_security_policy(analyst_client):
    policy = analyst_client.get(reverse("stories"))["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_pages_have_no_inline_script_or_style(analyst_client):
    html = analyst_client.get(reverse("stories")).content.decode()
    assert "<style" not in html and " style=" not in html
    assert "<script>" not in html


def test_htmx_is_served_from_the_site_not_a_cdn(analyst_client):
    html = analyst_client.get(reverse("stories")).content.decode()
    assert '<script src="/static/django_htmx/htmx' in html
    # Every script and stylesheet is the site's own: a CDN would see every analyst's reading.
    # (Not a search of the whole page: a random CSRF token may contain "cdn".)
    sources = re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"', html)
    assert sources
    own = [s for s in sources if not s.startswith("data:")]
    assert all(s.startswith("/") and not s.startswith("//") for s in own), sources


def test_htmx_sends_the_csrf_token_in_a_header(analyst):
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    html = client.get(reverse("stories")).content.decode()
    token = html.split('hx-headers=\'{"x-csrftoken": "', 1)[1].split('"', 1)[0]
    assert token
    refused = client.post(reverse("logout"))
    assert refused.status_code == 403
    accepted = client.post(reverse("logout"), headers={"X-CSRFToken": token})
    assert accepted.status_code == 302


def test_login_page_labels_its_fields(anonymous_client, db):
    html = anonymous_client.get(reverse("login")).content.decode()
    assert '<label for="id_username">' in html and '<label for="id_password">' in html
