# One image for every Samsyn service; docker-compose.yml picks the entry per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
ENV NODE_ENV=production HOST=0.0.0.0
USER node
