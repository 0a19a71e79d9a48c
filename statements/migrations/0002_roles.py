"""The two roles as Django groups holding Django's own model permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ANALYST = [
    "actors.view_actor",
    "actors.view_alias",
    "actors.view_affiliation",
    "statements.view_article",
    "statements.view_story",
    "statements.view_statement",
    "statements.view_statementlink",
    "statements.export_story",
]
EDITOR = ANALYST + [
    "actors.add_actor",
    "actors.change_actor",
    "actors.add_alias",
    "actors.change_alias",
    "actors.delete_alias",
    "actors.add_affiliation",
    "actors.change_affiliation",
    "statements.add_article",
    "statements.change_article",
    "statements.add_story",
    "statements.change_story",
    "statements.change_statement",
    "statements.review_statement",
    "statements.add_statementlink",
    "statements.delete_statementlink",
]


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; make sure they exist now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in (("analyst", ANALYST), ("editor", EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = []
        for code in codes:
            app_label, codename = code.split(".")
            perms.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(perms)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["analyst", "editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0001_initial"),
        ("actors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
