"""URLs of the product's pages; each view module owns its own patterns."""

from statements.views import browse, dossier, health, review

urlpatterns = [*health.urlpatterns, *browse.urlpatterns, *review.urlpatterns, *dossier.urlpatterns]
