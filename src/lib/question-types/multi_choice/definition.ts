export type { MultiChoiceItem } from './schema';
