/** A small seeded PRNG (mulberry32): the same seed gives the same demo data on every machine. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bool(probability?: number): boolean;
  /** Opaque state so a persisted database can continue the same sequence after a reload. */
  state(): number;
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    bool: (probability = 0.5) => next() < probability,
    state: () => a,
  };
}

/** FNV-1a, to derive stable seeds and ids from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomChars(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += ALPHABET[random.int(0, 35)];
  return out;
}

/**
 * A 25-character id shaped like Astro's cuids (`clmh57jtm000008lb58fe2wmv`): `c`, 8 base-36 chars of
 * time, a 4-char counter, then 12 random chars.
 */
export function cuid(random: Random, atMs: number, counter: number): string {
  const time = Math.floor(atMs).toString(36).padStart(8, '0').slice(-8);
  const count = (counter % 36 ** 4).toString(36).padStart(4, '0');
  return `c${time}${count}${randomChars(random, 12)}`;
}

/** A cuid that depends only on `key`, so seed entities keep their ids whatever else the seed holds. */
export function stableCuid(key: string): string {
  const random = createRandom(hashString(key));
  return cuid(random, 1_700_000_000_000 + (hashString(`t:${key}`) % 40_000_000_000), hashString(`n:${key}`));
}
