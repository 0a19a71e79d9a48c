from django.contrib import admin

from statements.models import Article, AuditEntry, Statement, StatementLink, Story


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "status", "added_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "source_url"]
    readonly_fields = ["content_hash", "added_at", "updated_at"]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "last_activity"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}


class LinkInline(admin.TabularInline):
    model = StatementLink
    fk_name = "source"
    extra = 0
    raw_id_fields = ["target"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["speaker", "stance", "made_on", "review_status", "story"]
    list_filter = ["stance", "review_status"]
    search_fields = ["text"]
    raw_id_fields = ["article", "speaker", "story"]
    inlines = [LinkInline]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "user", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type"]
