-- The SIP as the law asks for it: needs, insatser (each with the responsible
-- huvudman and verksamhet), what third parties or närstående do, participants
-- and the follow-ups held; a version for optimistic concurrency and a client
-- key (with a content hash) so that creating one is retry-safe.

ALTER TABLE sip ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE sip ADD COLUMN klientnyckel text UNIQUE CHECK (klientnyckel ~ '^[A-Za-z0-9_-]{8,100}$');
-- sha256 of the normalised content, to tell a retry from a reused key.
ALTER TABLE sip ADD COLUMN innehallshash text;
ALTER TABLE sip ADD CONSTRAINT sip_klientnyckel_hash CHECK ((klientnyckel IS NULL) = (innehallshash IS NULL));
ALTER TABLE sip ADD COLUMN behov text[] NOT NULL DEFAULT '{}';
ALTER TABLE sip ADD COLUMN tredje_parter text[] NOT NULL DEFAULT '{}';
-- A closed SIP has no next follow-up.
ALTER TABLE sip ADD CONSTRAINT sip_avslutad_utan_uppfoljning CHECK (status <> 'AVSLUTAD' OR nasta_uppfoljning IS NULL);

CREATE TABLE sip_insats (
  sip_id text NOT NULL REFERENCES sip (id),
  ordning integer NOT NULL CHECK (ordning >= 1),
  beskrivning text NOT NULL CHECK (length(beskrivning) BETWEEN 1 AND 1000),
  huvudman text NOT NULL CHECK (huvudman ~ '^(VGR|14[0-9]{2})$'),
  verksamhet text NOT NULL CHECK (length(verksamhet) BETWEEN 1 AND 1000),
  PRIMARY KEY (sip_id, ordning)
);

CREATE TABLE sip_deltagare (
  sip_id text NOT NULL REFERENCES sip (id),
  ordning integer NOT NULL CHECK (ordning >= 1),
  roll text NOT NULL CHECK (length(roll) BETWEEN 1 AND 1000),
  -- Null for the person and närstående.
  huvudman text CHECK (huvudman ~ '^(VGR|14[0-9]{2})$'),
  PRIMARY KEY (sip_id, ordning)
);

CREATE TABLE sip_uppfoljning (
  id bigserial PRIMARY KEY,
  sip_id text NOT NULL REFERENCES sip (id),
  datum date NOT NULL,
  kommentar text CHECK (length(kommentar) BETWEEN 1 AND 4000)
);
CREATE INDEX sip_uppfoljning_sip_idx ON sip_uppfoljning (sip_id, datum, id);

-- `forsenadeSipUppfoljningar`: open SIPs of a närområde by follow-up date.
CREATE INDEX sip_forsenad_uppfoljning_idx ON sip (naromrade_id, nasta_uppfoljning) WHERE status <> 'AVSLUTAD';
