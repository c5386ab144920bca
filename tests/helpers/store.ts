import fs from "node:fs";
import { freshDatabase } from "./temp-db";

const made: string[] = [];

/**
 * Point the server's Prisma client at a new, empty, migrated database. Each test that calls it starts from
 * nothing, so it passes alone or in any order (mutation testing runs single tests by name).
 */
export async function freshStore(): Promise<void> {
  const { disconnect } = await import("@/server/db");
  await disconnect();
  const { url, dir } = freshDatabase();
  made.push(dir);
  process.env.DATABASE_URL = url;
}

/** Disconnect and delete every database made by freshStore(); for afterAll. */
export async function removeStores(): Promise<void> {
  const { disconnect } = await import("@/server/db");
  await disconnect();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
