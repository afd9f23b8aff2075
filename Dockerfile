# syntax=docker/dockerfile:1
# The server image. Neo4j runs in its own container (docker-compose.yml) and is reached via NEO4J_URI.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --ignore-scripts && npx --no-install patch-package
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# Fixes to dependencies, applied as `npm ci` would (patches/README.md).
COPY patches ./patches
RUN npm ci --omit=dev --ignore-scripts && npx --no-install patch-package && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
# The explorer page is served as written, not compiled.
COPY src/explorer/*.html src/explorer/*.js src/explorer/*.css ./src/explorer/
# The image's unprivileged user; nothing here needs root.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
