import type pg from 'pg';

/** A client of either database: a pg Client, a pooled client, or the socket in front of PGlite. */
export type SqlClient = Pick<pg.ClientBase, 'query'>;

export interface TableShape {
	name: string;
	/** The columns a backup holds: every column but the generated ones (those are computed again). */
	columns: { name: string; type: string }[];
	/** Sequences behind its columns (serial or identity), set past the restored values. */
	sequences: { column: string; sequence: string }[];
}

/**
 * The application's tables (schema public), read from the catalog rather than from the code, so a backup holds
 * every table there is, and ordered so that a table comes after every table it refers to.
 */
export async function applicationTables(client: SqlClient): Promise<TableShape[]> {
	const columns = await client.query<{ table: string; column: string; type: string }>(
		`select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
		   from pg_attribute a
		   join pg_class c on c.oid = a.attrelid
		   join pg_namespace n on n.oid = c.relnamespace
		  where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
		    and a.attgenerated = ''
		  order by c.relname, a.attnum`
	);
	const references = await client.query<{ table: string; referenced: string }>(
		`select distinct c.relname as table, r.relname as referenced
		   from pg_constraint k
		   join pg_class c on c.oid = k.conrelid
		   join pg_class r on r.oid = k.confrelid
		   join pg_namespace n on n.oid = c.relnamespace
		  where k.contype = 'f' and n.nspname = 'public'`
	);
	const sequences = await client.query<{ table: string; column: string; sequence: string }>(
		`select c.relname as table, a.attname as column,
		        pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as sequence
		   from pg_attribute a
		   join pg_class c on c.oid = a.attrelid
		   join pg_namespace n on n.oid = c.relnamespace
		  where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`
	);
	const tables = new Map<string, TableShape>();
	for (const row of columns.rows) {
		const table = tables.get(row.table) ?? { name: row.table, columns: [], sequences: [] };
		table.columns.push({ name: row.column, type: row.type });
		tables.set(row.table, table);
	}
	for (const row of sequences.rows) {
		if (row.sequence) tables.get(row.table)?.sequences.push({ column: row.column, sequence: row.sequence });
	}
	const refersTo = new Map<string, Set<string>>();
	for (const row of references.rows) {
		if (row.table === row.referenced) continue; // rows of one table referring to each other: see restore
		const set = refersTo.get(row.table) ?? new Set<string>();
		set.add(row.referenced);
		refersTo.set(row.table, set);
	}
	return inReferenceOrder([...tables.values()], refersTo);
}

function inReferenceOrder(tables: TableShape[], refersTo: Map<string, Set<string>>): TableShape[] {
	const ordered: TableShape[] = [];
	const placed = new Set<string>();
	const visiting = new Set<string>();
	const byName = new Map(tables.map((table) => [table.name, table]));
	const place = (table: TableShape) => {
		if (placed.has(table.name)) return;
		if (visiting.has(table.name))
			throw new Error(`tables refer to each other in a circle through ${table.name}`);
		visiting.add(table.name);
		for (const name of [...(refersTo.get(table.name) ?? [])].sort()) {
			const referenced = byName.get(name);
			if (referenced) place(referenced);
		}
		visiting.delete(table.name);
		placed.add(table.name);
		ordered.push(table);
	};
	for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) place(table);
	return ordered;
}

export function quoteName(name: string): string {
	return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Values travel as PostgreSQL's own text form of each type (bytea as hex, timestamps in ISO with their
 * offset, json as written): read back by the same type's input, they are equal to what was stored, whichever
 * engine or time zone wrote them. Call inside a transaction: the settings end with it, so the session PGlite
 * shares with the running server is left as it was.
 */
export async function useStableTextForms(client: SqlClient): Promise<void> {
	await client.query(
		"set local DateStyle = 'ISO, YMD'; set local IntervalStyle = 'postgres'; set local TimeZone = 'UTC'; set local bytea_output = 'hex'; set local extra_float_digits = 3"
	);
}
