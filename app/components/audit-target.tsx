import Link from "next/link";
import { CLAIM_KEY, parseGroupKey } from "@/server/params";

const STORY_ID = /^s\d+$/;

/** Where an audit entry's target lives, so the log links to the group, claim or story it acted on. */
function targetHref(target: string): string | null {
  if (parseGroupKey(target)) return `/groups/${target}`;
  if (CLAIM_KEY.test(target)) return `/claims/${target}`;
  if (STORY_ID.test(target)) return `/stories/${target}`;
  return null;
}

/** An audit entry's target, linked when it names a group, claim or story (a retired group key redirects). */
export function AuditTarget({ target }: { target: string }) {
  const href = targetHref(target);
  return href ? (
    <Link href={href}>
      <code>{target}</code>
    </Link>
  ) : (
    <code>{target}</code>
  );
}
