import { describe, expect, it } from "vitest";
import { oneClaim } from "../facts/test-claims";

const people = (text: string) =>
  oneClaim(text)
    .facets.entities.filter((e) => e.type === "person")
    .map((e) => e.text);

describe("entities: where a name ends", () => {
  it("stops a name before a day or month joined by a connector", () => {
    expect(people("Rick Santorum on Sunday tried to clarify his comment about the budget.")).toEqual(["Rick Santorum"]);
    expect(people("Jane Okafor of March Street said the budget was late.")).not.toContain("Jane Okafor of March");
  });

  it("still joins names through a connector: 'Council on Foreign Relations'", () => {
    const claim = oneClaim("A fellow at the Council on Foreign Relations said the budget was late.");
    expect(claim.facets.entities.map((e) => e.text)).toContain("Council on Foreign Relations");
  });
});
