import { describe, expect, it } from "vitest";
import { continuedStories } from "./story-continuation";

const storyOf = (stories: Record<number, string>) => (id: number) => stories[id] ?? null;

describe("continuedStories", () => {
  it("keeps a story's id for the cluster its articles are in, and gives new articles alone no story", () => {
    expect(
      continuedStories(
        [
          [1, 2, 9],
          [10, 11],
        ],
        storyOf({ 1: "s1", 2: "s1" }),
      ),
    ).toEqual(["s1", null]);
  });

  it("gives a split story to the part holding most of its articles", () => {
    const stories = storyOf({ 1: "s1", 2: "s1", 3: "s1" });
    expect(continuedStories([[1], [2, 3]], stories)).toEqual([null, "s1"]);
  });

  it("breaks a tie for the earlier cluster and never gives one story to two clusters", () => {
    expect(continuedStories([[1], [2]], storyOf({ 1: "s4", 2: "s4" }))).toEqual(["s4", null]);
  });

  it("lets a cluster that joins two stories carry on the one it holds more of; the other is free for its rest", () => {
    const stories = storyOf({ 1: "s1", 2: "s2", 3: "s2", 4: "s1", 5: "s1" });
    expect(
      continuedStories(
        [
          [1, 2, 3],
          [4, 5],
        ],
        stories,
      ),
    ).toEqual(["s2", "s1"]);
  });

  it("answers for every cluster, none when nothing was stored before", () => {
    expect(continuedStories([[1], [2], []], storyOf({}))).toEqual([null, null, null]);
  });

  it("keeps the story a cluster holds most of when it also holds a few of another", () => {
    expect(continuedStories([[1, 2, 3]], storyOf({ 1: "s1", 2: "s1", 3: "s2" }))).toEqual(["s1"]);
  });
});
