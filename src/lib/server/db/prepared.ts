/**
 * A query every request sends, built and prepared once per database: drizzle builds the SQL text anew for each
 * call (about a tenth of a millisecond a query), and a named statement is parsed and planned by PostgreSQL once
 * per connection instead of for every request. The name must be unique to the query's text.
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
