-- One PostgreSQL server with a database per huvudman's subgraph (in a real
-- deployment each huvudman hosts its own server; the URLs are all that change).
-- Run once by the postgres image on an empty data directory, as its superuser.
--
-- Each subgraph connects as a role of its own that owns its database and its
-- public schema (so it can migrate) but is no superuser: a superuser can turn
-- the access log's append-only triggers off (session_replication_role), read
-- every other huvudman's database and run programs on the server.
-- Its password is taken from the subgraph's own secret, the database URL it
-- connects with (postgres://samsyn_<name>:<password>@<host>/samsyn_<name>),
-- so there is one secret per subgraph to make and rotate.
\if :{?secrets}
\else
  \set secrets /run/secrets
\endif
-- Role and database names are <prefix><name>; a test sets another prefix.
\if :{?prefix}
\else
  \set prefix samsyn_
\endif
\set name vgr
\ir postgres-subgraph-role.psql
\set name kommun
\ir postgres-subgraph-role.psql
\set name samverkan
\ir postgres-subgraph-role.psql
