"""Template context shared by every page."""

from django.http import HttpRequest


def roles(request: HttpRequest) -> dict[str, bool]:
    """Whether the user may edit, so templates show editing actions only to editors."""
    user = getattr(request, "user", None)
    is_editor = bool(
        user and user.is_authenticated and user.has_perm("statements.review_statement")
    )
    return {"is_editor": is_editor}
