import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
const t0 = performance.now();
const c = new PGlite('memory://'); await c.waitReady;
const t1 = performance.now();
await migrate(drizzle(c), { migrationsFolder: 'src/lib/server/db/migrations' });
const t2 = performance.now();
const dump = await c.dumpDataDir('none');
const t3 = performance.now();
console.log('start', (t1-t0)|0, 'migrate', (t2-t1)|0, 'dump', (t3-t2)|0, dump.size);
for (let i=0;i<3;i++){
 const a=performance.now();
 const d = new PGlite('memory://', { loadDataDir: dump }); await d.waitReady;
 const r = await d.query('select count(*) from drizzle.__drizzle_migrations');
 const b=performance.now(); console.log('clone', (b-a)|0, r.rows);
 const e=performance.now(); const f = new PGlite('memory://'); await f.waitReady; console.log('fresh', (performance.now()-e)|0);
 await d.close(); await f.close();
}
const cl = performance.now(); const k = await c.clone(); await k.waitReady; console.log('clone()', (performance.now()-cl)|0);
