from django.contrib import admin

from actors.models import Actor, Affiliation, Alias


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    fields = ["name"]


class AffiliationInline(admin.TabularInline):
    model = Affiliation
    fk_name = "actor"
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "role", "status"]
    list_filter = ["kind", "status", "country"]
    search_fields = ["name", "aliases__name"]
    inlines = [AliasInline, AffiliationInline]


@admin.register(Alias)
class AliasAdmin(admin.ModelAdmin):
    list_display = ["name", "actor", "normalised"]
    search_fields = ["name", "normalised"]
    autocomplete_fields = ["actor"]
