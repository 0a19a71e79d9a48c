"""Dementi settings: one file, read from the environment, runnable with no environment at all."""

import datetime as dt
import json
import os
import re
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Parse a boolean strictly so that a typo fails loudly instead of meaning False."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_json_object(name: str) -> dict[str, object]:
    """A JSON object from the environment ({} when unset); anything else fails loudly."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ImproperlyConfigured(f"{name} must be a JSON object: {exc}") from exc
    if not isinstance(value, dict):
        raise ImproperlyConfigured(f"{name} must be a JSON object, not {type(value).__name__}")
    return value


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (set DEBUG=true for development)"
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "actors",
    "statements",
    "api",
    "sources",
    "watch",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "statements.middleware.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "statements.context_processors.roles",
                "statements.context_processors.reader",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked-out client before the password is even checked. Then
# Django's ModelBackend with the user and their permissions read from a cache entry that a change
# to the user, their groups or a group's permissions makes stale at once (statements.authcache).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "statements.authcache.CachedModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "stories"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Generated dossiers go to the default storage, which web and workers must share: MEDIA_ROOT on a
# volume both mount (compose's `media`), or an S3-compatible bucket: install django-storages[s3]
# and set MEDIA_STORAGE_BACKEND=storages.backends.s3.S3Storage with MEDIA_STORAGE_OPTIONS, a JSON
# object such as {"bucket_name": "dementi", "endpoint_url": "https://s3.example.org"} (the keys
# come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as boto3 reads them). See README.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "") or BASE_DIR / "media")
MEDIA_STORAGE_BACKEND = os.environ.get(
    "MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
)


STORAGES = {
    "default": {
        "BACKEND": MEDIA_STORAGE_BACKEND,
        "OPTIONS": env_json_object("MEDIA_STORAGE_OPTIONS"),
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024

# The cache: rendered fragments of the analysts' pages (keyed by the stories' and actors'
# versions, statements.fragments), sessions and the API's rate-limit counters. Redis when CACHE_URL
# names it (shared by every web process); otherwise this process's memory, which is right for one
# process in development.
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "config.cache.ReusedClientRedisCache", "LOCATION": CACHE_URL}
        if CACHE_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
    | {"KEY_PREFIX": "dementi", "TIMEOUT": 24 * 3600}
}
# Sessions read from the cache, written through to the database (a lost cache logs nobody out).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Security: production defaults; `manage.py check --deploy` is clean when DEBUG is off.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Only behind the reverse proxy (compose's nginx), which overwrites X-Forwarded-Proto and
# X-Forwarded-For on every request, are those headers the truth; reached directly, any client
# could send them. So they are trusted only when BEHIND_PROXY says the proxy is the only way in.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The container health check asks gunicorn directly over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: only the site's own scripts and styles, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Celery: with no broker configured, tasks run eagerly in-process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Past the soft limit a job is failed with its reason ("too long to parse"); the hard limit
# kills the pool process if the soft one is not honoured. Keep both under the visibility timeout.
CELERY_TASK_SOFT_TIME_LIMIT = int(os.environ.get("CELERY_TASK_SOFT_TIME_LIMIT", "240"))
CELERY_TASK_TIME_LIMIT = int(os.environ.get("CELERY_TASK_TIME_LIMIT", "300"))
# Just above the longest task's hard limit, so an unacknowledged task is redelivered only
# after its worker is surely gone.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 360}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing gives up after about a second when the broker is down: the article row is the
# outbox and the sweeper enqueues it later, so a request never waits on (or fails with) Redis.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 0.5,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 3
# Polls have their own queue, so a backlog of articles to parse never holds up the polling round
# (and a burst of new entries does not wait behind it either). Workers consume both by default
# (compose and the Makefile pass `-Q celery,sources`).
CELERY_TASK_ROUTES = {"sources.tasks.*": {"queue": "sources"}}
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {
    "sweep-articles": {
        "task": "statements.beat.sweep_articles",
        "schedule": 60.0,
    },
    "sweep-dossier-builds": {
        "task": "statements.beat.sweep_dossier_builds",
        "schedule": 60.0,
    },
    "sweep-notifications": {
        "task": "watch.beat.sweep_notifications",
        "schedule": 60.0,
    },
    "poll-sources": {
        "task": "sources.tasks.poll_due_sources",
        "schedule": 60.0,
    },
    "send-digests": {
        "task": "watch.tasks.send_digests",
        "schedule": float(os.environ.get("DIGEST_EVERY_SECONDS", "86400")),
    },
}
# Runs of the ingest pipeline per article before it fails with its reason (retries included).
INGEST_MAX_ATTEMPTS = int(os.environ.get("INGEST_MAX_ATTEMPTS", "5"))

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords from one address, or
# for one user name, further attempts are refused for AXES_COOLOFF_MINUTES, on the login page and
# the admin's alike; a successful login clears the count.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "config.proxy.client_ip"
AXES_VERBOSE = False


def admin_path(value: str) -> str:
    """The admin's URL prefix ("" turns the admin off); a malformed one is refused."""
    path = value.strip().strip("/")
    if path and not re.fullmatch(r"[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*", path):
        raise ImproperlyConfigured(f"ADMIN_PATH must be letters, digits, - and _, not {value!r}")
    return f"{path}/" if path else ""


# The admin's address: not the well-known /admin/ outside development (and off unless set).
ADMIN_PATH = admin_path(os.environ.get("ADMIN_PATH", "admin/" if DEBUG else ""))


# The REST API (api/): bearer tokens first, so an anonymous request is answered 401 with
# `WWW-Authenticate: Bearer`; the browser's session works too (with CSRF on writes).
API_RATE = os.environ.get("API_RATE", "600/minute")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.ModelPermissions"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.TokenRateThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Dementi API",
    "DESCRIPTION": "Stories, statements (claims, denials, confirmations), actors and articles.",
    "VERSION": "1",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    # Swagger UI from our own static files (drf-spectacular-sidecar): the CSP allows no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StanceEnum": "statements.models.Stance",
        "ReviewStatusEnum": "statements.models.ReviewStatus",
        "IngestStatusEnum": "statements.models.IngestStatus",
        "ActorKindEnum": "actors.models.ActorKind",
        "SearchKindEnum": "api.serializers.SEARCH_KINDS",
    },
}

FETCH_USER_AGENT = "DementiBot/0.1 (+https://github.com/dementi; newsroom statement tracker)"
FETCH_MAX_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 15.0
# `host:port` pairs the fetch may reach although their addresses are not public (intranet feeds,
# tests on 127.0.0.1); empty by default, and nothing else lifts the address checks.
FETCH_ALLOW_HOSTS = env_list("DEMENTI_FETCH_ALLOW_HOSTS")

# Sources (RSS/Atom feeds polled by beat): seconds between two requests to one host, the longest
# a poll waits for its host's turn (else it is due again at that turn), the feed size cap, the
# entries turned into articles per poll, and the failures in a row that flag a source and start
# its exponential back-off.
SOURCES_HOST_DELAY_SECONDS = float(os.environ.get("SOURCES_HOST_DELAY_SECONDS", "2"))
SOURCES_MAX_HOST_WAIT_SECONDS = float(os.environ.get("SOURCES_MAX_HOST_WAIT_SECONDS", "20"))
SOURCES_MAX_FEED_BYTES = 2 * 1024 * 1024
SOURCES_ENTRIES_PER_POLL = int(os.environ.get("SOURCES_ENTRIES_PER_POLL", "20"))
SOURCES_FLAG_AFTER = int(os.environ.get("SOURCES_FLAG_AFTER", "3"))
# Reads of one feed entry's page that fail temporarily (5xx, timeout) before it is failed.
SOURCES_ENTRY_MAX_ATTEMPTS = int(os.environ.get("SOURCES_ENTRY_MAX_ATTEMPTS", "5"))

# E-mail (watchlist digests): the console in development, SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "dementi@localhost")
# Absolute links in e-mails and feeds made outside a request (the digest task).
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
