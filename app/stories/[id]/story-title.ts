import { clipAtWord } from "@/lib/present/clip";

/** Longest story headline in a page title, cut at a word. */
const TITLE_CHARACTERS = 60;

/**
 * A story page's <title>, one per story: what the page is, the story's headline and its id (two stories may share a
 * headline). The layout's template adds the product's name, so it is not repeated here.
 */
export function storyPageTitle(page: string, story: { id: string; title: string | null }): string {
  const title = story.title?.trim();
  return title ? `${page}: ${clipAtWord(title, TITLE_CHARACTERS)} (story ${story.id})` : `${page}: story ${story.id}`;
}
