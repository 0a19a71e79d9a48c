"""NUL and control characters at every way in: refused or dropped with a message, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from statements.extract import ExtractError, decode_text
from statements.models import Article
from statements.textinput import strip_controls
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db

NUL_QUERIES = [
    "q=%00",
    "q=report%00",
    "q=%00report%00",
    "q%00=report",
    "q=report&kind=%00",
    "q=report&page=%00",
]


@pytest.mark.parametrize("query", NUL_QUERIES)
def test_search_with_nul_in_the_query_string_is_refused_with_a_message(analyst_client, query):
    response = analyst_client.get(f"{reverse('search')}?{query}")
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


@pytest.mark.parametrize("name", ["stories", "review_queue"])
def test_other_pages_refuse_nul_in_the_query_string_too(editor_client, name):
    response = editor_client.get(f"{reverse(name)}?q=a%00b&page=1")
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


def test_a_nul_in_the_session_cookie_is_refused_not_looked_up(analyst_client):
    analyst_client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert analyst_client.get(reverse("stories")).status_code == 400


def test_a_nul_in_a_header_is_refused_before_the_login_throttle_stores_it(client, db):
    response = client.post(
        reverse("login"), {"username": "x", "password": "y"}, HTTP_USER_AGENT="bot\x00"
    )
    assert response.status_code == 400


def test_search_drops_other_control_characters_and_says_so(analyst_client):
    StatementFactory(text="The ministry denied the report.")
    response = analyst_client.get(reverse("search"), {"q": "rep\x01ort\x7f"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Control characters were removed" in html
    assert "The ministry denied the report." in html


def test_a_text_upload_with_a_nul_byte_is_refused_with_a_message(editor_client):
    upload = SimpleUploadedFile("leak.txt", b"The ministry denied\x00 the report.")
    response = editor_client.post(reverse("article_add"), {"upload": upload})
    assert response.status_code == 200
    assert "NUL character" in response.content.decode()
    failed = Article.objects.get()
    assert failed.status == "failed" and "NUL character" in failed.error


def test_a_text_upload_with_other_control_characters_is_kept_without_them(
    editor_client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("note.txt", b"The ministry\x07 denied\x0c the report.\x1b")
    with django_capture_on_commit_callbacks(execute=False):
        response = editor_client.post(reverse("article_add"), {"upload": upload})
    assert response.status_code == 302
    assert Article.objects.get().raw_text == "The ministry denied\n the report."


def test_pasted_text_with_nul_is_refused_by_the_form(editor_client):
    response = editor_client.post(
        reverse("article_add"), {"text": "The ministry denied the report.\x00"}
    )
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_an_uploaded_file_name_with_nul_is_refused_or_cleaned_never_a_500(
    editor_client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("a\x00b.txt", b"The ministry denied the report.")
    with django_capture_on_commit_callbacks(execute=False):
        response = editor_client.post(reverse("article_add"), {"upload": upload})
    assert response.status_code in {302, 400}
    assert all("\x00" not in a.title + a.error for a in Article.objects.all())


def test_decoding_a_file_refuses_nul_and_drops_other_controls():
    with pytest.raises(ExtractError, match="NUL character"):
        decode_text(b"abc\x00def")
    assert decode_text(b"a\x01b\x0bc") == "ab\nc"


def test_stripping_controls_keeps_tabs_and_newlines_and_drops_lone_surrogates():
    assert strip_controls("a\tb\r\nc\ud800d\x9be") == "a\tb\r\ncde"


@pytest.mark.parametrize("query", ["q=%C0%80", "q=%E0%80%80", "q=%5Cu0000", "q=%5Cx00"])
def test_look_alikes_of_nul_are_searched_as_text_not_refused(analyst_client, query):
    # An overlong UTF-8 NUL decodes to replacement characters; escapes are plain text.
    response = analyst_client.get(f"{reverse('search')}?{query}")
    assert response.status_code == 200
