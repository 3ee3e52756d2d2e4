import { recordOf, rowsOf } from '../shared/input-props';
import type { SummaryInput, SummaryPart } from '../shared/summary-parts';
import type { AttachmentsItem } from './definition';

/** The files by name and size; linked only when the reader may download them. */
export function summary({ value, filesHref }: SummaryInput<AttachmentsItem>): SummaryPart[] {
	const rows = rowsOf(value).map((row) => {
		const file = recordOf(row);
		const name = String(file.name);
		const after = ` (${Math.max(1, Math.round(Number(file.bytes) / 1024))} KB)`;
		return filesHref && typeof file.fileId === 'string'
			? { text: name, href: `${filesHref}/${file.fileId}`, download: name, after }
			: { text: name, after };
	});
	return [{ kind: 'rows', rows }];
}
