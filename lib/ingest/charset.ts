/** How far into a page a `<meta charset>` may stand (the HTML standard's pre-scan reads 1,024 bytes). */
const META_PRESCAN_BYTES = 1024;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
/** A feed states its encoding in its XML declaration. */
const XML_ENCODING = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

const BOM_ENCODINGS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
] as const;

/** A WHATWG encoding label's decoder, or null when the label names none this runtime knows. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null;
  }
}

/**
 * A fetched page's bytes as text, in the encoding it states: the Content-Type header's charset first, then a
 * `<meta charset>` (or a feed's XML declaration) near the top, else UTF-8. A Latin-1 or Windows-1252 page read as
 * UTF-8 turns every accented letter into a replacement character, and names compared across outlets would then
 * differ for no reason.
 */
export function decodePage(bytes: Uint8Array, contentTypeHeader: string): string {
  // A byte-order mark outranks every label (the Encoding standard's decode); TextDecoder drops it.
  const bom = BOM_ENCODINGS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom.encoding).decode(bytes);
  const sniffed = new TextDecoder("latin1").decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const fromHeader = HEADER_CHARSET.exec(contentTypeHeader)?.[1];
  const fromPage = (META_CHARSET.exec(sniffed) ?? XML_ENCODING.exec(sniffed))?.[1];
  // A page read as ASCII cannot truly be UTF-16, whatever its meta tag says: the HTML standard reads it as UTF-8.
  const label = fromHeader ?? (fromPage && /^utf-16/i.test(fromPage) ? "utf-8" : fromPage) ?? "utf-8";
  const decoder = decoderFor(label) ?? new TextDecoder("utf-8");
  return decoder.decode(bytes);
}
