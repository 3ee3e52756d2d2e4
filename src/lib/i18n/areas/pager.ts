/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const pagerEn = {
	'pager.previous': 'Previous page',
	'pager.next': 'Next page',
	'pager.page': 'Page {page}',
	'pager.pageOf': 'Page {page} of {pages}',
	'pager.rows': 'Rows {first} to {last} of {total}',
	'pager.cities': 'Pages of the cities table'
} as const;

export const pagerFr: Record<keyof typeof pagerEn, string> = {
	'pager.previous': 'Page précédente',
	'pager.next': 'Page suivante',
	'pager.page': 'Page {page}',
	'pager.pageOf': 'Page {page} sur {pages}',
	'pager.rows': 'Lignes {first} à {last} sur {total}',
	'pager.cities': 'Pages du tableau des villes'
};

export const pagerDe: Record<keyof typeof pagerEn, string> = {
	'pager.previous': 'Vorherige Seite',
	'pager.next': 'Nächste Seite',
	'pager.page': 'Seite {page}',
	'pager.pageOf': 'Seite {page} von {pages}',
	'pager.rows': 'Zeilen {first} bis {last} von {total}',
	'pager.cities': 'Seiten der Städtetabelle'
};

export const pagerEs: Record<keyof typeof pagerEn, string> = {
	'pager.previous': 'Página anterior',
	'pager.next': 'Página siguiente',
	'pager.page': 'Página {page}',
	'pager.pageOf': 'Página {page} de {pages}',
	'pager.rows': 'Filas {first} a {last} de {total}',
	'pager.cities': 'Páginas de la tabla de ciudades'
};

export const pagerIt: Record<keyof typeof pagerEn, string> = {
	'pager.previous': 'Pagina precedente',
	'pager.next': 'Pagina successiva',
	'pager.page': 'Pagina {page}',
	'pager.pageOf': 'Pagina {page} di {pages}',
	'pager.rows': 'Righe da {first} a {last} di {total}',
	'pager.cities': 'Pagine della tabella delle città'
};
