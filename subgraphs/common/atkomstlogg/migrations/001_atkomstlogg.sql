-- The access log (åtkomstlogg) every subgraph keeps in its own database: one
-- row per patient-level read or write (HSLF-FS 2016:40 4 kap.; SVOD). It is
-- append-only (the database refuses UPDATE, DELETE and TRUNCATE) and
-- hash-chained: each row's hash covers the previous row's hash and the row's
-- own content, so a changed, removed or inserted row breaks the chain.

CREATE TABLE atkomstlogg (
  lopnummer bigint PRIMARY KEY,
  tid timestamptz NOT NULL DEFAULT now(),
  request_id text NOT NULL,
  operation text,
  anvandare text NOT NULL,
  organisation_hsa_id text NOT NULL,
  anvandarens_huvudman text NOT NULL,
  roller text NOT NULL,
  patient text NOT NULL CHECK (patient ~ '^[0-9]{12}$'),
  data_huvudman text NOT NULL,
  informationskategorier text NOT NULL,
  atgard text NOT NULL CHECK (atgard IN ('LASNING', 'SKRIVNING')),
  grund text CHECK (grund IN ('EGEN_VARDRELATION', 'SAMTYCKE', 'NODATKOMST')),
  nodatkomst_anledning text,
  resultat text NOT NULL CHECK (resultat IN ('TILLATEN', 'NEKAD', 'FILTRERAD')),
  granskas_sarskilt boolean NOT NULL DEFAULT false,
  foregaende_hash text NOT NULL,
  hash text NOT NULL
);

CREATE INDEX atkomstlogg_patient ON atkomstlogg (patient, lopnummer);
CREATE INDEX atkomstlogg_anvandare ON atkomstlogg (anvandare, lopnummer);
CREATE INDEX atkomstlogg_tid ON atkomstlogg (tid);
CREATE INDEX atkomstlogg_granskas ON atkomstlogg (granskas_sarskilt, lopnummer);

-- The canonical content of a row, hashed with the previous row's hash. Used by
-- the insert trigger and by the verification, so both agree by construction.
CREATE FUNCTION atkomstlogg_radhash(r atkomstlogg) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    r.foregaende_hash || '|' || r.lopnummer::text || '|' ||
    to_char(r.tid AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' ||
    r.request_id || '|' || coalesce(r.operation, '∅') || '|' || r.anvandare || '|' ||
    r.organisation_hsa_id || '|' || r.anvandarens_huvudman || '|' || r.roller || '|' ||
    r.patient || '|' || r.data_huvudman || '|' || r.informationskategorier || '|' ||
    r.atgard || '|' || coalesce(r.grund, '∅') || '|' || coalesce(r.nodatkomst_anledning, '∅') || '|' ||
    r.resultat || '|' || r.granskas_sarskilt::text,
    'UTF8')), 'hex')
$$;

-- Chains every new row to the last one. The advisory lock serialises writers,
-- so concurrent requests cannot fork the chain; rows inserted earlier by the
-- same statement are visible here, so multi-row inserts chain too.
CREATE FUNCTION atkomstlogg_kedja() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  senaste record;
BEGIN
  PERFORM pg_advisory_xact_lock(74050001);
  SELECT lopnummer, hash INTO senaste FROM atkomstlogg ORDER BY lopnummer DESC LIMIT 1;
  NEW.lopnummer := coalesce(senaste.lopnummer, 0) + 1;
  NEW.foregaende_hash := coalesce(senaste.hash, 'GENESIS');
  NEW.tid := coalesce(NEW.tid, now());
  NEW.hash := atkomstlogg_radhash(NEW);
  RETURN NEW;
END
$$;

CREATE TRIGGER atkomstlogg_kedja BEFORE INSERT ON atkomstlogg
  FOR EACH ROW EXECUTE FUNCTION atkomstlogg_kedja();

CREATE FUNCTION atkomstlogg_endast_tillagg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'atkomstlogg is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER atkomstlogg_ingen_andring BEFORE UPDATE OR DELETE ON atkomstlogg
  FOR EACH ROW EXECUTE FUNCTION atkomstlogg_endast_tillagg();
CREATE TRIGGER atkomstlogg_ingen_tomning BEFORE TRUNCATE ON atkomstlogg
  FOR EACH STATEMENT EXECUTE FUNCTION atkomstlogg_endast_tillagg();
