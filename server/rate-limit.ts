/**
 * Writes allowed per client in one window: imports re-analyse the store, so they get the smaller share. `all` caps
 * every client together: the client is told apart by X-Forwarded-For, which a sender can set to anything unless a
 * proxy in front overwrites it, so rotating made-up addresses must still meet a ceiling.
 */
export const RATE_LIMITS = {
  import: { max: 20, all: 60, windowMs: 60_000 },
  write: { max: 120, all: 600, windowMs: 60_000 },
} as const;

export type RateBucket = keyof typeof RATE_LIMITS;

const hits = new Map<string, number[]>();
const MAX_CLIENTS = 10_000;
/** The key of every client's requests together; no address looks like it. */
const EVERYONE = "*";

/**
 * Record one request of `client` in `bucket`; the seconds to wait when its window or everyone's is full, else 0.
 * In memory and per process: one server per newsroom, so a shared store would guard nothing more.
 */
export function takeRate(bucket: RateBucket, client: string, now = Date.now()): number {
  const { max, all, windowMs } = RATE_LIMITS[bucket];
  const own = recentHits(`${bucket} ${client}`, windowMs, now);
  const everyone = recentHits(`${bucket} ${EVERYONE}`, windowMs, now);
  if (own.length >= max) return waitFor(own, windowMs, now);
  if (everyone.length >= all) return waitFor(everyone, windowMs, now);
  record(`${bucket} ${client}`, own, now);
  record(`${bucket} ${EVERYONE}`, everyone, now);
  return 0;
}

function recentHits(key: string, windowMs: number, now: number): number[] {
  return (hits.get(key) ?? []).filter((t) => now - t < windowMs);
}

const waitFor = (recent: number[], windowMs: number, now: number) =>
  Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));

function record(key: string, recent: number[], now: number): void {
  recent.push(now);
  // Forget the oldest clients first when a flood of addresses would grow the map without bound.
  if (!hits.has(key) && hits.size >= MAX_CLIENTS) hits.delete(hits.keys().next().value!);
  hits.set(key, recent);
}

/**
 * The client a request comes from: the first forwarded address (Next sets X-Forwarded-For to the socket's address
 * when the request has none), else one shared key.
 */
export function clientOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "direct";
}
