/** Statuses that change by themselves soon, so the console should look again quickly. */
const TRANSITIONAL = new Set(['CREATING', 'DEPLOYING']);

export const FAST_POLL_MS = 5_000;
export const SLOW_POLL_MS = 60_000;

export function isMoving(status: string): boolean {
  return TRANSITIONAL.has(status);
}

/** How often to refetch a set of Deployments: fast while any is moving, slowly otherwise. */
export function pollInterval(statuses: readonly string[]): number {
  return statuses.some((status) => TRANSITIONAL.has(status)) ? FAST_POLL_MS : SLOW_POLL_MS;
}
