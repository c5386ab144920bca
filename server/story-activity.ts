import { auditEntries, type AuditEntryView } from "./audit";
import { storyById } from "./stories";

/** Entries the activity page lists, newest first. */
const ACTIVITY_ENTRIES = 500;

/** A story's audit feed under its own title: every write recorded against it. An unknown story id is a 404. */
export async function storyActivity(id: string): Promise<{ id: string; title: string; entries: AuditEntryView[] }> {
  const story = await storyById(id);
  return { id: story.id, title: story.title, entries: await auditEntries({ story: story.id }, ACTIVITY_ENTRIES) };
}
