#!/bin/bash
# Runs once, when the Postgres volume is first created (docker-entrypoint-initdb.d): one login role per service,
# each owning only its own schema and unable to create anything elsewhere; Keycloak gets its own schema too.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
REVOKE ALL ON DATABASE "$POSTGRES_DB" FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

CREATE ROLE card_service LOGIN PASSWORD '$CARD_DB_PASSWORD';
CREATE ROLE media_service LOGIN PASSWORD '$MEDIA_DB_PASSWORD';
CREATE ROLE review_service LOGIN PASSWORD '$REVIEW_DB_PASSWORD';
CREATE ROLE keycloak LOGIN PASSWORD '$KEYCLOAK_DB_PASSWORD';

GRANT CONNECT ON DATABASE "$POSTGRES_DB" TO card_service, media_service, review_service, keycloak;

CREATE SCHEMA card AUTHORIZATION card_service;
CREATE SCHEMA media AUTHORIZATION media_service;
CREATE SCHEMA review AUTHORIZATION review_service;
CREATE SCHEMA keycloak AUTHORIZATION keycloak;

-- card-service's full-text index is GIN over (owner_id, search vector): it needs btree_gin, which a role without
-- CREATE on the database cannot install. Installed into card's schema, so it needs nothing from public.
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA card;

ALTER ROLE card_service SET search_path = card;
ALTER ROLE media_service SET search_path = media;
ALTER ROLE review_service SET search_path = review;
ALTER ROLE keycloak SET search_path = keycloak;
SQL
