/**
 * A seeded pseudo-random source whose whole state is one 32-bit integer, so it lives in the machine's context and
 * survives persistence. mulberry32: small, fast, good enough for choosing lines.
 */

/** Normalise any number into a valid 32-bit seed state. */
export function seedState(seed: number): number {
  const n = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  return n >>> 0;
}

/** Returns a float in [0, 1) and the next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** Picks one item; the first item when there is only one (so a single line costs no randomness). */
export function pick<T>(items: readonly T[], state: number): [item: T, next: number] {
  if (items.length === 0) throw new Error('pick() needs at least one item');
  if (items.length === 1) return [items[0]!, state];
  const [value, next] = nextRandom(state);
  return [items[Math.floor(value * items.length)]!, next];
}
