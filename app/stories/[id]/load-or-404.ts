import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** A story page's data, or Next's not-found page when the story id names nothing. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
