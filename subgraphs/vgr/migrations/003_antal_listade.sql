-- How many people are listed at each vårdcentral in all, from the region's
-- monthly listing statistics (listningsstatistik): the listning table holds
-- only the patients Samsyn serves. Null until the statistics are reported.

ALTER TABLE vardcentral ADD COLUMN antal_listade integer CHECK (antal_listade >= 0);
