-- Bootstraps a GovConnect PostgreSQL server: one database per service, each owned by its own
-- login role, and the vector extension in gc_ai. Idempotent. Run as a superuser with psql:
--   psql -v ON_ERROR_STOP=1 -v pw_channel=... -v pw_ai=... -v pw_case=... -v pw_notification=... \
--        -v pw_dashboard=... -f database/bootstrap.sql
-- (database/bootstrap.sh passes the passwords from the environment.)

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', r.name, r.pw)
FROM (VALUES ('gc_channel', :'pw_channel'), ('gc_ai', :'pw_ai'), ('gc_case', :'pw_case'),
             ('gc_notification', :'pw_notification'), ('gc_dashboard', :'pw_dashboard')) AS r(name, pw)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name)
\gexec

-- Keep passwords in step with the environment on every run.
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', r.name, r.pw)
FROM (VALUES ('gc_channel', :'pw_channel'), ('gc_ai', :'pw_ai'), ('gc_case', :'pw_case'),
             ('gc_notification', :'pw_notification'), ('gc_dashboard', :'pw_dashboard')) AS r(name, pw)
\gexec

SELECT format('CREATE DATABASE %I OWNER %I', d, d)
FROM unnest(ARRAY['gc_channel', 'gc_ai', 'gc_case', 'gc_notification', 'gc_dashboard']) AS d
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d)
\gexec

-- A service's role may use only its own database.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', d)
FROM unnest(ARRAY['gc_channel', 'gc_ai', 'gc_case', 'gc_notification', 'gc_dashboard']) AS d
\gexec

\connect gc_ai
-- pgvector is not a trusted extension: the superuser enables it for the ai-service's role.
CREATE EXTENSION IF NOT EXISTS vector;
