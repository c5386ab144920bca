/**
 * What the group and claim pages say for the error code a refused review or decision form brings back in their URL:
 * only these sentences are shown, so a crafted link cannot make a page say anything else.
 */
const ERRORS: Record<string, string> = {
  invalid_input:
    "the form was not complete: choose the claims, status or kind it asks for; a note is at most 2,000 characters.",
  conflict:
    "the group or claim changed since the page was loaded, or that decision is made already; look again and retry.",
  not_found: "that group or claim is not there any more.",
  unauthorized: "you are signed out; sign in and try again.",
  forbidden: "your role may not review or change groups; ask an editor.",
  too_large: "the form was too large; shorten the note.",
  rate_limited: "too many changes in the last minute; wait a minute and try again.",
  busy: "the database was busy with an import and nothing was changed; try again in a few seconds.",
};

const FALLBACK = "the change was refused; try again, and tell whoever runs this server if it happens again.";

export const decisionErrorMessage = (code: string): string => (Object.hasOwn(ERRORS, code) ? ERRORS[code]! : FALLBACK);
