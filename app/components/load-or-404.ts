import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** A page's data, or Next's not-found page when the id or key in its address names nothing. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
