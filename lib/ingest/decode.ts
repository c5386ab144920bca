import { IngestError } from "./errors";

/** 2 MiB: ten times a long feature; anything larger is almost surely not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Bytes to text, refusing what is not one UTF-8 article: empty, too large, binary or another encoding. */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(file, "the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      file,
      `the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit for one article`,
    );
  }
  if (bytes.includes(0)) throw new IngestError(file, "the file is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new IngestError(file, "the file is not valid UTF-8 text; convert it to UTF-8 and import it again");
  }
  return checkText(file, text);
}

export function checkText(file: string, text: string): string {
  if (text.trim().length === 0) throw new IngestError(file, "the file has no text, only white space");
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 8 && control / text.length > 0.01) {
    throw new IngestError(file, "the file looks binary: it is full of control characters");
  }
  return text;
}
