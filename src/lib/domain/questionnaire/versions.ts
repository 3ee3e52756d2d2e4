import {
	charterQuestionnaire,
	charterQuestionnaire2026WithUkraine,
	currentQuestionnaire
} from './charter-questionnaire';
import type { Definition } from './definition';

/**
 * The questionnaire versions a new cycle can use. A cycle stores a snapshot of the chosen one, so a version
 * can be added here (or corrected) without changing any cycle already opened.
 */
export const questionnaireVersions: readonly Definition[] = [
	currentQuestionnaire,
	charterQuestionnaire2026WithUkraine,
	charterQuestionnaire
];

export const defaultQuestionnaireVersion: string = currentQuestionnaire.version;

export function findQuestionnaireVersion(version: string): Definition | null {
	return questionnaireVersions.find((definition) => definition.version === version) ?? null;
}
