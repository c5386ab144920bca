import { describe, expect, it } from "vitest";
import { capitalised, fileName, headline, listOf, sourceName } from "./names";

describe("names of articles", () => {
  const stated = { title: "Bridge to close", file: "in/2024/a.txt", outlet: { name: "North Wire" } };
  const opening = "The harbour bridge will close for repairs in August, the port authority said on Monday.";

  it("names the outlet first, then the headline, then the opening words, then the file", () => {
    expect(sourceName(stated)).toBe("North Wire");
    expect(sourceName({ ...stated, outlet: null })).toBe("Bridge to close");
    expect(sourceName({ ...stated, outlet: null, title: null, opening })).toBe(
      "unnamed outlet (“The harbour bridge will close for…”)",
    );
    expect(sourceName({ ...stated, outlet: null, title: null })).toBe("a.txt");
  });

  it("calls an article by its headline, else by its opening words, else by its file's own name", () => {
    expect(headline(stated)).toBe("Bridge to close");
    expect(headline({ title: null, file: "a.txt", opening })).toBe(
      "“The harbour bridge will close for repairs in August, the port authority said on…”",
    );
    expect(headline({ title: "  ", file: "C:\\news\\b.html" })).toBe("b.html");
    expect(fileName("plain.txt")).toBe("plain.txt");
  });
});

describe("capitalised", () => {
  it("capitalises each part of a folded name, after spaces, hyphens and apostrophes", () => {
    expect(capitalised("fumio kisida")).toBe("Fumio Kisida");
    expect(capitalised("jean-luc o'neill")).toBe("Jean-Luc O'Neill");
    expect(capitalised("Already Named")).toBe("Already Named");
  });
});

describe("listOf", () => {
  it("lists each name once, the last after “and”, never “A and B and C”", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["North Wire"])).toBe("North Wire");
    expect(listOf(["North Wire", "South Gazette", "North Wire"])).toBe("North Wire and South Gazette");
    expect(listOf(["A", "B", "C", "D"])).toBe("A, B, C and D");
  });
});
