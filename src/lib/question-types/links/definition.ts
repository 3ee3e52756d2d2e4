export type { LinksItem } from './schema';

export interface LinkValue {
	url: string;
	title: string;
}

export const maxLinks = 20;
export const linkKeys = ['url', 'title'];
