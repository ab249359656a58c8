-- The patients' spärrar at the region: a registered spärr hides the region's
-- patient data from other huvudmän's users, even with samtycke (nödåtkomst
-- still opens it). One row per patient; registering twice changes nothing,
-- lifting deletes the row. Every change is written to the access log in the
-- same transaction.

CREATE TABLE sparr (
  personnummer text PRIMARY KEY CHECK (personnummer ~ '^[0-9]{12}$'),
  registrerad_tid timestamptz NOT NULL DEFAULT now(),
  -- Employee HSA-id of the vårdpersonal who registered it.
  registrerad_av text NOT NULL CHECK (registrerad_av ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(registrerad_av) <= 31)
);
