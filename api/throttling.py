"""Rate limits per token (per user for the browser's session): 429 with Retry-After past it."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle

from api.models import ApiToken


class TokenRateThrottle(SimpleRateThrottle):
    """settings.API_RATE requests per token; counted in the shared cache (Redis with CACHE_URL)."""

    scope = "token"

    def get_rate(self) -> str:
        # Read on each request (not frozen at import), so settings and tests can change it.
        return str(settings.API_RATE)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if isinstance(request.auth, ApiToken):
            ident = f"token-{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"address-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
