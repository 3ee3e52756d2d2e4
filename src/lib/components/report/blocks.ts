import type { ReportBlock } from '$lib/server/report/report-document';

/** One kind of report block, as the component that shows it takes it. */
export type BlockOf<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;
