import { describe, expect, it } from "vitest";
import { groupLabel } from "./label";

describe("groupLabel", () => {
  const lead = "The harbour authority said the bridge would close for repairs in August and reopen in the spring.";
  const other = "Repairs will close the bridge in August.";

  it("takes the member claim the stored label begins and cuts it at a word", () => {
    expect(groupLabel("The harbour authority said the bri", [other, lead], 60)).toBe(
      "The harbour authority said the bridge would close for…",
    );
  });

  it("finds the claim from a label stored with an ellipsis, line breaks in the claim or not", () => {
    expect(groupLabel("The harbour authority said the…", [other, lead.replace(" said ", "\nsaid ")])).toBe(
      "The harbour authority said the bridge would close for repairs in August and reopen in the spring.",
    );
  });

  it("falls back to the stored label, cut at a word, when no member begins with it", () => {
    expect(groupLabel("A label of many words that no claim begins", [other], 20)).toBe("A label of many…");
  });
});
