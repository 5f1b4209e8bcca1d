// Names that repeat. The API lets two Deployments of a Workspace, or two Workspaces, have the same name, and
// the CLI and other clients create them too, so the console does not refuse one: it warns before a create or
// rename makes a repeat (namesakes.ts), and labels repeats apart wherever they are listed (here). Deployments
// and Workspaces share these rules, so they live here rather than in one of the two features. The labels are
// in the shell (switchers, breadcrumb); the warning only in the forms, so it is a module of its own.

export interface Named {
  id: string;
  name: string;
}

/** The shortest end of an id that labels a repeat; the ids are cuids, whose start is a timestamp and alike. */
export const ID_TAIL_MIN = 4;

/** Names a person takes for the same one: case and surrounding or repeated spaces do not tell them apart. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * A label for each item, by id: the name alone where no other item has the same one, and for repeats the
 * name with the end of the id, as long as it takes for every one of that name to differ (ID_TAIL_MIN at least).
 * "sales-etl (ID …3jr2)": the full id is on the Deployment's overview and the Workspace's settings.
 */
export function distinctLabels(items: readonly Named[]): Map<string, string> {
  const groups = new Map<string, Named[]>();
  for (const item of items) {
    const key = nameKey(item.name);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const labels = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      labels.set(group[0]!.id, group[0]!.name);
      continue;
    }
    const length = tailLength(group.map((item) => item.id));
    // No-break space and word joiner: "(ID …3jr2)" never breaks across lines.
    for (const item of group) labels.set(item.id, `${item.name.trim()} (ID\u00a0…\u2060${item.id.slice(-length)})`);
  }
  return labels;
}

function tailLength(ids: readonly string[]): number {
  const longest = Math.max(...ids.map((id) => id.length));
  for (let length = ID_TAIL_MIN; length < longest; length++) {
    if (new Set(ids.map((id) => id.slice(-length))).size === ids.length) return length;
  }
  return longest;
}
