/** Errors the app knows how to explain; anything else is a 500 with no detail shown. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} was not found`, 404, "not_found");
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string, code = "invalid_input") {
    super(message, 400, code);
  }
}

/** Well-formed input that the route's schema refuses (a JSON body missing a field, a status that is no status). */
export class UnprocessableError extends AppError {
  constructor(message: string) {
    super(message, 422, "invalid_body");
  }
}

/** No signed-in user and no API token, where this server requires one. */
export class UnauthorizedError extends AppError {
  constructor(message = "sign in, or send an API token as Authorization: Bearer <token>") {
    super(message, 401, "unauthorized");
  }
}

/** A signed-in user whose role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, 403, "forbidden");
  }
}

/** A body over its cap, refused while it streams in rather than after it was buffered. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413, "too_large");
  }
}

/** A write sent from another site's page: a browser carried the editor's session there, the editor did not. */
export class CrossSiteError extends AppError {
  constructor() {
    super("requests from other sites may not change anything here", 403, "cross_site");
  }
}

/** The request names something that has changed since the editor saw it; the message says where it went. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409, "conflict");
  }
}

export class RateLimitError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; wait ${retryAfterSeconds} s and try again`, 429, "rate_limited");
  }
}

/** How long a client is asked to wait before it retries a request the store was too busy to take. */
export const BUSY_RETRY_SECONDS = 5;

/**
 * Prisma codes and driver messages that mean "the store was busy", not "the request was wrong": a write waited past
 * SQLite's busy timeout (P1008, SQLITE_BUSY), a transaction could not start in time (P2028), a write conflict or
 * deadlock on PostgreSQL (P2034), or the adapter's own queue for its one connection timed out. The failed statement
 * changed nothing, so the honest answer is "try again".
 */
const BUSY_CODES = new Set(["P1008", "P2028", "P2034"]);
const BUSY_MESSAGE = /SQLITE_BUSY|database is locked|timeout while waiting for mutex|deadlock detected/i;

export function isStoreBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error ? error.code : undefined;
  if (typeof code === "string" && BUSY_CODES.has(code)) return true;
  return error instanceof Error && BUSY_MESSAGE.test(error.message);
}

export type HttpError = {
  status: number;
  body: { error: string; code: string };
  /** Response headers the status needs: Retry-After for 429 and 503. */
  headers: Record<string, string>;
};

/** The one place errors become HTTP: typed errors keep their message, the rest are logged and hidden. */
export function toHttp(error: unknown): HttpError {
  if (error instanceof RateLimitError)
    return {
      status: error.status,
      body: { error: error.message, code: error.code },
      headers: { "Retry-After": String(error.retryAfterSeconds) },
    };
  if (error instanceof AppError)
    return { status: error.status, body: { error: error.message, code: error.code }, headers: {} };
  console.error(error);
  if (isStoreBusy(error))
    return {
      status: 503,
      body: {
        error: `The database was busy with another import, so nothing was stored; try again in ${BUSY_RETRY_SECONDS} s.`,
        code: "busy",
      },
      headers: { "Retry-After": String(BUSY_RETRY_SECONDS) },
    };
  // Whether anything was stored is not known here, so the message does not say; it says what the user can do.
  return {
    status: 500,
    body: {
      error: "Something went wrong on our side. Try again; if it happens again, tell whoever runs this server.",
      code: "internal",
    },
    headers: {},
  };
}

/** An error as a JSON response, with the headers its status needs. */
export function errorResponse(error: unknown): Response {
  const { status, body, headers } = toHttp(error);
  return Response.json(body, { status, headers });
}

/** zod's issues as one message naming each field ("input" for the whole value), for a 400 or 422. */
export function issueMessage(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join(".") || "input"}: ${i.message}`).join("; ");
}
