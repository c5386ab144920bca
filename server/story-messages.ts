/**
 * What the story pages say for the codes in their URL after a story form: only these sentences are shown, so a
 * crafted link cannot make a page say anything else.
 */
const DONE: Record<string, string> = {
  created: "Story created. Import articles into it.",
  renamed: "Story renamed.",
  accepted: "Story accepted: the automatic story separation will leave it and its articles as they are.",
  moved: "Article moved; the stories it left and joined were re-analysed.",
};

const ERRORS: Record<string, string> = {
  invalid_input: "a story needs a title of at most 200 characters, and a description of at most 2,000.",
  conflict: "another story has that title already, or the story is accepted already.",
  not_found: "that story or article is not there any more.",
  forbidden: "your role may not change stories; ask an editor.",
  rate_limited: "too many changes in the last minute; wait a minute and try again.",
  busy: "the database was busy with an import and nothing was changed; try again in a few seconds.",
};

const FALLBACK = "the change was refused; check the form and try again.";

export const storyDoneMessage = (code: string): string | null => (Object.hasOwn(DONE, code) ? DONE[code]! : null);
export const storyErrorMessage = (code: string): string => (Object.hasOwn(ERRORS, code) ? ERRORS[code]! : FALLBACK);
