import type { MessageKey, Translate } from '$lib/i18n';
import { auditEn } from '$lib/i18n/areas/audit';

/**
 * Readable names of actions and subject types. A new action shows under its raw name until the catalogue gets a
 * label for it (`audit.action.<action>`), so nothing is ever hidden for lack of a translation.
 */
function labelled(t: Translate, prefix: string, name: string): string {
	const key = `${prefix}${name}`;
	return key in auditEn ? t(key as MessageKey) : name;
}

export const actionLabel = (t: Translate, action: string) => labelled(t, 'audit.action.', action);

export const subjectTypeLabel = (t: Translate, type: string) => labelled(t, 'audit.subjectType.', type);
