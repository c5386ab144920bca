/** What the sign-in page says for the error code the sign-in route sent it back with. */
const MESSAGES: Record<string, string> = {
  unauthorized: "That user name and password do not match.",
  rate_limited: "Too many attempts; wait a minute and try again.",
  invalid_input: "Enter a user name and a password.",
};

export const signInErrorMessage = (code: string): string => MESSAGES[code] ?? "Signing in did not work; try again.";
