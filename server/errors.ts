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

/** The one place errors become HTTP: typed errors keep their message, the rest are logged and hidden. */
export function toHttp(error: unknown): { status: number; body: { error: string; code: string } } {
  if (error instanceof AppError) return { status: error.status, body: { error: error.message, code: error.code } };
  console.error(error);
  return {
    status: 500,
    body: { error: "Something went wrong on our side; nothing you sent was lost.", code: "internal" },
  };
}
