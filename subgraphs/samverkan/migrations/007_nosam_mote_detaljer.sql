-- A NOSAM meeting's place and start time, and its participants with role,
-- organisation and huvudman. `nosam_mote.deltagare` keeps one line per
-- participant for the older, names-only field.
ALTER TABLE nosam_mote ADD COLUMN plats text CHECK (length(plats) BETWEEN 1 AND 200);
ALTER TABLE nosam_mote ADD COLUMN starttid text CHECK (starttid ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

CREATE TABLE motesdeltagare (
  mote_id text NOT NULL REFERENCES nosam_mote (id),
  ordning integer NOT NULL CHECK (ordning >= 1),
  namn text NOT NULL CHECK (length(namn) BETWEEN 1 AND 200),
  roll text NOT NULL CHECK (length(roll) BETWEEN 1 AND 200),
  organisation text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
  huvudman text NOT NULL CHECK (huvudman = 'VGR' OR huvudman ~ '^14[0-9]{2}$'),
  PRIMARY KEY (mote_id, ordning)
);
