/**
 * Where to go after saving the connection: `value` only if it stays on this console's origin, else '/'.
 * Resolving it the way the browser will is what catches the tricks a prefix check misses: `//evil.com`,
 * `/\evil.com` (browsers read the backslash as a slash), `https://evil.com`, `javascript:`.
 */
export function safeReturnTo(value: string | null, origin: string): string {
  if (!value || !value.startsWith('/')) return '/';
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return '/';
  }
  return target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : '/';
}
