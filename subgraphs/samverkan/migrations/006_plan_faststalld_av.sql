-- Who adopted each närområdesplan version: the user's employee HSA-id (or a
-- system client's id) and the unit (commission HSA-id) they acted for, as
-- avvikelsehandelse records utford_av / organisation_hsa_id. NULL for versions
-- adopted before this was recorded (and for the seeded history), which the API
-- shows as unknown rather than inventing an adopter.
ALTER TABLE naromradesplan ADD COLUMN faststalld_av text CHECK (length(faststalld_av) BETWEEN 1 AND 200);
ALTER TABLE naromradesplan ADD COLUMN faststalld_av_enhet_hsa_id text
  CHECK (faststalld_av_enhet_hsa_id ~ '^SE[0-9]{10}-[A-Za-z0-9]+$' AND length(faststalld_av_enhet_hsa_id) <= 31);
