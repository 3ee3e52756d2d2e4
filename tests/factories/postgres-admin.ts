import pg from 'pg';

/**
 * One statement on the PostgreSQL server outside any test database (`create database`, `drop database`): a
 * connection of its own, closed at once. Imports nothing of the app, so the vitest global setup can use it.
 */
export async function adminStatement(url: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}
