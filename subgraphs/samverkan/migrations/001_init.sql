-- The shared layer's own tables: reference data (vårdsamverkansområden and
-- which kommun belongs to which), närområden with their plan versions, and the
-- avvikelser and SIPs reported in the collaboration. Plain SQL for PGlite and
-- PostgreSQL 15 alike.

CREATE TABLE vardsamverkansomrade (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  namn text NOT NULL,
  sjukhus text NOT NULL
);

-- One row per kommun: the delregional area it belongs to (synced from data/kommuner.csv).
CREATE TABLE kommun_omrade (
  kommunkod text PRIMARY KEY CHECK (kommunkod ~ '^14[0-9]{2}$'),
  kommun_namn text NOT NULL,
  vardsamverkansomrade_id text NOT NULL REFERENCES vardsamverkansomrade (id)
);
CREATE INDEX kommun_omrade_vardsamverkansomrade_idx ON kommun_omrade (vardsamverkansomrade_id);

CREATE TABLE naromrade (
  id text PRIMARY KEY CHECK (id ~ '^14[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$'),
  namn text NOT NULL,
  kommunkod text NOT NULL REFERENCES kommun_omrade (kommunkod)
);
CREATE INDEX naromrade_kommunkod_idx ON naromrade (kommunkod);

CREATE TABLE naromradesplan (
  id text PRIMARY KEY,
  naromrade_id text NOT NULL REFERENCES naromrade (id),
  version integer NOT NULL CHECK (version >= 1),
  giltig_fran date NOT NULL,
  giltig_till date,
  faststalld_datum date NOT NULL,
  -- The unique index also serves lookups by närområde.
  UNIQUE (naromrade_id, version),
  CHECK (giltig_till IS NULL OR giltig_till >= giltig_fran)
);

CREATE TABLE boendeansvar (
  id text PRIMARY KEY,
  plan_id text NOT NULL REFERENCES naromradesplan (id),
  boende_id text NOT NULL,
  vardcentral_hsa_id text NOT NULL CHECK (vardcentral_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(vardcentral_hsa_id) <= 31),
  lakare_hsa_id text NOT NULL CHECK (lakare_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(lakare_hsa_id) <= 31),
  lakarmedverkan_timmar_per_vecka numeric NOT NULL CHECK (lakarmedverkan_timmar_per_vecka >= 0),
  rondfrekvens text NOT NULL CHECK (rondfrekvens IN ('VARJE_VECKA', 'VARANNAN_VECKA', 'VAR_FJARDE_VECKA')),
  kontaktperson_namn text NOT NULL,
  kontaktperson_telefon text NOT NULL,
  -- The unique index also serves lookups by plan.
  UNIQUE (plan_id, boende_id)
);
CREATE INDEX boendeansvar_boende_idx ON boendeansvar (boende_id);
CREATE INDEX boendeansvar_vardcentral_idx ON boendeansvar (vardcentral_hsa_id);

CREATE TABLE atgard (
  id text PRIMARY KEY,
  plan_id text NOT NULL REFERENCES naromradesplan (id),
  beskrivning text NOT NULL,
  agare text NOT NULL CHECK (agare ~ '^(VGR|14[0-9]{2})$'),
  ansvarig_enhet text NOT NULL,
  sista_datum date NOT NULL,
  status text NOT NULL CHECK (status IN ('PLANERAD', 'PAGAENDE', 'KLAR'))
);
CREATE INDEX atgard_plan_idx ON atgard (plan_id, sista_datum);

CREATE TABLE avvikelse (
  id text PRIMARY KEY,
  -- Set by rapporteraAvvikelse for idempotent retries; NULL for seeded rows.
  klientnyckel text UNIQUE CHECK (klientnyckel ~ '^[A-Za-z0-9_-]{8,100}$'),
  -- sha256 of the normalised report, to tell a retry from a reused key.
  innehallshash text,
  kategori text NOT NULL CHECK (kategori IN (
    'INFORMATIONSOVERFORING', 'LAKEMEDEL', 'IN_OCH_UTSKRIVNING', 'SIP', 'LAKARMEDVERKAN',
    'HJALPMEDEL', 'VARDPLANERING', 'BEMOTANDE', 'OVRIGT')),
  status text NOT NULL CHECK (status IN (
    'RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD')),
  handelsedatum date NOT NULL,
  -- Millisecond precision, the precision of the paging cursor (a JavaScript instant).
  rapporterad_tid timestamptz(3) NOT NULL,
  rapporterande_huvudman text NOT NULL CHECK (rapporterande_huvudman ~ '^(VGR|14[0-9]{2})$'),
  rapporterande_enhet_hsa_id text NOT NULL CHECK (rapporterande_enhet_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(rapporterande_enhet_hsa_id) <= 31),
  mottagande_huvudman text NOT NULL CHECK (mottagande_huvudman ~ '^(VGR|14[0-9]{2})$'),
  naromrade_id text NOT NULL REFERENCES naromrade (id),
  kommunkod text NOT NULL REFERENCES kommun_omrade (kommunkod),
  vardsamverkansomrade_id text NOT NULL REFERENCES vardsamverkansomrade (id),
  beskrivning text NOT NULL CHECK (length(beskrivning) BETWEEN 1 AND 4000),
  personnummer text CHECK (personnummer ~ '^[0-9]{12}$'),
  CHECK (rapporterande_huvudman <> mottagande_huvudman),
  CHECK ((klientnyckel IS NULL) = (innehallshash IS NULL))
);
-- The list order and its keyset pagination.
CREATE INDEX avvikelse_rapporterad_idx ON avvikelse (rapporterad_tid DESC, id DESC);
CREATE INDEX avvikelse_naromrade_idx ON avvikelse (naromrade_id);
CREATE INDEX avvikelse_kommunkod_idx ON avvikelse (kommunkod);
CREATE INDEX avvikelse_vardsamverkansomrade_idx ON avvikelse (vardsamverkansomrade_id);
CREATE INDEX avvikelse_kategori_idx ON avvikelse (kategori);
CREATE INDEX avvikelse_status_idx ON avvikelse (status);
CREATE INDEX avvikelse_handelsedatum_idx ON avvikelse (handelsedatum);
CREATE INDEX avvikelse_personnummer_idx ON avvikelse (personnummer);

CREATE TABLE sip (
  id text PRIMARY KEY,
  personnummer text NOT NULL CHECK (personnummer ~ '^[0-9]{12}$'),
  naromrade_id text NOT NULL REFERENCES naromrade (id),
  status text NOT NULL CHECK (status IN (
    'BEHOV_UPPTACKT', 'FORBEREDD', 'KALLAD', 'MOTE_HALLET', 'UPPFOLJNING', 'AVSLUTAD')),
  huvudansvar text NOT NULL CHECK (huvudansvar ~ '^(VGR|14[0-9]{2})$'),
  skapad_datum date NOT NULL,
  nasta_uppfoljning date,
  samtycke_datum date NOT NULL
);
CREATE INDEX sip_personnummer_idx ON sip (personnummer);
CREATE INDEX sip_naromrade_idx ON sip (naromrade_id);
