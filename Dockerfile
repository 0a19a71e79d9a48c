# One image for web, worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1

# WeasyPrint's system libraries (Pango, HarfBuzz) and fonts for the PDF dossier.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b \
       libharfbuzz-subset0 fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/*

# The unprivileged user web, worker and beat run as. The code in /app stays root's (read-only to
# it); the dossiers go to /data/media, its own, which compose mounts as the shared `media` volume.
RUN useradd --create-home --uid 1000 dementi \
    && mkdir -p /data/media \
    && chown dementi:dementi /data/media
ENV MEDIA_ROOT=/data/media
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY actors ./actors
COPY statements ./statements
RUN pip install --upgrade pip && pip install .
COPY . .
RUN DEBUG=true python manage.py collectstatic --no-input

USER dementi
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
