"""Make the README's picture of the seed story's timeline (docs/screenshots/seed-timeline.png).

    make screenshot            # or: DEBUG=true python docs/screenshot.py [--out PATH]

It uses the database of the environment (DATABASE_URL; the SQLite file by default): the seed
article of ../shared is ingested there unless it already is (in-process, no broker needed), and
an analyst `screenshot` is made. It then starts `manage.py runserver` on a free port, logs in
with Debian's chromium through Playwright, expands the first statement's evidence and saves a
1280 x 1500 picture. Not a test: it writes into docs/ and needs ../shared and chromium.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "dev" / "00_seed_secret_talks.json"
CHROMIUM = "/usr/bin/chromium"
USERNAME = "screenshot"
PASSWORD = "screenshot-only-password-1"  # noqa: S105 - a throwaway analyst of a local database


def prepare() -> str:
    """The seed story's URL, after ingesting the seed and making the analyst if need be."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["CELERY_BROKER_URL"] = ""  # ingest in this process (eager), whatever the .env says
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from statements.models import Article, IngestStatus, Stance
    from statements.services import submit_article

    call_command("migrate", verbosity=0)
    data = json.loads(SEED.read_text())
    article = submit_article(user=None, text=data["text"], title=data["title"]).article
    article = Article.objects.get(pk=article.pk)
    if article.status != IngestStatus.DONE:
        raise SystemExit(f"The seed article did not ingest: {article.status} {article.error}")
    user, _ = User.objects.get_or_create(username=USERNAME)
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name="analyst"))
    claim = article.statements.filter(stance=Stance.CLAIM, story__isnull=False).first()
    if claim is None or claim.story is None:
        raise SystemExit("The seed article has no claim in a story.")
    return claim.story.get_absolute_url()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310 - our own local server
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"The development server did not answer at {url}")


def shoot(base: str, story_url: str, out: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1500})
        page.goto(f"{base}/login/")
        page.get_by_label("Username").fill(USERNAME)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.goto(f"{base}{story_url}")
        page.locator("#timeline .statement").first.get_by_text("Evidence in the article").click()
        expect(page.locator("mark.evidence--active").first).to_be_visible()
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screenshots/seed-timeline.png")
    args = parser.parse_args()
    if not SEED.exists() or not Path(CHROMIUM).exists():
        raise SystemExit(f"Needs {SEED} and {CHROMIUM}.")
    story_url = prepare()
    port = free_port()
    env = {**os.environ, "DEBUG": "true", "SECURE_SSL_REDIRECT": "false"}
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz")
        shoot(base, story_url, args.out)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
