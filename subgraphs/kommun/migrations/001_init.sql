-- The kommun subgraph's own data: the 49 kommuner (reference data), their
-- boenden, and the patients they give insatser to (hemsjukvård, hemtjänst,
-- boende stays). Every row carries its kommunkod: each kommun is a huvudman.
-- Plain SQL that runs on PGlite and PostgreSQL 15 alike.

CREATE TABLE kommun (
  kommunkod text PRIMARY KEY CHECK (kommunkod ~ '^14[0-9]{2}$'),
  namn text NOT NULL CHECK (namn <> ''),
  kommunalforbund text NOT NULL CHECK (kommunalforbund <> '')
);

CREATE TABLE boende (
  id text PRIMARY KEY,
  namn text NOT NULL CHECK (namn <> ''),
  kommunkod text NOT NULL REFERENCES kommun (kommunkod),
  naromrade_id text,
  typ text NOT NULL CHECK (typ IN ('SARSKILT_BOENDE', 'KORTTIDSBOENDE', 'BOSTAD_MED_SARSKILD_SERVICE')),
  antal_platser integer NOT NULL CHECK (antal_platser > 0),
  -- Target of the stays' composite key, so a stay's kommunkod is its boende's.
  UNIQUE (id, kommunkod)
);
CREATE INDEX boende_kommunkod_idx ON boende (kommunkod);
CREATE INDEX boende_naromrade_id_idx ON boende (naromrade_id);

CREATE TABLE patient (
  personnummer text PRIMARY KEY CHECK (personnummer ~ '^[0-9]{12}$'),
  kommunkod text NOT NULL REFERENCES kommun (kommunkod),
  naromrade_id text NOT NULL
);
CREATE INDEX patient_kommunkod_idx ON patient (kommunkod);
CREATE INDEX patient_naromrade_id_idx ON patient (naromrade_id);

CREATE TABLE hemsjukvard_inskrivning (
  id text PRIMARY KEY,
  personnummer text NOT NULL REFERENCES patient (personnummer),
  kommunkod text NOT NULL REFERENCES kommun (kommunkod),
  inskriven_fran date NOT NULL,
  utskriven_datum date CHECK (utskriven_datum >= inskriven_fran),
  sjukskoterska_hsa_id text NOT NULL CHECK (sjukskoterska_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(sjukskoterska_hsa_id) <= 31),
  sjukskoterska_namn text NOT NULL CHECK (sjukskoterska_namn <> ''),
  UNIQUE (id, kommunkod)
);
CREATE INDEX hemsjukvard_inskrivning_personnummer_idx ON hemsjukvard_inskrivning (personnummer);

CREATE TABLE hemsjukvard_insats (
  inskrivning_id text NOT NULL,
  kommunkod text NOT NULL,
  typ text NOT NULL CHECK (typ IN ('LAKEMEDELSHANTERING', 'SARVARD', 'PROVTAGNING', 'REHABILITERING', 'PALLIATIV_VARD', 'KATETERVARD', 'DIABETESVARD')),
  -- Fractional: some insatser come every second or fourth week (0.5, 0.25).
  besok_per_vecka numeric(5, 2) NOT NULL CHECK (besok_per_vecka > 0),
  -- One row per kind of insats: the frequency says how much of it.
  PRIMARY KEY (inskrivning_id, typ),
  FOREIGN KEY (inskrivning_id, kommunkod) REFERENCES hemsjukvard_inskrivning (id, kommunkod)
);

CREATE TABLE hemtjanst_beslut (
  id text PRIMARY KEY,
  personnummer text NOT NULL REFERENCES patient (personnummer),
  kommunkod text NOT NULL REFERENCES kommun (kommunkod),
  beslutsdatum date NOT NULL,
  giltig_till date CHECK (giltig_till >= beslutsdatum),
  beviljade_timmar_per_manad numeric(6, 2) NOT NULL CHECK (beviljade_timmar_per_manad > 0),
  utforare_namn text NOT NULL CHECK (utforare_namn <> ''),
  utforare_regi text NOT NULL CHECK (utforare_regi IN ('KOMMUNAL', 'PRIVAT')),
  insatser text[] NOT NULL CHECK (insatser <@ ARRAY['SERVICE', 'PERSONLIG_OMSORG', 'TRYGGHETSLARM', 'NATTILLSYN', 'MATDISTRIBUTION', 'LEDSAGNING']::text[])
);
CREATE INDEX hemtjanst_beslut_personnummer_idx ON hemtjanst_beslut (personnummer);

CREATE TABLE boende_vistelse (
  id text PRIMARY KEY,
  personnummer text NOT NULL REFERENCES patient (personnummer),
  boende_id text NOT NULL,
  kommunkod text NOT NULL,
  fran date NOT NULL,
  till date CHECK (till >= fran),
  FOREIGN KEY (boende_id, kommunkod) REFERENCES boende (id, kommunkod)
);
CREATE INDEX boende_vistelse_personnummer_idx ON boende_vistelse (personnummer);
CREATE INDEX boende_vistelse_boende_id_idx ON boende_vistelse (boende_id);
