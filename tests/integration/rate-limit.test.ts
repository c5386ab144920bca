import { describe, expect, it } from "vitest";
import { RATE_LIMITS, takeRate } from "@/server/rate-limit";

// Each test starts hours after the last, so the windows of earlier tests have passed.
let hour = 0;
const nextHour = () => Date.UTC(2030, 0, 1) + ++hour * 3_600_000;

describe("the per-client rate limit", () => {
  it("refuses one client past its share with the seconds to wait, and lets it in again once its window passes", () => {
    const t = nextHour();
    const { max, windowMs } = RATE_LIMITS.import;
    const waits = Array.from({ length: max + 1 }, (_, i) => takeRate("import", "198.51.100.1", t + i));
    expect(waits.slice(0, max).every((w) => w === 0)).toBe(true);
    expect(waits[max]).toBe(Math.ceil(windowMs / 1000));
    expect(takeRate("import", "198.51.100.2", t + max)).toBe(0);
    expect(takeRate("import", "198.51.100.1", t + windowMs)).toBe(0);
  });

  it("caps all clients together, so made-up forwarded addresses cannot flood past the ceiling", () => {
    const t = nextHour();
    const { all } = RATE_LIMITS.write;
    const waits = Array.from({ length: all + 1 }, (_, i) => takeRate("write", `203.0.113.${i % 250}.${i}`, t + i));
    expect(waits.filter((w) => w > 0)).toHaveLength(1);
    expect(waits[all]).toBeGreaterThan(0);
  });
});
