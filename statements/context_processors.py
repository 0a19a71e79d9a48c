"""Template context shared by every page."""

from typing import Any

from django.http import HttpRequest

from statements.pagecache import CSRF_MARK, NAME_MARK


def roles(request: HttpRequest) -> dict[str, bool]:
    """Whether the user may edit, so templates show editing actions only to editors."""
    user = getattr(request, "user", None)
    is_editor = bool(
        user and user.is_authenticated and user.has_perm("statements.review_statement")
    )
    return {"is_editor": is_editor}


def reader(request: HttpRequest) -> dict[str, Any]:
    """The reader's name; while a page shared by a role renders (statements.pagecache), marks
    in place of the name and the CSRF token (this overrides Django's own `csrf_token`)."""
    if getattr(request, "_page_shared", False):
        return {"csrf_token": CSRF_MARK, "reader_name": NAME_MARK}
    user = getattr(request, "user", None)
    return {"reader_name": user.get_username() if user is not None else ""}
