"""The signed-in user and their permissions from the cache, never older than the last change.

Without it every request reads the user's row and runs two permission queries (their own and
their groups'). `CachedModelBackend` keeps the user with both sets of permissions in one cache
entry, stamped with two versions: the user's own (a fresh random token whenever the user is
saved or deleted, or their groups or permissions change) and a global one (a fresh token when a
group or a group's permissions change). A request reads the two versions and the entry in one
`get_many` and uses the entry only when both stamps still match, so a demoted editor is refused
on their next request, and a password change (a save) ends their other sessions as before.

Versions are bumped at once and again after the transaction commits: a request that reads the
final version then reads the committed rows, and one that read an earlier version can only write
under a stamp nobody accepts any more. The tokens are random (not counters) so that a version
lost from the cache and made again never matches an entry of before. Changes made with
`QuerySet.update()` on users or by raw SQL send no signal: bump them with `forget_user` or
`forget_everyone`.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

GLOBAL_VERSION = "auth:version:all"
# An entry is read again from the database after this many seconds at most: a change made by a
# process whose cache is not the web's (started without CACHE_URL) renews no version, and then
# counts within five minutes rather than a day. Every process must share CACHE_URL.
ENTRY_TIMEOUT = 300


def user_version_key(user_id: object) -> str:
    return f"auth:version:user:{user_id}"


def entry_key(user_id: object) -> str:
    return f"auth:user:{user_id}"


def _new_token() -> str:
    return uuid.uuid4().hex


def _bump(key: str) -> None:
    """A new token now (no request uses the old entry from here on) and again after the commit
    (an entry read meanwhile from the rows of before the commit is not used either)."""
    cache.set(key, _new_token(), None)
    transaction.on_commit(lambda: cache.set(key, _new_token(), None))


def forget_user(user_id: object) -> None:
    """Give the user a new version: their cached entry is no longer used."""
    _bump(user_version_key(user_id))


def forget_everyone() -> None:
    """A new global version (a group or its permissions changed): no cached entry is used."""
    _bump(GLOBAL_VERSION)


def _versions(found: dict[str, Any], user_id: object) -> tuple[str, str]:
    """The current (user, global) versions, made when missing (a new token matches no entry)."""
    stamps = []
    for key in (user_version_key(user_id), GLOBAL_VERSION):
        token = found.get(key)
        if token is None:
            cache.add(key, _new_token(), None)
            token = cache.get(key)
        stamps.append(token)
    return stamps[0], stamps[1]


class CachedModelBackend(ModelBackend):
    """Django's ModelBackend whose user and permissions come from a versioned cache entry."""

    def get_user(self, user_id: Any) -> User | None:
        keys = [user_version_key(user_id), GLOBAL_VERSION, entry_key(user_id)]
        found = cache.get_many(keys)
        entry = found.get(entry_key(user_id))
        if entry is not None and entry["stamp"] == (found.get(keys[0]), found.get(keys[1])):
            user: User = entry["user"]
        else:
            # Versions first, then the rows: a change committed in between gives a new version,
            # and this entry's stamp is then already out of date.
            stamp = _versions(found, user_id)
            found_user = super().get_user(user_id)
            if found_user is None:
                return None
            user = found_user
            entry = {
                "stamp": stamp,
                "user": user,
                "user_perms": super().get_user_permissions(user),
                "group_perms": super().get_group_permissions(user),
            }
            cache.set(entry_key(user_id), entry, ENTRY_TIMEOUT)
        if not self.user_can_authenticate(user):
            return None
        # ModelBackend reads these attributes before it queries (get_*_permissions).
        user._user_perm_cache = entry["user_perms"]  # type: ignore[attr-defined]
        user._group_perm_cache = entry["group_perms"]  # type: ignore[attr-defined]
        user._perm_cache = entry["user_perms"] | entry["group_perms"]  # type: ignore[attr-defined]
        return user


def _user_saved(sender: Any, instance: AbstractBaseUser, **kwargs: Any) -> None:
    forget_user(instance.pk)


def _user_m2m_changed(
    sender: Any, instance: Any, action: str, reverse: bool, pk_set: set[Any] | None, **kwargs: Any
) -> None:
    """user.groups / user.user_permissions changed, from either side."""
    if not action.startswith("post_"):
        return
    if isinstance(instance, get_user_model()):
        forget_user(instance.pk)
    elif action == "post_clear" or pk_set is None:
        # group.user_set.clear() or permission.user_set.clear(): the members are not named.
        forget_everyone()
    else:
        for user_id in pk_set:
            forget_user(user_id)


def _group_changed(sender: Any, **kwargs: Any) -> None:
    """A group, its permissions or a permission changed: every member's rights may differ."""
    action = kwargs.get("action")
    if action is None or action.startswith("post_"):
        forget_everyone()


def connect() -> None:
    """Wire the signals (from the app's ready())."""
    user_model = get_user_model()
    post_save.connect(_user_saved, sender=user_model, dispatch_uid="authcache-user-saved")
    post_delete.connect(_user_saved, sender=user_model, dispatch_uid="authcache-user-deleted")
    for through in (user_model.groups.through, user_model.user_permissions.through):
        m2m_changed.connect(_user_m2m_changed, sender=through, dispatch_uid=f"authcache-{through}")
    m2m_changed.connect(
        _group_changed, sender=Group.permissions.through, dispatch_uid="authcache-group-perms"
    )
    for model in (Group, Permission):
        post_save.connect(_group_changed, sender=model, dispatch_uid=f"authcache-save-{model}")
        post_delete.connect(_group_changed, sender=model, dispatch_uid=f"authcache-del-{model}")
