// Whether the bot should be sent traffic: the index loaded, each configured platform connected, not shutting down.

/** What /readyz reports. */
export interface ReadinessReport {
  ready: boolean;
  /** One line per part that is not ready ("slack: reconnecting to Socket Mode"); [] when ready. */
  reasons: string[];
}

/** The parts of the bot that must be up for it to be ready, each set by whoever runs it. */
export interface Readiness {
  /**
   * Declares `part` (e.g. "index", "slack", "discord", "web") and whether it is up; `reason`
   * says why not. A declared part counts until it is set up.
   */
  set(part: string, up: boolean, reason?: string): void;
  /** Ready only when every declared part is up. */
  check(): ReadinessReport;
}

/**
 * A readiness tracker with nothing declared yet (so ready). The service declares "index" before
 * the documents load, and each adapter its platform before connecting.
 *
 * @example const readiness = createReadiness(); readiness.set("slack", false, "connecting"); readiness.check().ready // false
 */
export function createReadiness(): Readiness {
  const parts = new Map<string, { up: boolean; reason: string }>();
  return {
    set(part, up, reason = "not ready") {
      parts.set(part, { up, reason });
    },
    check() {
      const reasons = [...parts]
        .filter(([, state]) => !state.up)
        .map(([part, state]) => `${part}: ${state.reason}`);
      return { ready: reasons.length === 0, reasons };
    },
  };
}
