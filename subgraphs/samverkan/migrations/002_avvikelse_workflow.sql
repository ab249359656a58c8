-- The avvikelse workflow: a version for optimistic concurrency, the times the
-- 60-day återkoppling rule and the analyses need, the outcome of a refusal or
-- of lifting it as a systemfel, and every transition as a row of its own.

ALTER TABLE avvikelse DROP CONSTRAINT avvikelse_status_check;
ALTER TABLE avvikelse ADD CONSTRAINT avvikelse_status_check CHECK (status IN (
  'RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD'));

ALTER TABLE avvikelse ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE avvikelse ADD COLUMN mottagen_tid timestamptz(3);
ALTER TABLE avvikelse ADD COLUMN aterkopplad_tid timestamptz(3);
ALTER TABLE avvikelse ADD COLUMN avvisad_anledning text CHECK (length(avvisad_anledning) BETWEEN 1 AND 4000);
ALTER TABLE avvikelse ADD COLUMN systemfel_niva text CHECK (systemfel_niva IN ('NOSAM', 'DELREGIONAL'));
ALTER TABLE avvikelse ADD CONSTRAINT avvikelse_mottagen_efter_rapport CHECK (mottagen_tid IS NULL OR mottagen_tid >= rapporterad_tid);
ALTER TABLE avvikelse ADD CONSTRAINT avvikelse_aterkopplad_efter_mottagen CHECK (aterkopplad_tid IS NULL OR (mottagen_tid IS NOT NULL AND aterkopplad_tid >= mottagen_tid));

-- (avvikelse_status_idx and avvikelse_handelsedatum_idx already exist, from 001_init.sql.)
-- Open avvikelser waiting for återkoppling, for the overdue lists.
CREATE INDEX avvikelse_vantar_aterkoppling_idx ON avvikelse (mottagen_tid) WHERE aterkopplad_tid IS NULL AND status IN ('MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD');

CREATE TABLE avvikelsehandelse (
  id bigserial PRIMARY KEY,
  avvikelse_id text NOT NULL REFERENCES avvikelse (id),
  handling text NOT NULL CHECK (handling IN (
    'RAPPORTERA', 'TA_EMOT', 'PABORJA_UTREDNING', 'MARKERA_ATGARDAD', 'ATERKOPPLA', 'AVSLUTA', 'AVVISA', 'LYFT_SOM_SYSTEMFEL')),
  fran_status text,
  till_status text NOT NULL,
  -- The version the avvikelse got by this transition.
  version integer NOT NULL,
  tid timestamptz(3) NOT NULL,
  utford_av text NOT NULL,
  organisation_hsa_id text NOT NULL,
  huvudman text NOT NULL CHECK (huvudman ~ '^(VGR|14[0-9]{2})$'),
  kommentar text CHECK (length(kommentar) BETWEEN 1 AND 4000),
  UNIQUE (avvikelse_id, version)
);
CREATE INDEX avvikelsehandelse_avvikelse_idx ON avvikelsehandelse (avvikelse_id, version);
