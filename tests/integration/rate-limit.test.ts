import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";

const { RATE_LIMITS, takeRate } = await import("@/server/rate-limit");
const { db } = await import("@/server/db");
beforeAll(freshStore);
afterAll(removeStores);

// The limit as each provider keeps it: in memory on SQLite, in the store on PostgreSQL (the integration-postgres run
// of this file). Each test starts hours after the last, so the windows of earlier tests have passed.
let hour = 0;
const nextHour = () => Date.UTC(2030, 0, 1) + ++hour * 3_600_000;

/** Calls one after another, as requests arriving in turn. */
async function inTurn(n: number, call: (i: number) => Promise<number>): Promise<number[]> {
  const waits: number[] = [];
  for (let i = 0; i < n; i++) waits.push(await call(i));
  return waits;
}

describe("the per-client rate limit", () => {
  it("refuses one client past its share with the seconds to wait, and lets it in again once its window passes", async () => {
    const t = nextHour();
    const { max, windowMs } = RATE_LIMITS.import;
    const waits = await inTurn(max + 1, (i) => takeRate("import", "198.51.100.1", t + i));
    expect(waits.slice(0, max).every((w) => w === 0)).toBe(true);
    expect(waits[max]).toBe(Math.ceil(windowMs / 1000));
    expect(await takeRate("import", "198.51.100.2", t + max)).toBe(0);
    expect(await takeRate("import", "198.51.100.1", t + windowMs)).toBe(0);
  });

  it("caps all clients together, so made-up forwarded addresses cannot flood past the ceiling", async () => {
    const t = nextHour();
    const { all } = RATE_LIMITS.write;
    const waits = await inTurn(all + 1, (i) => takeRate("write", `203.0.113.${i % 250}.${i}`, t + i));
    expect(waits.filter((w) => w > 0)).toHaveLength(1);
    expect(waits[all]).toBeGreaterThan(0);
    // Kept in memory on SQLite, in the store on PostgreSQL: a second app process sharing the store sees the hits.
    const stored = await db().rateHit.count({ where: { bucket: "write" } });
    expect(stored).toBe(process.env.CROSSCHECK_TEST_DB === "postgres" ? all : 0);
  });
});
