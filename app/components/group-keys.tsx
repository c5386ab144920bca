import { KeyboardNav } from "./keyboard-nav";

type Props = {
  group: { key: string; story: string; rank: number; label: string };
  /** The chosen claim's place in its article, where `o` goes. */
  article: string;
  /** The keys of the story's groups ranked just before and after this one (server/story-groups.ts neighbourKeys). */
  near: { previous?: string; next?: string };
};

/** The group page's shortcuts: j/k to the neighbouring groups of its story, status keys, `o`, and `?`. */
export function GroupKeys({ group, article, near }: Props) {
  const href = (key?: string) => (key ? `/groups/${key}` : undefined);
  return (
    <KeyboardNav
      mode="group"
      group={{
        key: group.key,
        label: `Group ${group.rank}`,
        article,
        previous: href(near.previous),
        next: href(near.next),
      }}
    />
  );
}
