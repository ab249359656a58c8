-- One PostgreSQL server with a database per huvudman's subgraph (in a real
-- deployment each huvudman hosts its own server; the URLs are all that change).
CREATE DATABASE samsyn_vgr;
CREATE DATABASE samsyn_kommun;
CREATE DATABASE samsyn_samverkan;
