import { InvalidInputError, PayloadTooLargeError } from "./errors";

/** Limits of what one request may carry; each refusal names the limit. */
export const LIMITS = {
  /** An import: up to 50 files of 2 MiB and pasted text, with room for multipart framing. */
  importBytes: 60 * 1024 * 1024,
  /** A review: a status and a 2,000-character note, many times over. */
  reviewBytes: 64 * 1024,
  /** A sign-in or a user form: a few short fields. */
  accountBytes: 8 * 1024,
} as const;

/**
 * The body's bytes, counted as they stream in: the read stops at the cap whatever Content-Length claims
 * (a chunked upload has none), so an oversized upload is never held whole.
 */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A multipart or url-encoded form, read under the cap; anything else is refused as the wrong content type. */
export async function readForm(request: Request, maxBytes: number): Promise<FormData> {
  const type = contentType(request);
  if (type !== "multipart/form-data" && type !== "application/x-www-form-urlencoded")
    throw new InvalidInputError(`send a form (multipart/form-data), not ${type || "no content type"}`, "wrong_type");
  const bytes = await readCapped(request, maxBytes);
  const copy = new Request("http://local/", {
    method: "POST",
    headers: { "content-type": request.headers.get("content-type") ?? "" },
    body: bytes,
  });
  return copy.formData().catch(() => {
    throw new InvalidInputError("the form could not be read; send it again", "bad_form");
  });
}

/** A JSON body read under the cap; malformed JSON is the sender's error, not ours. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readCapped(request, maxBytes));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidInputError("the body is not valid JSON", "bad_json");
  }
}

export function contentType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes / 1024} KiB`;
  return new PayloadTooLargeError(`the request is over the ${size} limit; send less at once`);
}
