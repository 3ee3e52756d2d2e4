/**
 * A query every request sends, built by drizzle once per database rather than for each call (building the SQL
 * text of a select is about a tenth of a millisecond). `name` only tells the queries apart here.
 */
const preparedByDatabase = new WeakMap<object, Map<string, unknown>>();

export function preparedOnce<T>(db: object, name: string, prepare: () => T): T {
	let prepared = preparedByDatabase.get(db);
	if (!prepared) {
		prepared = new Map();
		preparedByDatabase.set(db, prepared);
	}
	if (!prepared.has(name)) prepared.set(name, prepare());
	return prepared.get(name) as T;
}

/**
 * The name given to drizzle's `prepare`: none, so PostgreSQL gets the unnamed statement as for any other query.
 * A named one lives in one server connection, and the embedded database's socket serves every pool connection
 * from one backend, where a second connection preparing the same name is refused (so would be a connection
 * pooler in transaction mode).
 */
export const UNNAMED_STATEMENT = '';
