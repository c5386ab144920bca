import { clipAtWord } from "./clip";

/** What the pages know of an article when naming it; `opening` is its first sentence, for articles with no headline. */
export type NamedArticle = {
  title: string | null;
  file: string;
  outlet: { name: string } | null;
  opening?: string | null;
};

/** How much of an article's first sentence stands in for a missing headline, and for a missing outlet name. */
export const OPENING_AS_HEADLINE = 80;
export const OPENING_AS_SOURCE = 40;

/** The file's own name, without its folders: secondary detail beside a headline. */
export const fileName = (file: string) => file.split(/[/\\]/).pop() || file;

/** What the article is called: its headline, else its opening words in quotes, else its file's name. */
export function headline(article: Omit<NamedArticle, "outlet">): string {
  const title = article.title?.trim();
  if (title) return title;
  return article.opening ? `“${clipAtWord(article.opening, OPENING_AS_HEADLINE)}”` : fileName(article.file);
}

/** Who says it: the outlet's name; failing that, the headline or opening words; failing all, the file's name. */
export function sourceName(article: NamedArticle): string {
  if (article.outlet) return article.outlet.name;
  const title = article.title?.trim();
  if (title) return clipAtWord(title, OPENING_AS_SOURCE);
  return article.opening
    ? `unnamed outlet (“${clipAtWord(article.opening, OPENING_AS_SOURCE)}”)`
    : fileName(article.file);
}

/** A person's name as a name: stored evidence folds spellings to lower case ("maria okonjo" → "Maria Okonjo"). */
export const capitalised = (name: string) =>
  name.replace(/(^|[\s'-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());

/** Names once each, in order, as a reader lists them: "A", "A and B", "A, B and C". */
export function listOf(names: string[]): string {
  const unique = [...new Set(names)];
  const last = unique.pop();
  if (last === undefined) return "";
  return unique.length ? `${unique.join(", ")} and ${last}` : last;
}
