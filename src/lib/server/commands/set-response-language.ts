import { eq } from 'drizzle-orm';
import type { ContentLanguage } from '$lib/domain/content-language';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { responses } from '../db/schema';
import { lockedResponseContext } from '../reads/response-context';

export type SetResponseLanguageResult = { ok: true } | { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * The coordinator says which language the city writes its response in. Answers marked with a language of
 * their own keep it; every other text answer is read as written in this one.
 */
export async function setResponseLanguage(
	db: Database,
	actor: Actor,
	input: { responseId: number; language: ContentLanguage }
): Promise<SetResponseLanguageResult> {
	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, input.responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'forbidden' } as const;
		if (context.language === input.language) return { ok: true } as const;
		await tx
			.update(responses)
			.set({ language: input.language, updatedAt: new Date() })
			.where(eq(responses.id, input.responseId));
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.language_set',
			subjectType: 'response',
			subjectId: input.responseId,
			before: { language: context.language },
			after: { language: input.language }
		});
		return { ok: true } as const;
	});
}
