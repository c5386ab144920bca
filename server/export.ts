import { z } from "zod";
import { InvalidInputError } from "./errors";
import { loadStory } from "./export-story";
import { storyCsv } from "./export-csv";
import { storyJson } from "./export-json";
import { storyClaimReviews } from "./export-claimreview";
import { reviewingOrganisation } from "./export-config";
import { EXPORT_FORMATS } from "./export-formats";

const format = z.enum(EXPORT_FORMATS, {
  error: (issue) => `unknown export format ${JSON.stringify(issue.input)}: use ${EXPORT_FORMATS.join(", ")}`,
});

export type ExportFile = { body: string; contentType: string; filename: string };

/** One story in one format, for the API and the command line alike. */
export async function exportStory(storyId: string, requested: unknown, now = new Date()): Promise<ExportFile> {
  const parsed = format.safeParse(requested);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((i) => i.message).join("; "));
  const story = await loadStory(storyId);
  const name = `crosscheck-story-${story.id}`;
  switch (parsed.data) {
    case "csv":
      return { body: storyCsv(story), contentType: "text/csv; charset=utf-8", filename: `${name}.csv` };
    case "json":
      return {
        body: `${JSON.stringify(storyJson(story, now), null, 2)}\n`,
        contentType: "application/json; charset=utf-8",
        filename: `${name}.json`,
      };
    case "claimreview":
      return {
        body: `${JSON.stringify(storyClaimReviews(story, reviewingOrganisation()), null, 2)}\n`,
        contentType: "application/ld+json; charset=utf-8",
        filename: `${name}-claimreview.jsonld`,
      };
  }
}
