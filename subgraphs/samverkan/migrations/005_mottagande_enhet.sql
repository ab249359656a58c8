-- The unit that received an avvikelse (set when it is received) owes the
-- återkoppling; overdue lists can then be drawn per receiving unit.
ALTER TABLE avvikelse ADD COLUMN mottagande_enhet_hsa_id text
  CHECK (mottagande_enhet_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(mottagande_enhet_hsa_id) <= 31);
CREATE INDEX avvikelse_mottagande_enhet_idx ON avvikelse (mottagande_enhet_hsa_id);
