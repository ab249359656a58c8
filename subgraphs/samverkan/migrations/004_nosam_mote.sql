-- NOSAM meetings of a närområde: who took part, the decisions (each may create
-- or close an åtgärd of the närområdesplan) and the avvikelser lifted there as
-- systemfel. Also: at most one open-ended närområdesplan version per närområde.

CREATE TABLE nosam_mote (
  id text PRIMARY KEY,
  naromrade_id text NOT NULL REFERENCES naromrade (id),
  datum date NOT NULL,
  deltagare text[] NOT NULL CHECK (cardinality(deltagare) >= 1),
  registrerad_tid timestamptz(3) NOT NULL,
  registrerad_av text NOT NULL
);
-- `Naromrade.moten`, newest first.
CREATE INDEX nosam_mote_naromrade_idx ON nosam_mote (naromrade_id, datum DESC);

CREATE TABLE motesbeslut (
  id text PRIMARY KEY,
  mote_id text NOT NULL REFERENCES nosam_mote (id),
  ordning integer NOT NULL CHECK (ordning >= 1),
  beskrivning text NOT NULL CHECK (length(beskrivning) BETWEEN 1 AND 4000),
  skapad_atgard_id text REFERENCES atgard (id),
  stangd_atgard_id text REFERENCES atgard (id),
  -- The unique index also serves lookups by meeting.
  UNIQUE (mote_id, ordning)
);

CREATE TABLE nosam_mote_systemfel (
  mote_id text NOT NULL REFERENCES nosam_mote (id),
  avvikelse_id text NOT NULL REFERENCES avvikelse (id),
  PRIMARY KEY (mote_id, avvikelse_id)
);
CREATE INDEX nosam_mote_systemfel_avvikelse_idx ON nosam_mote_systemfel (avvikelse_id);

-- Only the latest version is open-ended; faststallNaromradesplan closes the previous one.
CREATE UNIQUE INDEX naromradesplan_oppen_idx ON naromradesplan (naromrade_id) WHERE giltig_till IS NULL;
