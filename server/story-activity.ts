import { z } from "zod";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { auditEntries, type AuditEntryView } from "./audit";

/** Entries the activity page lists, newest first. */
const ACTIVITY_ENTRIES = 500;
const storyId = z.string().regex(/^s\d{1,10}$/);

/** A story's audit feed: every write recorded against it. A story id that names nothing is a 404. */
export async function storyActivity(id: string): Promise<{ id: string; title: null; entries: AuditEntryView[] }> {
  const known = storyId.safeParse(id).success ? await db().claimGroup.findFirst({ where: { story: id } }) : null;
  const entries = known ? await auditEntries({ story: id }, ACTIVITY_ENTRIES) : [];
  if (!known && entries.length === 0) throw new NotFoundError(`Story ${JSON.stringify(id)}`);
  return { id, title: null, entries };
}
