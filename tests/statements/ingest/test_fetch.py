"""Fetching refuses anything but public web pages of a sane size and type."""

import pytest

from statements.fetch import FetchError, fetch_url, is_public_address

from .conftest import SEEN_USER_AGENTS


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin/",
        "http://10.0.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8000/",
        "http://localhost:6379/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_non_public_addresses_are_refused(url):
    with pytest.raises(FetchError, match="non-public address"):
        fetch_url(url)


def test_a_host_name_resolving_to_a_private_address_is_refused(public_loopback):
    with pytest.raises(FetchError, match=r"'intranet\.example' points to a non-public address"):
        fetch_url("http://intranet.example/page")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://x/"])
def test_other_schemes_are_refused(url):
    with pytest.raises(FetchError, match="Only http"):
        fetch_url(url)


def test_credentials_in_the_url_are_refused():
    with pytest.raises(FetchError, match="user name or password"):
        fetch_url("http://user:secret@example.org/")


def test_public_addresses_are_recognised():
    assert is_public_address("8.8.8.8")
    assert is_public_address("2606:4700:4700::1111")
    assert not is_public_address("192.168.1.1")
    assert not is_public_address("100.64.0.1")  # carrier-grade NAT
    assert not is_public_address("fe80::1")
    assert not is_public_address("not an address")


def test_a_public_page_is_fetched_with_a_recognisable_user_agent(web_server, public_loopback):
    page = fetch_url(f"http://news.example:{web_server}/article")
    assert page.content_type == "text/html"
    assert b"Ministry rejects report" in page.body
    assert SEEN_USER_AGENTS[-1].startswith("DementiBot/")


def test_a_redirect_to_a_private_address_is_refused(web_server, public_loopback):
    with pytest.raises(FetchError, match="non-public address"):
        fetch_url(f"http://news.example:{web_server}/redirect-to-10.0.0.5")


def test_a_redirect_to_the_metadata_service_is_refused(web_server, public_loopback):
    with pytest.raises(FetchError, match="non-public address"):
        fetch_url(f"http://news.example:{web_server}/redirect-to-169.254.169.254")


def test_a_body_over_the_size_cap_is_refused(web_server, public_loopback):
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch_url(f"http://news.example:{web_server}/huge")


def test_a_non_html_content_type_is_refused(web_server, public_loopback):
    with pytest.raises(FetchError, match="application/pdf, not an HTML page"):
        fetch_url(f"http://news.example:{web_server}/pdf")


def test_a_page_sent_too_slowly_is_abandoned_for_a_retry(web_server, public_loopback, settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.3
    with pytest.raises(FetchError, match="too long") as refused:
        fetch_url(f"http://news.example:{web_server}/slow")
    assert refused.value.transient
