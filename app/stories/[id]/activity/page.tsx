import Link from "next/link";
import { cache } from "react";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { storyActivity } from "@/server/story-activity";
import { AuditList } from "../../../components/audit-list";
import { loadOr404 } from "../../../components/load-or-404";
import { storyPageTitle } from "../story-title";

type Props = { params: Promise<{ id: string }> };

const load = cache((id: string) => loadOr404(() => storyActivity(id)));

export async function generateMetadata({ params }: Props) {
  await pageActor();
  return { title: storyPageTitle("Activity", await load((await params).id)) };
}

/** The story's activity feed: every decision and import recorded against it, newest first. Read only. */
export default async function ActivityPage({ params }: Props) {
  await connection();
  await pageActor();
  const activity = await load((await params).id);
  return (
    <>
      <p>
        <Link href="/">← Overview</Link> · <Link href={`/stories/${activity.id}`}>Story</Link> ·{" "}
        <Link href={`/stories/${activity.id}/timeline`}>Timeline</Link>
      </p>
      <h1>Activity: {activity.title}</h1>
      <AuditList entries={activity.entries} label="Story activity" />
    </>
  );
}
