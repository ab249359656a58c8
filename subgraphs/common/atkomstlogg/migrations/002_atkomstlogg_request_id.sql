-- Finds one request's rows: the gateway asks a subgraph to repeat the rows of
-- the request whose answer it shared with identical requests in flight
-- (repeatAccessLogRows.ts), which must not scan the whole log.
CREATE INDEX atkomstlogg_request_id ON atkomstlogg (request_id);
