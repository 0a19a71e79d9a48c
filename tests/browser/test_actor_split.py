"""An editor splits an actor in the browser: ticks statements in the list and a name, moves them."""

import pytest
from playwright.sync_api import expect

from actors.models import Actor
from tests.factories import ActorFactory, AliasFactory, StatementFactory, UserFactory

PASSWORD = "correct horse battery staple"

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_splits_an_actor_by_ticking_statements_and_a_name(
    page, live_server, reference_data
):
    UserFactory(username="browser-editor", role="editor")
    actor = ActorFactory(name="Jake Sullivan", kind="person")
    AliasFactory(actor=actor, name="Jane Sullivan")
    StatementFactory(speaker=actor, text="Jake spoke of the talks.")
    jane = StatementFactory(speaker=actor, text="Jane spoke of the harbour.")

    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("browser-editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Disputed stories")).to_be_visible()

    page.goto(f"{live_server.url}{actor.get_absolute_url()}")
    page.get_by_text("Split this actor").click()
    page.locator(f'input[name="statements"][value="{jane.pk}"]').check()
    page.locator("#actor-split").get_by_label("Jane Sullivan").check()
    page.get_by_label("To a new actor called").fill("Jane Sullivan")
    page.get_by_role("button", name="Move the chosen statements and names").click()

    expect(page.locator(".history")).to_contain_text("moved 1 statement")
    expect(page.locator("#actor-statements")).not_to_contain_text("Jane spoke")
    expect(page.locator("#actor-statements")).to_contain_text("Jake spoke")
    new = Actor.objects.get(name="Jane Sullivan")
    page.goto(f"{live_server.url}{new.get_absolute_url()}")
    expect(page.locator("#actor-statements")).to_contain_text("Jane spoke of the harbour.")


def test_an_editor_undoes_a_mistaken_split_from_the_history(page, live_server, reference_data):
    from statements import services

    editor = UserFactory(username="browser-editor", role="editor")
    actor = ActorFactory(name="Jake Sullivan", kind="person")
    jake = StatementFactory(speaker=actor, text="Jake spoke of the talks.")
    services.split_actor(actor=actor, editor=editor, statements=[jake], name="Jake S.")

    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("browser-editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}{actor.get_absolute_url()}")
    expect(page.locator("#actor-statements")).not_to_contain_text("Jake spoke")

    page.get_by_role("button", name="Undo this split").click()

    expect(page.get_by_text("Split undone: what went to Jake S. is back")).to_be_visible()
    expect(page.locator("#actor-statements")).to_contain_text("Jake spoke of the talks.")
    expect(page.locator(".history")).to_contain_text("undid the split to “Jake S.”")
    assert not Actor.objects.filter(name="Jake S.").exists()
