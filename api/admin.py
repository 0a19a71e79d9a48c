from django.contrib import admin

from api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["start", "user", "name", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["start", "digest", "created_at", "last_used_at"]
    search_fields = ["user__username", "name", "start"]
