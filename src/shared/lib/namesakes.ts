// Who a new or changed name repeats, and what the name field says about it (sameNames.ts has the rule).
import { nameKey, type Named } from './sameNames';

/** The items already named `name` (as nameKey compares), leaving out `selfId`, the one being renamed. */
export function namesakes<T extends Named>(items: readonly T[], name: string, selfId?: string): T[] {
  const key = nameKey(name);
  if (!key) return [];
  return items.filter((item) => item.id !== selfId && nameKey(item.name) === key);
}

/** What the name field says while the name typed is already taken: who has it, and what the console will do. */
export function namesakeWarning(kind: 'Deployment' | 'Workspace', where: string, taken: readonly Named[]): string | undefined {
  if (!taken.length) return undefined;
  const name = taken[0]!.name;
  const who = taken.length === 1 ? `A ${kind} ${where} is already named “${name}”` : `${taken.length} ${kind}s ${where} are already named “${name}”`;
  return `${who}. You can still use the name; lists then tell them apart by the end of their IDs.`;
}
