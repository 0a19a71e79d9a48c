from django.contrib import admin

from sources.models import FeedEntry, Host, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "url",
        "enabled",
        "last_status",
        "failures",
        "flagged",
        "last_polled_at",
    ]
    list_filter = ["enabled", "flagged", "last_status"]
    search_fields = ["name", "url", "outlet"]


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "state", "published", "article"]
    list_filter = ["state"]
    raw_id_fields = ["source", "article"]


admin.site.register(Host)
