"""Settings for claimwatch, read from the environment.

Every variable has a default that works for `make run` on a fresh machine (SQLite, tasks in-process).
Production and the test suite set DATABASE_URL and REDIS_URL. The README's configuration table lists
every variable; keep the two in step.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me-in-production-0123456789"
SECRET_KEY = env.str("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_htmx",
    "simple_history",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "claims.middleware.ReadRequiresLoginMiddleware",
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
                "sources.context_processors.editor_flag",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The claims indexes carry INCLUDE columns for PostgreSQL's index-only scans; SQLite (make run)
# ignores them harmlessly, so its warning would only be noise on every command.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

REDIS_URL = env.str("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="claimwatch"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Anyone may read unless this is on; editors (the "Editors" group or staff) change data.
READ_REQUIRES_LOGIN = env.bool("READ_REQUIRES_LOGIN", default=False)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
X_FRAME_OPTIONS = "DENY"

# Celery. With no broker configured, tasks run in-process (eagerly), so `make run` needs nothing else.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
# Each worker process holds one more message while it runs a task, so the next article starts
# without a round trip to the broker first (about 1 ms an article on a small machine). No more than
# that: with acks_late, a message held by a process stuck on a slow site waits for it (up to the
# fetch's time limit) while other workers may be idle.
CELERY_WORKER_PREFETCH_MULTIPLIER = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A submission made while the broker is down must not hang the request: fail fast, the sweep
# picks the article up later.
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
CELERY_BEAT_SCHEDULE: dict = {}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# Fetching articles (sources/ingest). The fetcher runs at users' request on our servers, so it
# refuses private addresses unless FETCH_ALLOW_PRIVATE_ADDRESSES is on (tests serving pages from
# 127.0.0.1 only; `manage.py check --deploy` warns when it is on).
FETCH_ALLOW_PRIVATE_ADDRESSES = env.bool("FETCH_ALLOW_PRIVATE_ADDRESSES", default=False)
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=5_000_000)
FETCH_CONNECT_TIMEOUT = env.float("FETCH_CONNECT_TIMEOUT", default=5.0)
FETCH_TOTAL_TIMEOUT = env.float("FETCH_TOTAL_TIMEOUT", default=20.0)
FETCH_MAX_REDIRECTS = env.int("FETCH_MAX_REDIRECTS", default=5)
FETCH_USER_AGENT = env.str(
    "FETCH_USER_AGENT", default=f"claimwatch/0.1 (+{SITE_URL}; claim tracking for fact-checkers)"
)
FETCH_HOST_RATE = env.float("FETCH_HOST_RATE", default=1.0)  # requests a second per host; 0 = off
# Certificate authorities trusted for https (a PEM file); empty means the Mozilla bundle (certifi).
FETCH_CA_BUNDLE = env.str("FETCH_CA_BUNDLE", default="")

# Ingestion pipeline (sources/services.py, sources/tasks.py): retries, the sweep, feed polling.
INGEST_MAX_RETRIES = env.int("INGEST_MAX_RETRIES", default=5)  # transient fetch errors
INGEST_RETRY_BACKOFF = env.int("INGEST_RETRY_BACKOFF", default=10)  # seconds, doubled each retry
INGEST_RETRY_BACKOFF_MAX = env.int("INGEST_RETRY_BACKOFF_MAX", default=600)  # also caps Retry-After
# An article queued or fetching this long (seconds) is re-enqueued by the sweep; keep it above
# CELERY_TASK_TIME_LIMIT so a fetch still running is never taken for a lost one.
SWEEP_STUCK_AFTER = env.int("SWEEP_STUCK_AFTER", default=600)
SWEEP_BATCH = env.int("SWEEP_BATCH", default=500)
CELERY_BEAT_SCHEDULE.update(
    {
        "sweep-stuck-articles": {
            "task": "sources.tasks.stuck_articles_sweep",
            "schedule": env.float("SWEEP_EVERY", default=60.0),
        },
        "poll-due-feeds": {
            "task": "sources.tasks.feeds_poll_due",
            "schedule": env.float("FEEDS_CHECK_EVERY", default=60.0),
        },
    }
)

# Signing in (claims/accounts.py): after LOGIN_FAILURE_LIMIT failed sign-ins for one username from
# one address within LOGIN_FAILURE_WINDOW seconds, that pair is refused until the window passes.
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_FAILURE_WINDOW = env.int("LOGIN_FAILURE_WINDOW", default=15 * 60)

# The demo data (manage.py load_demo): the password given to the "demo" editor account when the
# loader creates it. Set it to something else on any machine others can reach.
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="claimwatch-demo")

# Claim extraction (claims/services.py, claims/extraction/llm.py). CLAIM_EXTRACTOR picks the
# extractor ("rules", offline, or "llm"); the llm one talks to any OpenAI-compatible chat endpoint.
CLAIM_EXTRACTOR = env.str("CLAIM_EXTRACTOR", default="rules")
LLM_BASE_URL = env.str("LLM_BASE_URL", default="")  # e.g. http://localhost:11434/v1 for Ollama
LLM_MODEL = env.str("LLM_MODEL", default="")
LLM_API_KEY = env.str("LLM_API_KEY", default="")  # sent as a Bearer token when set
LLM_TIMEOUT = env.float("LLM_TIMEOUT", default=120.0)  # seconds for one article's answer
EXTRACT_MAX_RETRIES = env.int("EXTRACT_MAX_RETRIES", default=3)  # an unreachable model endpoint
# The queue tasks go to when nothing routes them elsewhere; a worker started for one queue sets it
# so that the tasks it sends itself (ingestion -> extraction) stay on that queue.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")

# Celery workers (sources/tasks.py): how long, in seconds, a worker process keeps its database
# connection between tasks (0 = a new connection for every task, as the web process does with
# CONN_MAX_AGE=0). Each article is two tasks; reconnecting for each costs more than the queries.
WORKER_CONN_MAX_AGE = env.int("WORKER_CONN_MAX_AGE", default=600)
# Celery's Django support closes every connection around every task unless told to reuse them;
# told so, it leaves them to the workers' own check (Django's close_old_connections, as after a
# request), which closes them when older than WORKER_CONN_MAX_AGE or broken.
CELERY_DB_REUSE_MAX = 1_000_000_000 if WORKER_CONN_MAX_AGE else None

# Read pages (claims/pagecache.py): how long, in seconds, a cached piece of a page (the claims list
# below the header, topic and actor pages, the lists, comparisons, filter suggestions) is kept.
# Every write drops them at once (bulk writes bump the data version themselves); this bounds the
# memory they hold. 0 turns the cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# Ingestion pipeline hand-off (claims/pipeline.py): a worker that stores a new article version runs
# its claim extraction itself, right after the commit, instead of queueing a second task.
EXTRACT_IN_INGEST_WORKER = env.bool("EXTRACT_IN_INGEST_WORKER", default=True)
# The queue claim extraction tasks are sent to; empty: the default queue above. With
# EXTRACT_IN_INGEST_WORKER off, workers started for this queue alone (`celery worker -Q NAME`) do
# the extraction while others fetch, e.g. when an LLM extractor is far slower than fetching.
EXTRACT_QUEUE = env.str("EXTRACT_QUEUE", default="")
CELERY_TASK_ROUTES = (
    {"claims.tasks.extract_claims_task": {"queue": EXTRACT_QUEUE}} if EXTRACT_QUEUE else {}
)
