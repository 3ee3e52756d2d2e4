/** Where a published report and its files live: every view links to the same addresses. */
export type ReportFileFormat = 'pdf' | 'docx' | 'annexCsv' | 'annexXlsx';

export interface ReportLink {
	key: ReportFileFormat | 'api';
	href: string;
	/** Whether the link downloads a file (the browser is told with `download`) rather than opening a page. */
	download: boolean;
}

export function reportPath(cycleSlug: string): string {
	return `/reports/${encodeURIComponent(cycleSlug)}`;
}

/** The report's own files, the data annex and the API results, in the order the Downloads part lists them. */
export function reportLinks(cycleSlug: string): ReportLink[] {
	const slug = encodeURIComponent(cycleSlug);
	return [
		{ key: 'pdf', href: `/reports/${slug}/report.pdf`, download: true },
		{ key: 'docx', href: `/reports/${slug}/report.docx`, download: true },
		{ key: 'annexCsv', href: `/data/${slug}/annex.csv`, download: true },
		{ key: 'annexXlsx', href: `/data/${slug}/annex.xlsx`, download: true },
		{ key: 'api', href: `/api/v1/cycles/${slug}/results`, download: false }
	];
}

/** The name a downloaded report file gets: "integrating-cities-report-2018-2020.pdf". */
export function reportFilename(cycleSlug: string, extension: 'pdf' | 'docx'): string {
	const safe = cycleSlug.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
	return `integrating-cities-report-${safe}.${extension}`;
}
