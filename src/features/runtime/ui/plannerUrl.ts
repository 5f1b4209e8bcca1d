/** `?upgrade=plan&check=12.4.0`: the planner dialog is open, and the version the user checks, as a link. */
export const PLANNER_PARAM = 'upgrade';
export const CHECK_PARAM = 'check';

/** The search with the planner opened or closed, other params kept. */
export function plannerSearch(params: URLSearchParams, open: boolean, check?: string): string {
  const next = new URLSearchParams(params);
  next.delete(CHECK_PARAM);
  if (open) next.set(PLANNER_PARAM, 'plan');
  else next.delete(PLANNER_PARAM);
  if (open && check) next.set(CHECK_PARAM, check);
  const text = next.toString();
  return text ? `?${text}` : '';
}
