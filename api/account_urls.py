from api.account import urlpatterns

__all__ = ["urlpatterns"]
