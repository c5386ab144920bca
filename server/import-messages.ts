/**
 * What the import page says for each outcome code in its URL. The page shows only these sentences: a link can
 * carry any text, so nothing from the URL itself is ever displayed.
 */
const IMPORT_ERRORS: Record<string, string> = {
  bad_date: "the publication date must be a real day written YYYY-MM-DD.",
  bad_url: "the URL must be a web address starting with http:// or https://.",
  text_too_long: "the pasted text is over the 2 MiB limit for one article.",
  outlet_too_long: "the outlet name is at most 200 characters.",
  too_many_files: "at most 50 files can be imported at once; import the rest in another batch.",
  too_large: "the upload is over the 60 MiB limit; import fewer files at once.",
  nothing_to_import: "nothing to import: choose files, paste an article or give article addresses.",
  too_many_urls: "at most 50 addresses can be fetched at once; import the rest in another batch.",
  bad_urls: "every line of the addresses must be a web address starting with http:// or https://.",
  urls_too_long: "the list of addresses is too long; import fewer at once.",
  wrong_type: "the request was not a form upload.",
  bad_form: "the upload could not be read; send it again.",
  cross_site: "the request came from another site's page, so it was refused.",
  rate_limited: "too many imports in the last minute; wait a minute and try again.",
  not_found: "the story chosen is not there any more; choose another, or let stories be suggested.",
  forbidden: "your role may not import; ask an editor.",
  busy: "the database was busy with another import and nothing was stored; try again in a few seconds.",
  internal: "something went wrong on our side; try again, and tell whoever runs this server if it happens again.",
};

const FALLBACK = "the request was refused; check the form and try again.";

export function importErrorMessage(code: string): string {
  return Object.hasOwn(IMPORT_ERRORS, code) ? IMPORT_ERRORS[code]! : FALLBACK;
}

/** Why pasted text already stored kept its old metadata. */
export const METADATA_KEPT = [
  "The pasted text is already stored with other metadata.",
  "Stored articles are not rewritten by an import, so its outlet, date and URL were left as they were.",
].join(" ");

/** The code for a refused form field, so the page can say which field was wrong. */
export const FIELD_CODES: Record<string, string> = {
  publishedAt: "bad_date",
  url: "bad_url",
  text: "text_too_long",
  outlet: "outlet_too_long",
  urls: "urls_too_long",
};
