-- The day of the patient's latest visit (vårdkontakt) at the vårdcentral they
-- are listed at: a visit within the last twelve months counts as a region
-- insats, as fast läkarkontakt and an ongoing team episode do. Null when the
-- patient has had none that the region has recorded.

ALTER TABLE listning ADD COLUMN senaste_vardkontakt date;
