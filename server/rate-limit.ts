import { db } from "./db";
import { databaseUrl, providerOf } from "./database-url";

/**
 * Writes allowed per client in one window: imports re-analyse the store, so they get the smaller share. `all` caps
 * every client together: the client is told apart by X-Forwarded-For, which a sender can set to anything unless a
 * proxy in front overwrites it, so rotating made-up addresses must still meet a ceiling.
 */
export const RATE_LIMITS = {
  import: { max: 20, all: 60, windowMs: 60_000 },
  write: { max: 120, all: 600, windowMs: 60_000 },
  // Password guesses: few per client, and a ceiling for everyone together.
  signIn: { max: 10, all: 100, windowMs: 60_000 },
} as const;

export type RateBucket = keyof typeof RATE_LIMITS;

const hits = new Map<string, number[]>();
const MAX_CLIENTS = 10_000;
/** The key of every client's requests together; no address looks like it. */
const EVERYONE = "*";

/**
 * Record one request of `client` in `bucket`; the seconds to wait when its window or everyone's is full, else 0.
 * On PostgreSQL the hits live in the store, so every app process sharing it counts the same requests; SQLite
 * serves one process, which counts in memory.
 */
export async function takeRate(bucket: RateBucket, client: string, now = Date.now()): Promise<number> {
  return providerOf(databaseUrl()) === "postgres"
    ? takeSharedRate(bucket, client, now)
    : takeMemoryRate(bucket, client, now);
}

function takeMemoryRate(bucket: RateBucket, client: string, now: number): number {
  const { max, all, windowMs } = RATE_LIMITS[bucket];
  const own = recentHits(`${bucket} ${client}`, windowMs, now);
  const everyone = recentHits(`${bucket} ${EVERYONE}`, windowMs, now);
  if (own.length >= max) return waitFor(own, windowMs, now);
  if (everyone.length >= all) return waitFor(everyone, windowMs, now);
  record(`${bucket} ${client}`, own, now);
  record(`${bucket} ${EVERYONE}`, everyone, now);
  return 0;
}

/** The same window over the RateHit table; hits older than the window are dropped as they are passed. */
async function takeSharedRate(bucket: RateBucket, client: string, now: number): Promise<number> {
  const { max, all, windowMs } = RATE_LIMITS[bucket];
  const recent = { bucket, at: { gt: new Date(now - windowMs) } };
  await db().rateHit.deleteMany({ where: { bucket, at: { lte: recent.at.gt } } });
  const [own, everyone] = await Promise.all([
    db().rateHit.count({ where: { ...recent, client } }),
    db().rateHit.count({ where: recent }),
  ]);
  let full: { bucket: RateBucket; at: { gt: Date }; client?: string } | null = null;
  if (own >= max) full = { ...recent, client };
  else if (everyone >= all) full = recent;
  if (full) {
    const oldest = await db().rateHit.findFirst({ where: full, orderBy: { at: "asc" }, select: { at: true } });
    return waitFor([oldest?.at.getTime() ?? now], windowMs, now);
  }
  await db().rateHit.create({ data: { bucket, client, at: new Date(now) } });
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
