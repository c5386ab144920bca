/** Writes allowed per client in one window: imports re-analyse the store, so they get the smaller share. */
export const RATE_LIMITS = {
  import: { max: 20, windowMs: 60_000 },
  write: { max: 120, windowMs: 60_000 },
} as const;

export type RateBucket = keyof typeof RATE_LIMITS;

const hits = new Map<string, number[]>();
const MAX_CLIENTS = 10_000;

/**
 * Record one request of `client` in `bucket`; the seconds to wait when the window is full, else 0.
 * In memory and per process: one server per newsroom, so a shared store would guard nothing more.
 */
export function takeRate(bucket: RateBucket, client: string, now = Date.now()): number {
  const { max, windowMs } = RATE_LIMITS[bucket];
  const key = `${bucket} ${client}`;
  const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
  if (recent.length >= max) {
    hits.set(key, recent);
    return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
  }
  recent.push(now);
  // Forget the oldest clients first when a flood of addresses would grow the map without bound.
  if (!hits.has(key) && hits.size >= MAX_CLIENTS) hits.delete(hits.keys().next().value!);
  hits.set(key, recent);
  return 0;
}

/** The client a request comes from: the first forwarded address when behind a proxy, else one shared key. */
export function clientOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "direct";
}
