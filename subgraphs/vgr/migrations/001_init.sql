-- The region's own data: vårdcentraler, läkare, närsjukvårdsteam, and the
-- patient-level listning, fast läkarkontakt and team episodes.
-- Every column a DataLoader looks up with `= ANY(...)` has an index.

CREATE TABLE vardcentral (
  hsa_id text PRIMARY KEY CHECK (hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(hsa_id) <= 31),
  namn text NOT NULL CHECK (namn <> ''),
  kommunkod text NOT NULL CHECK (kommunkod ~ '^14[0-9]{2}$'),
  naromrade_id text NOT NULL CHECK (naromrade_id <> ''),
  driftsform text NOT NULL CHECK (driftsform IN ('REGION', 'PRIVAT'))
);
CREATE INDEX vardcentral_kommunkod_idx ON vardcentral (kommunkod);
CREATE INDEX vardcentral_naromrade_id_idx ON vardcentral (naromrade_id);

CREATE TABLE lakare (
  hsa_id text PRIMARY KEY CHECK (hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(hsa_id) <= 31),
  namn text NOT NULL CHECK (namn <> ''),
  vardcentral_hsa_id text NOT NULL REFERENCES vardcentral (hsa_id)
);
CREATE INDEX lakare_vardcentral_hsa_id_idx ON lakare (vardcentral_hsa_id);

CREATE TABLE narsjukvardsteam (
  id text PRIMARY KEY CHECK (id <> ''),
  namn text NOT NULL CHECK (namn <> ''),
  sjukhus text NOT NULL CHECK (sjukhus <> ''),
  typ text NOT NULL CHECK (typ IN ('NARSJUKVARDSTEAM', 'PALLIATIVT_TEAM'))
);

-- Lookups by team use the primary key's leading column; lookups by kommun have their own index.
CREATE TABLE narsjukvardsteam_kommun (
  team_id text NOT NULL REFERENCES narsjukvardsteam (id),
  kommunkod text NOT NULL CHECK (kommunkod ~ '^14[0-9]{2}$'),
  PRIMARY KEY (team_id, kommunkod)
);
CREATE INDEX narsjukvardsteam_kommun_kommunkod_idx ON narsjukvardsteam_kommun (kommunkod);

CREATE TABLE listning (
  personnummer text PRIMARY KEY CHECK (personnummer ~ '^[0-9]{12}$'),
  vardcentral_hsa_id text NOT NULL REFERENCES vardcentral (hsa_id),
  listad_sedan date NOT NULL
);
CREATE INDEX listning_vardcentral_hsa_id_idx ON listning (vardcentral_hsa_id);

CREATE TABLE fast_lakarkontakt (
  personnummer text PRIMARY KEY CHECK (personnummer ~ '^[0-9]{12}$'),
  lakare_hsa_id text NOT NULL REFERENCES lakare (hsa_id),
  fran date NOT NULL
);

CREATE TABLE narsjukvardsteam_episod (
  id text PRIMARY KEY CHECK (id <> ''),
  personnummer text NOT NULL CHECK (personnummer ~ '^[0-9]{12}$'),
  team_id text NOT NULL REFERENCES narsjukvardsteam (id),
  startdatum date NOT NULL,
  slutdatum date CHECK (slutdatum IS NULL OR slutdatum >= startdatum),
  orsak text NOT NULL CHECK (orsak <> '')
);
-- A patient's episodes, newest first.
CREATE INDEX narsjukvardsteam_episod_personnummer_idx ON narsjukvardsteam_episod (personnummer, startdatum DESC);
-- Ongoing episodes, for the count of patients with a region insats per närområde.
CREATE INDEX narsjukvardsteam_episod_pagaende_idx ON narsjukvardsteam_episod (personnummer) WHERE slutdatum IS NULL;
