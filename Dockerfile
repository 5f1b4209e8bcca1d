# The production console: docker build -t flightdeck . && docker run -p 8080:8080 flightdeck
# Settings: PORT (8080) and FLIGHTDECK_UPSTREAMS (https://api.astronomer.io/v1), see README "Run it for your team".

# Build: every dependency, then the console (dist/) and the server bundle (dist-server/main.mjs).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Run: Node and the two build outputs only. The server bundle carries hono in it, so no node_modules.
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production PORT=8080
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist-server/main.mjs"]
