import { headline, sourceName } from "../lib/present/names";
import { db } from "./db";
import { articleNameSelect, named } from "./article-names";
import { shownFileName } from "./articles";

/** A story's current articles in import order, each named as lists name it (outlet and headline). */
export async function storyArticles(storyId: string) {
  const rows = await db().article.findMany({
    where: { story: storyId, next: null },
    orderBy: { id: "asc" },
    select: { ...articleNameSelect, publishedAt: true, placed: true },
  });
  return rows.map((r) => {
    const article = { ...named(r), file: shownFileName(r.file) };
    const detail = [headline(article), r.publishedAt ?? "undated", r.placed ? "placed by an editor" : null];
    return { id: r.id, name: sourceName(article), detail: detail.filter((d) => d !== null).join(" · ") };
  });
}
