import { describe, expect, it } from "vitest";
import { decodeArticle } from "./decode";

const TEXT = "Officials said 40 people — “née” Zoë — were hurt. 😀";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe("encodings", () => {
  it("decodes UTF-16 with a byte-order mark, either byte order, instead of calling it binary", () => {
    expect(decodeArticle("le.txt", utf16(TEXT, true))).toBe(TEXT);
    expect(decodeArticle("be.txt", utf16(TEXT, false))).toBe(TEXT);
  });

  it("drops a UTF-8 byte-order mark so it does not become part of the first word", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeArticle("bom.txt", bytes)).toBe(TEXT);
  });

  it("refuses UTF-32 and broken UTF-16 with the encoding's name", () => {
    expect(() => decodeArticle("w.txt", new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toThrow(/UTF-32/);
    const lone = utf16("A\ud800B", true);
    expect(() => decodeArticle("s.txt", lone)).toThrow(/not valid UTF-16/);
  });

  it("still refuses UTF-8 with NUL bytes as binary", () => {
    expect(() => decodeArticle("b.txt", new Uint8Array([0x41, 0, 0x42]))).toThrow(/binary/);
  });
});
