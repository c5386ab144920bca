import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sentenceClaim } from "../analyze/sentence-claim";
import { matchPairLines, parsePairLine } from "./pairs";
import { runMatch } from "../../cli/match";

const FURNITURE = "Subscribe to our newsletter for more.\tSign up for our newsletter for more.";
const PARAPHRASE = "The company said profits rose 12 percent.\tProfits at the company rose 12 percent, it said.";

describe("match --pairs lines", () => {
  it("reads two sentences, after label or id columns", () => {
    expect(parsePairLine("A.\tB.")).toEqual({ a: "A.", b: "B." });
    expect(parsePairLine("1\t702876\t702977\tA.\tB.")).toEqual({ a: "A.", b: "B." });
    expect(parsePairLine("no tab at all")).toHaveProperty("error");
    expect(parsePairLine("A.\tB.\tA third sentence.")).toHaveProperty("error");
    expect(parsePairLine("A.\t ")).toHaveProperty("error");
  });

  it("answers every line in order, page furniture included", () => {
    const out = matchPairLines([FURNITURE, "malformed", PARAPHRASE], sentenceClaim);
    expect(out).toHaveLength(3);
    expect(out[0]).toHaveProperty("score");
    expect(out[1]).toHaveProperty("error");
    expect(out[2]).toMatchObject({ same: true });
  });
});

describe("match --pairs command", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints 0<TAB>0 for a malformed line, names it on stderr, and decides the rest", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pairs-")), "pairs.tsv");
    fs.writeFileSync(file, `${FURNITURE}\nmalformed line\n${PARAPHRASE}\n`);
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    const warn = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await runMatch({ pairs: file });
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^[01]\t\d\.\d{3}$/);
    expect(lines[1]).toBe("0\t0");
    expect(lines[2]).toMatch(/^1\t/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/line 2 of .*pairs\.tsv/);
  });
});
