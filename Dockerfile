# stp-bot as a container: built with the full toolchain, run on a slim Node 20 with production
# dependencies only, as a non-root user, with the bundled content's index snapshot built in.
# tests/e2e/dockerfile.test.ts runs these steps as plain shell steps, since CI has no Docker.

ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY content ./content
RUN npm run build
# One question builds the index snapshot of the bundled content (WordNet read into it) in .cache/,
# so the container answers its first question without parsing anything.
RUN node dist/adapters/terminal/ask.js "How many STP areas are there?" > /dev/null
# Votes and (issue 15's) embedded question log are written under .data/; mount a volume there.
RUN mkdir -p .data

# Production dependencies alone, installed afresh from the lock file (faster than pruning the
# build's, and BuildKit runs this stage beside the build).
FROM node:${NODE_VERSION}-bookworm AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HEALTH_PORT=9090 \
    PORT=3000 \
    FEEDBACK_LOG=/app/.data/feedback.jsonl
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build --chown=node:node /app/content ./content
# The web page's own styles and script, which the build does not copy into dist/.
COPY --from=build /app/adapters/web/static ./adapters/web/static
COPY --from=build --chown=node:node /app/.cache ./.cache
COPY --from=build --chown=node:node /app/.data ./.data
USER node
EXPOSE 3000 8080 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/adapters/service/healthcheck.js"]
# The bot stops on SIGTERM within about 15 s (10 s for answers in flight, then close hooks).
STOPSIGNAL SIGTERM
CMD ["node", "dist/adapters/start.js"]
