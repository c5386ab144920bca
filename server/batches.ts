/** Values per `in` list: SQLite binds at most 999 parameters in one statement, and Prisma does not split the list. */
export const KEY_BATCH = 500;

/** One read per KEY_BATCH keys, the rows in the order read. */
export async function inBatches<T>(keys: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += KEY_BATCH) out.push(...(await read(keys.slice(i, i + KEY_BATCH))));
  return out;
}
