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
  constructor(message: string) {
    super(message, 400, "invalid_input");
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
