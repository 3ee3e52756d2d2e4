import { error, textError, type AnswerError, type Assessment } from '$lib/domain/questionnaire/assessment';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { isRecord, isWebAddress, normaliseText, own } from '$lib/domain/questionnaire/normalise';
import { finish, rowsOf } from '../shared/rows';
import { maxLinks, type LinksItem, type LinkValue } from './definition';

const maxLinkTitleLength = 300;

/** Web links: an http(s) address with an optional title. */
export function assessLinks(item: LinksItem, value: unknown): Assessment<LinkValue[]> {
	const entries = rowsOf(item.id, value, maxLinks, 'answer.tooManyRows');
	if (!Array.isArray(entries)) return entries;
	const errors: AnswerError[] = [];
	const links: LinkValue[] = [];
	for (const { entry, index } of entries) {
		const urlField = fieldName(item.id, index, 'url');
		if (!isRecord(entry)) {
			errors.push(error(urlField, 'answer.invalid'));
			continue;
		}
		const url = normaliseText(own(entry, 'url'));
		const title = normaliseText(own(entry, 'title'));
		if (url === '' && title === '') continue;
		if (url === null || !isWebAddress(url)) errors.push(error(urlField, 'answer.invalidUrl'));
		const titleProblem = textError(fieldName(item.id, index, 'title'), title, maxLinkTitleLength);
		if (titleProblem) errors.push(titleProblem);
		links.push({ url: url ?? '', title: (title ?? '').replace(/\s*\n\s*/g, ' ') });
	}
	return finish(item.id, links, errors, maxLinks, 'answer.tooManyRows');
}
