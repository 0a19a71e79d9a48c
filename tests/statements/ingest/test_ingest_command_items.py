"""`manage.py ingest`: each bad item is reported with its reason, the batch goes on, the exit
status says whether anything failed; NUL, control characters and non-http URLs never get in."""

import json

import pytest
from django.core.management import CommandError, call_command

from statements.models import Article

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Ministry denies report",
    "text": "The Velorian foreign ministry on Tuesday denied the report. "
    '"These claims are false," spokeswoman Lena Ortiz said.',
}


def write(path, data) -> str:
    path.write_text(json.dumps(data))
    return str(path)


def run(*inputs, capsys):
    """Run the command; returns (raised CommandError or None, stdout, stderr)."""
    try:
        call_command("ingest", *inputs)
        error = None
    except CommandError as exc:
        error = exc
    out = capsys.readouterr()
    return error, out.out, out.err


@pytest.fixture
def quiet(django_capture_on_commit_callbacks):
    """Articles are recorded but their ingest is not run (the command's part is the submission)."""
    with django_capture_on_commit_callbacks(execute=False):
        yield


BAD_JSON = [
    ({"text": 12345}, '"text" must be a string, not a number'),
    ([GOOD, GOOD], "not a list"),
    ({**GOOD, "published": 20240105}, '"published" must be a string, not a number'),
    ({**GOOD, "published": "last Tuesday"}, '"published" is not a date'),
    ({**GOOD, "text": "The ministry\u0000 denied it."}, "NUL character"),
    ({"title": "nothing"}, 'neither "text" nor "source_url"'),
]


@pytest.mark.parametrize(("data", "reason"), BAD_JSON)
def test_a_bad_json_item_is_reported_and_the_items_after_it_are_still_submitted(
    tmp_path, capsys, quiet, data, reason
):
    bad = write(tmp_path / "a_bad.json", data)
    good = write(tmp_path / "b_good.json", GOOD)
    error, out, err = run(bad, good, capsys=capsys)
    assert reason in err
    assert Article.objects.filter(title="Ministry denies report").count() == 1
    assert "2 input(s): 1 added, 1 failed" in out
    assert error is not None and "1 of 2 input(s) failed" in str(error)


def test_the_command_exits_non_zero_only_when_an_item_failed(tmp_path, capsys, quiet):
    good = write(tmp_path / "good.json", GOOD)
    error, out, _ = run(good, capsys=capsys)
    assert error is None and "1 added" in out


def test_invalid_json_is_one_failed_item(tmp_path, capsys, quiet):
    (tmp_path / "broken.json").write_text('{"text": "unfinished')
    broken = str(tmp_path / "broken.json")
    error, _, err = run(broken, write(tmp_path / "ok.json", GOOD), capsys=capsys)
    assert "Not valid JSON" in err and error is not None
    assert Article.objects.count() == 1


def test_a_json_file_with_a_nul_escape_in_the_title_is_refused_with_a_message(
    tmp_path, capsys, quiet
):
    bad = write(tmp_path / "bad.json", {**GOOD, "title": "A\u0000B"})
    error, _, err = run(bad, capsys=capsys)
    assert '"title" contains a NUL character' in err and error is not None
    assert not Article.objects.exists()


def test_a_text_file_with_a_nul_byte_is_a_failed_article_with_the_reason(tmp_path, capsys, quiet):
    path = tmp_path / "leak.txt"
    path.write_bytes(b"The ministry denied\x00 the report.")
    error, _, err = run(str(path), capsys=capsys)
    assert "NUL character" in err and error is not None
    assert "NUL character" in Article.objects.get().error


def test_control_characters_in_json_text_are_dropped(tmp_path, capsys, quiet):
    path = write(tmp_path / "ctl.json", {**GOOD, "text": GOOD["text"] + "\u0007\ud800\u001b"})
    error, _, _ = run(path, capsys=capsys)
    assert error is None
    assert Article.objects.get().raw_text == GOOD["text"]


def test_a_2000_character_url_in_a_list_file_is_reported_and_the_next_url_submitted(
    tmp_path, capsys, quiet
):
    long_url = "https://example.com/" + "a" * 2000
    urls = tmp_path / "batch.txt"
    urls.write_text(f"{long_url}\nhttps://example.com/next\n")
    error, _, err = run(str(urls), capsys=capsys)
    assert "characters long; at most 2,000" in err and error is not None
    assert list(Article.objects.values_list("source_url", flat=True)) == [
        "https://example.com/next"
    ]


@pytest.mark.parametrize(
    "url", ["javascript:alert(document.cookie)", "ftp://example.com/report.txt", "data:text/html,x"]
)
def test_a_json_source_url_that_is_not_http_is_refused(tmp_path, capsys, quiet, url):
    path = write(tmp_path / "bad.json", {**GOOD, "source_url": url})
    error, _, err = run(path, capsys=capsys)
    assert "not an http:// or https:// address" in err and error is not None
    assert not Article.objects.exists()


def test_non_http_lines_in_a_url_list_are_refused_one_by_one(tmp_path, capsys, quiet):
    urls = tmp_path / "batch.txt"
    urls.write_text("javascript:alert(1)\nftp://example.com/x\nhttps://example.com/fine\n")
    error, out, err = run(str(urls), capsys=capsys)
    assert error is not None
    assert err.count("not an http:// or https:// address") == 2
    assert list(Article.objects.values_list("source_url", flat=True)) == [
        "https://example.com/fine"
    ]
    assert "3 input(s): 1 added, 2 failed" in out


def test_a_missing_path_is_reported_and_the_other_inputs_still_run(tmp_path, capsys, quiet):
    error, _, err = run("/nonexistent/folder", write(tmp_path / "ok.json", GOOD), capsys=capsys)
    assert "No such file" in err and error is not None
    assert Article.objects.count() == 1


# Committed as the command commits outside tests, so the eager job runs inside submit_article.
@pytest.mark.django_db(transaction=True)
def test_a_url_whose_host_does_not_exist_is_recorded_failed_with_its_reason(
    tmp_path, capsys, eager_tasks
):
    urls = tmp_path / "batch.urls"
    urls.write_text("https://no-such-host.invalid/report\n")
    error, _out, _err = run(str(urls), capsys=capsys)
    # A name that does not exist is not retried (issue 13): the item fails with its reason.
    assert error is not None and "1 of 1 input(s) failed" in str(error)
    assert "'no-such-host.invalid' does not exist" in str(error)
    article = Article.objects.get()
    assert article.source_url == "https://no-such-host.invalid/report"
    assert article.status == "failed"
