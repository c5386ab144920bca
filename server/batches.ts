/** Values per `in` list: SQLite binds at most 999 parameters in one statement, and Prisma does not split the list. */
export const KEY_BATCH = 500;
