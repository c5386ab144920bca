import { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** One bound value. JSON goes in as its text, which SQLite keeps as text and PostgreSQL parses into jsonb. */
export type Cell = string | number | boolean | Date | null;

/** Bound values per statement: under SQLite's limit of 32,766 and PostgreSQL's of 65,535. */
const VALUES_PER_STATEMENT = 30_000;

const IDENTIFIER = /^[A-Za-z]+$/;

function quoted(name: string): Prisma.Sql {
  // Names are the code's own, never input; checked all the same, since they are not bound.
  if (!IDENTIFIER.test(name)) throw new Error(`not a table or column name: ${name}`);
  return Prisma.raw(`"${name}"`);
}

/**
 * Insert rows in a few multi-row raw statements, returning the `returning` columns of each. Prisma's createMany puts
 * every row's JSON through its query compiler, which cost more CPU than the database's own work at import sizes (a
 * CPU profile of bench:scale at 600 articles: a third of the time in the Prisma runtime and its WebAssembly). Rows
 * come back in no promised order: callers match them by a unique column.
 */
export async function insertRows<R = never>(
  tx: Tx,
  table: string,
  columns: string[],
  rows: Cell[][],
  returning: string[] = [],
): Promise<R[]> {
  const out: R[] = [];
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  const head = Prisma.sql`INSERT INTO ${quoted(table)} (${Prisma.join(columns.map(quoted))}) VALUES `;
  const tail = returning.length ? Prisma.sql` RETURNING ${Prisma.join(returning.map(quoted))}` : Prisma.empty;
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = Prisma.join(rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(row)})`));
    const statement = Prisma.sql`${head}${values}${tail}`;
    if (returning.length) out.push(...(await tx.$queryRaw<R[]>(statement)));
    else await tx.$executeRaw(statement);
  }
  return out;
}

/** A JSON value as the text a raw insert binds. */
export const jsonCell = (value: unknown): string => JSON.stringify(value);
