/** What the pages know of an article when naming it. */
export type NamedArticle = { title: string | null; file: string; outlet: { name: string } | null };

/** The file's own name, without its folders: secondary detail beside a headline. */
export const fileName = (file: string) => file.split(/[/\\]/).pop() || file;

/** Who says it: the outlet's name; failing that, the headline; failing both, the file's name. */
export function sourceName(article: NamedArticle): string {
  return article.outlet?.name ?? article.title ?? fileName(article.file);
}

/** What the article is called: its headline, else its file's name. */
export function headline(article: Pick<NamedArticle, "title" | "file">): string {
  return article.title?.trim() || fileName(article.file);
}
