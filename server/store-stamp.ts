import { cache } from "react";
import { db, type Db } from "./db";

/**
 * How many reads `memoised` keeps per store, newest used first. A story's group list is the largest (all its groups
 * and claims), so this bounds memory to a few dozen of those whatever the store holds.
 */
export const MEMO_ENTRIES = 64;

/**
 * A stamp of everything pages show, cheap enough to read on every request: the number of audit entries. Every write
 * that changes what a page shows (an import and its re-analysis, a review, a decision, a story's title, status or
 * articles) records an entry in its own transaction, and the log is append-only, so the count grows with each such
 * commit. It is a count, not the highest id: ids are handed out before commit, and a review may commit after an
 * import that took a later id. Every app process and worker reads the same count, so none serves what another changed.
 */
export async function storeStamp(): Promise<number> {
  return db().auditEntry.count();
}

/**
 * The stamp read once per page render (React's `cache` lasts one server render; elsewhere it reads each time): a
 * page's reads all start after its request arrived, so one reading serves them all.
 */
const renderStamp = cache(storeStamp);

type Entry = { stamp: number; value: Promise<unknown> };

// Per client: a process pointed at another store (each test's fresh database) never sees the last one's rows.
const memos = new WeakMap<Db, Map<string, Entry>>();

/**
 * `load()` once per stamp, shared by every request until a write moves the stamp. The stamp is read before the
 * load, so a write that commits while it runs leaves the value under the older stamp, and the next caller loads
 * again. Callers must not change what they are given: it is the same object for everyone.
 */
export async function memoised<T>(name: string, load: () => Promise<T>): Promise<T> {
  const client = db();
  const stamp = await renderStamp();
  let entries = memos.get(client);
  if (!entries) memos.set(client, (entries = new Map()));
  const hit = entries.get(name);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest is first to go.
    entries.delete(name);
    entries.set(name, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  if (!hit || hit.stamp < stamp) {
    entries.delete(name);
    entries.set(name, { stamp, value });
    for (const oldest of entries.keys()) {
      if (entries.size <= MEMO_ENTRIES) break;
      entries.delete(oldest);
    }
    // A failed read is not kept: the next caller tries again.
    value.catch(() => {
      if (entries.get(name)?.value === value) entries.delete(name);
    });
  }
  return value;
}
