#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d): creates the role the
# app works as. POSTGRES_USER owns the schema and runs the migrations (DATABASE_OWNER_URL); the app connects as
# tdkt_app (DATABASE_URL), which the app's start grants read/write on the records but only SELECT and INSERT on
# the audit trail: it cannot UPDATE, DELETE, TRUNCATE or ALTER it, nor drop its triggers.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE tdkt_app LOGIN PASSWORD :'app_password';
SQL
