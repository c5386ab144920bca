import { IngestError } from "./errors";

/** 2 MiB: ten times a long feature; anything larger is almost surely not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Byte-order marks and the encodings they announce; UTF-32 is named so it is refused for what it is. */
const BOMS: { bytes: number[]; encoding: "utf-8" | "utf-16le" | "utf-16be" | "utf-32" }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * Bytes to text, refusing what is not one article: empty, too large, binary, or not Unicode text.
 * UTF-8 (with or without a byte-order mark) and UTF-16 with its mark are decoded; the mark itself is dropped.
 */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(file, "the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      file,
      `the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit for one article`,
    );
  }
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding === "utf-32")
    throw new IngestError(file, "the file is UTF-32 text; save it as UTF-8 (or UTF-16) and import it again");
  const encoding = bom?.encoding ?? "utf-8";
  const body = bytes.subarray(bom?.bytes.length ?? 0);
  if (encoding === "utf-8" && body.includes(0))
    throw new IngestError(file, "the file is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const name = encoding === "utf-8" ? "UTF-8" : "UTF-16";
    throw new IngestError(file, `the file is not valid ${name} text; convert it to UTF-8 and import it again`);
  }
  if (text.includes("\0")) throw new IngestError(file, "the file is binary (it contains NUL characters), not text");
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
