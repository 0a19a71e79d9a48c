"""URLs of the product's pages; each view module owns its own patterns."""

from statements.views import actors, browse, dossier, health, review, search

urlpatterns = [
    *health.urlpatterns,
    *browse.urlpatterns,
    *actors.urlpatterns,
    *search.urlpatterns,
    *review.urlpatterns,
    *dossier.urlpatterns,
]
