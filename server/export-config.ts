import { z } from "zod";
import { InvalidInputError } from "./errors";

// Who signs the ClaimReview records: the newsroom running Crosscheck. Read once here, documented in README.md.
const organisation = z.object({
  name: z.string().trim().min(1, "CROSSCHECK_ORG_NAME is empty").max(200, "CROSSCHECK_ORG_NAME is over 200 characters"),
  url: z.url("CROSSCHECK_ORG_URL is not a URL (give https://…)").optional(),
});

export type Organisation = z.infer<typeof organisation>;

export const DEFAULT_ORG_NAME = "Crosscheck";

export function reviewingOrganisation(env: NodeJS.ProcessEnv = process.env): Organisation {
  const parsed = organisation.safeParse({
    name: env.CROSSCHECK_ORG_NAME ?? DEFAULT_ORG_NAME,
    url: env.CROSSCHECK_ORG_URL || undefined,
  });
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}
