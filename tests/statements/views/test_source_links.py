"""Only http and https source URLs are stored, and only those become links on the pages."""

import pytest
from django.db import IntegrityError, connection
from django.urls import reverse

from statements.models import Article
from tests.factories import ArticleFactory, StatementFactory, StoryFactory

pytestmark = pytest.mark.django_db

HOSTILE_URLS = ["javascript:alert(document.cookie)", "ftp://example.com/report", "data:text/html,x"]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_the_database_refuses_a_source_url_that_is_not_http(url):
    with pytest.raises(IntegrityError):
        ArticleFactory(source_url=url)


def test_an_http_source_url_is_linked_on_the_article_page_and_the_timeline(analyst_client):
    story = StoryFactory()
    article = ArticleFactory(source_url="https://example.com/report")
    StatementFactory(article=article, story=story)
    for url in (article.get_absolute_url(), story.get_absolute_url()):
        assert 'href="https://example.com/report"' in analyst_client.get(url).content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="drops a PostgreSQL constraint")
@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.com/report"])
def test_a_stored_non_http_source_url_is_not_a_link_on_any_page(analyst_client, url):
    # Rows from before the constraint: it is dropped (inside the test's transaction) to show the
    # pages hold on their own.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE statements_article DROP CONSTRAINT article_source_url_http")
    story = StoryFactory()
    article = ArticleFactory(source_url=url)
    StatementFactory(article=article, story=story)
    assert article.source_link == ""
    for page in (article.get_absolute_url(), story.get_absolute_url()):
        html = analyst_client.get(page).content.decode()
        assert f'href="{url}' not in html and "javascript:" not in html, page


def test_the_add_form_refuses_a_javascript_url(editor_client):
    response = editor_client.post(
        reverse("article_add"), {"url": "javascript:alert(1)", "text": "Some text here."}
    )
    assert response.status_code == 200
    assert not Article.objects.exists()
