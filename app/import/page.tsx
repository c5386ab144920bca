import Link from "next/link";
import { connection } from "next/server";
import { recentFailures } from "@/server/articles";
import { importCounts, importErrorMessage, METADATA_KEPT } from "@/server/import-messages";

export const metadata = { title: "Import articles" };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const q = await searchParams;
  const counts = importCounts(q);
  const failures = counts && counts.failed > 0 ? await recentFailures() : [];
  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1>Import articles</h1>
      {typeof q.error === "string" && (
        <p role="alert" className="disc">
          Nothing was imported: {importErrorMessage(q.error)}
        </p>
      )}
      {counts && (
        <p role="status" className="disc note">
          Imported {counts.added} new article(s); {counts.unchanged} already stored; {counts.failed} could not be read.
          The story was re-analysed.
        </p>
      )}
      {q.kept === "1" && (
        <p role="status" className="disc note">
          {METADATA_KEPT}
        </p>
      )}
      {failures.length > 0 && (
        <ul>
          {failures.slice(0, counts?.failed ?? 0).map((f) => (
            <li key={f.id}>
              <code>{f.file}</code>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      <form className="review" method="post" action="/api/import" encType="multipart/form-data">
        <label>
          Article files (.txt, .md, .html; up to 2 MiB each){" "}
          <input type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm" />
        </label>
        <label>
          Or paste an article <textarea name="text" rows={10} />
        </label>
        <label>
          Outlet (for pasted text) <input name="outlet" maxLength={200} />
        </label>
        <label>
          Published (YYYY-MM-DD) <input name="publishedAt" pattern="\d{4}-\d{2}-\d{2}" placeholder="2024-05-31" />
        </label>
        <label>
          URL <input name="url" type="url" />
        </label>
        <button type="submit">Import and re-analyse</button>
      </form>
    </>
  );
}
