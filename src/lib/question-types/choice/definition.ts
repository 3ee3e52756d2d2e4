export type { ChoiceItem } from './schema';
