# syntax=docker/dockerfile:1
# One image for every Samsyn service; the command picks the service:
#   node dist/gateway/main.js (the default), dist/gateway/entry/main.js,
#   dist/subgraphs/{vgr,kommun,samverkan}/main.js, dist/web/server/main.js.
# The Node major here must match package.json's engines (test/deployment checks it).

# 1. Build: every dependency, TypeScript compiled to dist/, the web application bundled.
FROM node:26-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only. Install scripts are skipped: the only ones
# among them print notices (protobufjs); nothing is compiled natively.
FROM node:26-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: node, tini, the production dependencies and dist/; no sources,
# no compiler, no npm cache. Files belong to root, so the service cannot change its own code.
FROM node:26-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    ADMIN_HOST=0.0.0.0
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The node user of the base image, by number so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000
EXPOSE 4000 4001 4002 4003 4004 4080 9400 9401 9402 9403 9404
# Readiness of the container's one service, on the port its *_PORT variable names (scripts/healthcheck.ts).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# tini as PID 1 passes SIGTERM on to node (which drains) and reaps what it leaves.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/gateway/main.js"]
