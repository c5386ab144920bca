/** A stored time as pages show it: UTC to the minute, "2026-12-06 23:40". */
export const when = (d: Date): string => d.toISOString().slice(0, 16).replace("T", " ");
