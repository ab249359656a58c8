-- Spärr: a patient's objection to a kommun making its data available to
-- other huvudmän (SVOD; SECURITY-NOTES §1.3). One row per patient and kommun
-- while the spärr holds; lifting it deletes the row. Who registered and lifted
-- it, and when, is in the access log (atgard SKRIVNING, kategori sparr).
-- No foreign key to patient: a patient may object before the kommun holds
-- any data about them.

CREATE TABLE sparr (
  personnummer text NOT NULL CHECK (personnummer ~ '^[0-9]{12}$'),
  kommunkod text NOT NULL REFERENCES kommun (kommunkod),
  registrerad_tid timestamptz NOT NULL DEFAULT now(),
  -- Employee HSA-id of the user who registered it.
  registrerad_av text NOT NULL CHECK (registrerad_av <> ''),
  PRIMARY KEY (personnummer, kommunkod)
);
