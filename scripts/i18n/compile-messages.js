// Compiles messages/*.json into src/lib/paraglide (generated, not committed) with the same options as the
// Vite plugin. `npm run check` runs it first, since svelte-check does not run Vite's plugins.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';

await compile(paraglideOptions);
