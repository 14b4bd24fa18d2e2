// The container's HEALTHCHECK: `node dist/adapters/service/healthcheck.js` exits 0 when /healthz answers 200 on HEALTH_PORT, 1 otherwise (the slim image has no curl).
import { readServiceConfig } from "./config.ts";

const { healthPort } = readServiceConfig();
if (healthPort === null) {
  console.log("healthcheck: HEALTH_PORT=off, so there is nothing to check");
  process.exit(0);
}
try {
  const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`, {
    signal: AbortSignal.timeout(4000),
  });
  if (!response.ok) throw new Error(`answered ${response.status}`);
  process.exit(0);
} catch (error) {
  console.error(
    `healthcheck: /healthz on port ${healthPort} ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
