from django.contrib import admin

from watch.models import Notification, Watch


@admin.register(Watch)
class WatchAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "when", "created_at"]
    raw_id_fields = ["user", "actor", "story"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "statement", "created_at", "read_at", "emailed_at"]
    raw_id_fields = ["user", "statement", "watch"]
