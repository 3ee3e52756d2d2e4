export type { TextItem } from './schema';

// Items without their own limit still get one, so a pasted book cannot bloat a response.
export const defaultMaxLength = { singleLine: 500, multiline: 10_000 };
