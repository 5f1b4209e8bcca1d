/** Kubernetes CPU quantity (`0.5`, `2`, `500m`) in cores, or null when it is not one. */
export function parseCpu(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'm' ? n / 1000 : n;
}

const MEMORY_UNITS: Record<string, number> = { Ki: 1 / 1024 ** 2, Mi: 1 / 1024, Gi: 1, Ti: 1024 };

/** Kubernetes memory quantity with a binary suffix (`512Mi`, `2Gi`) in GiB, or null when it is not one. */
export function parseMemoryGi(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)(Ki|Mi|Gi|Ti)$/.exec(value.trim());
  if (!m) return null;
  return Number(m[1]) * MEMORY_UNITS[m[2]!]!;
}

/** IPv4 CIDR such as `10.0.0.0/16`. */
export function isIpv4Cidr(value: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value.trim());
  if (!m) return false;
  const octets = m.slice(1, 5).map(Number);
  return octets.every((o) => o <= 255) && Number(m[5]) <= 32;
}
