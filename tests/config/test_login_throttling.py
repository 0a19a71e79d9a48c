"""Login throttling (django-axes) on the login page and the admin; the admin at its own path."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

from .test_settings import run_settings

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def staff(db):
    user = UserFactory(username="root", role="editor", is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def fail(client: Client, url: str, username: str, times: int, **extra) -> list[int]:
    return [
        client.post(url, {"username": username, "password": "wrong"}, **extra).status_code
        for _ in range(times)
    ]


def test_the_right_password_is_refused_after_five_wrong_ones_on_the_login_page(staff):
    client = Client()
    assert fail(client, reverse("login"), "root", 5) == [200, 200, 200, 200, 429]
    response = client.post(reverse("login"), {"username": "root", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_login_is_throttled_too(staff):
    client = Client()
    url = reverse("admin:login")
    fail(client, url, "root", 5)
    response = client.post(url, {"username": "root", "password": PASSWORD, "next": "/"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_for_one_user_from_many_addresses_lock_that_user(staff):
    for n in range(5):
        fail(Client(REMOTE_ADDR=f"203.0.113.{n}"), reverse("login"), "root", 1)
    response = Client(REMOTE_ADDR="198.51.100.7").post(
        reverse("login"), {"username": "root", "password": PASSWORD}
    )
    assert response.status_code == 429


def test_a_successful_login_clears_the_count(staff):
    client = Client()
    fail(client, reverse("login"), "root", 4)
    assert (
        client.post(reverse("login"), {"username": "root", "password": PASSWORD}).status_code == 302
    )
    client.logout()
    assert fail(client, reverse("login"), "root", 4) == [200] * 4


def test_behind_the_proxy_the_client_address_is_the_forwarded_one(staff, settings):
    settings.BEHIND_PROXY = True
    # Five clients behind one proxy address, each failing once for a different user name: none of
    # them is locked out, because each is counted under its own forwarded address.
    for n in range(5):
        codes = fail(
            Client(REMOTE_ADDR="172.18.0.2"),
            reverse("login"),
            f"user{n}",
            1,
            headers={"X-Forwarded-For": f"spoofed, 203.0.113.{n}"},
        )
        assert codes == [200]
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
        f"203.0.113.{n}" for n in range(5)
    }


def test_without_the_proxy_a_forwarded_address_is_ignored(staff, settings):
    settings.BEHIND_PROXY = False
    fail(
        Client(REMOTE_ADDR="198.51.100.9"),
        reverse("login"),
        "x",
        1,
        headers={"X-Forwarded-For": "203.0.113.1"},
    )
    from axes.models import AccessAttempt

    assert AccessAttempt.objects.get().ip_address == "198.51.100.9"


PRODUCTION = {"DEBUG": "false", "SECRET_KEY": "x" * 50}
ADMIN_URL = "from django.urls import reverse; print(reverse('admin:index'))"


def test_the_admin_is_served_at_the_configured_path():
    result = run_settings({**PRODUCTION, "ADMIN_PATH": "/back-office/"}, ADMIN_URL)
    assert result.stdout.strip() == "/back-office/", result.stderr


def test_outside_development_the_admin_is_off_unless_its_path_is_set():
    result = run_settings(PRODUCTION, ADMIN_URL)
    assert result.returncode != 0 and "NoReverseMatch" in result.stderr


def test_a_malformed_admin_path_is_refused():
    result = run_settings({**PRODUCTION, "ADMIN_PATH": "../etc"}, ADMIN_URL)
    assert result.returncode != 0 and "ADMIN_PATH must be" in result.stderr


def test_the_forwarded_protocol_is_trusted_only_behind_the_proxy():
    code = "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"
    assert run_settings(PRODUCTION, code).stdout.strip() == "None"
    behind = run_settings({**PRODUCTION, "BEHIND_PROXY": "true"}, code).stdout.strip()
    assert behind == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_without_the_proxy_a_client_cannot_claim_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = None
    response = client.get(reverse("login"), headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 301 and response["Location"].startswith("https://")
