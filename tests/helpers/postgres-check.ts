import pg from "pg";
import { TEST_POSTGRES_URL } from "./temp-postgres";

/** Whether the test PostgreSQL server answers, and if not, why: the config decides from this whether to run it. */
export async function postgresAnswers(): Promise<{ ok: boolean; url: string; reason: string }> {
  const url = TEST_POSTGRES_URL.replace(/\/\/[^@/]*@/, "//");
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true, url, reason: "" };
  } catch (e) {
    return { ok: false, url, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await client.end().catch(() => undefined);
  }
}
