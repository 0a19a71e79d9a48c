"""The pages' roles for the API: each view names the Django permission a read and a write need."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request


class ModelPermissions(BasePermission):
    """Signed in (else 401), and holding the view's `read_permission` or `write_permission`
    (else 403): an analyst's token reads what an analyst's pages show and writes nothing."""

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if not hasattr(view, str(request.method).lower()):
            return True  # a method the endpoint does not have: DRF answers 405, not 403
        needed = view.read_permission if request.method in SAFE_METHODS else view.write_permission
        return bool(needed) and bool(user.has_perm(needed))
