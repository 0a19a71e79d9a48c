"""Who the client is when a reverse proxy stands in front (used by django-axes' throttling)."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the one the proxy appended last when BEHIND_PROXY, else the socket's.

    Only the rightmost X-Forwarded-For entry was written by our proxy; anything left of it came
    from the client and could be forged.
    """
    if settings.BEHIND_PROXY:
        forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", "")).rsplit(",", 1)[-1].strip()
        if forwarded:
            return forwarded
    address: str | None = request.META.get("REMOTE_ADDR")
    return address
