import { commitmentsOfRole, roles, type RoleKey } from '../charter';
import { definitionSchema, type Definition, type Item, type LocalizedText, type Section } from './definition';
import { charterUseSection, migrationTrendsSection, withPracticeTags } from './charter-sections-2026';
import { migrantDefinitionLabels, migrantDefinitions } from './values';

/**
 * The questionnaire of the 2024 cycle, modelled on the one behind the Integrating Cities Reports: city context,
 * a self-assessment of every commitment (fully / partly / not at all, with evidence) in the section of its role,
 * the Integrating Cities Indicators, good practices, and priorities. Item ids are stable keys: answers, the
 * previous period's comparison and the report refer to them, so a later version keeps an id only when it keeps
 * its meaning.
 */

const roleTitles: Record<RoleKey, LocalizedText> = {
	policy_maker: {
		en: 'The city as policy maker',
		fr: 'La ville en tant que décideur politique',
		de: 'Die Stadt als Politikgestalterin'
	},
	service_provider: {
		en: 'The city as service provider',
		fr: 'La ville en tant que prestataire de services',
		de: 'Die Stadt als Dienstleisterin'
	},
	employer: {
		en: 'The city as employer',
		fr: 'La ville en tant qu’employeur',
		de: 'Die Stadt als Arbeitgeberin'
	},
	buyer: {
		en: 'The city as buyer of goods and services',
		fr: 'La ville en tant qu’acheteur de biens et de services',
		de: 'Die Stadt als Auftraggeberin für Waren und Dienstleistungen'
	}
};

const roleIntro: LocalizedText = {
	en: 'For each commitment, say how far your city met it during the reporting period: fully, partly or not at all. Give the evidence for your rating: policies, services, decisions, figures or documents.',
	fr: 'Pour chaque engagement, indiquez dans quelle mesure votre ville l’a respecté pendant la période : entièrement, en partie ou pas du tout. Justifiez votre évaluation : politiques, services, décisions, chiffres ou documents.',
	de: 'Geben Sie für jede Verpflichtung an, wie weit Ihre Stadt sie im Berichtszeitraum erfüllt hat: vollständig, teilweise oder gar nicht. Belegen Sie Ihre Einschätzung mit Strategien, Angeboten, Beschlüssen, Zahlen oder Dokumenten.'
};

const ratingHint: LocalizedText = {
	en: 'If you select fully or partly, give the evidence. If you select not at all, you can say why.',
	fr: 'Si vous choisissez entièrement ou en partie, donnez les éléments qui le justifient. Si vous choisissez pas du tout, vous pouvez dire pourquoi.',
	de: 'Wenn Sie vollständig oder teilweise wählen, geben Sie die Belege an. Bei gar nicht können Sie den Grund nennen.'
};

function roleSection(role: RoleKey): Section {
	return {
		id: role.replace('_', '-'),
		title: roleTitles[role],
		intro: roleIntro,
		role,
		items: commitmentsOfRole(role).flatMap((commitment): Item[] => [
			{
				id: `c${commitment.number}-rating`,
				type: 'rating',
				commitment: commitment.number,
				label: commitment.text,
				hint: ratingHint,
				required: true
			},
			{
				id: `c${commitment.number}-examples`,
				type: 'text',
				multiline: true,
				maxLength: 3000,
				label: {
					en: 'Examples from this period',
					fr: 'Exemples de la période',
					de: 'Beispiele aus dem Berichtszeitraum'
				},
				hint: {
					en: 'Projects, services or decisions that show how your city works on this commitment. Say what they achieved.',
					fr: 'Projets, services ou décisions qui montrent comment votre ville agit pour cet engagement. Dites ce qu’ils ont permis d’obtenir.',
					de: 'Projekte, Angebote oder Beschlüsse, die zeigen, wie Ihre Stadt an dieser Verpflichtung arbeitet. Nennen Sie, was sie erreicht haben.'
				},
				required: false
			},
			{
				id: `c${commitment.number}-challenges`,
				type: 'text',
				multiline: true,
				maxLength: 2000,
				label: {
					en: 'Challenges in meeting this commitment',
					fr: 'Difficultés pour respecter cet engagement',
					de: 'Herausforderungen bei der Umsetzung dieser Verpflichtung'
				},
				required: false
			}
		])
	};
}

const cityContext: Section = {
	id: 'city-context',
	title: {
		en: 'City context and integration strategy',
		fr: 'Contexte de la ville et stratégie d’intégration',
		de: 'Kontext der Stadt und Integrationsstrategie'
	},
	items: [
		{
			id: 'strategy',
			type: 'choice',
			label: {
				en: 'Does your city have an integration strategy?',
				fr: 'Votre ville a-t-elle une stratégie d’intégration ?',
				de: 'Hat Ihre Stadt eine Integrationsstrategie?'
			},
			hint: {
				en: 'A strategy, plan or programme adopted by the city for the integration of migrants, or for equal opportunities and diversity.'
			},
			required: true,
			options: [
				{ value: 'yes', label: { en: 'Yes', fr: 'Oui', de: 'Ja' } },
				{ value: 'no', label: { en: 'No', fr: 'Non', de: 'Nein' } },
				{
					value: 'in_preparation',
					label: { en: 'Being prepared', fr: 'En préparation', de: 'In Vorbereitung' }
				}
			]
		},
		{
			id: 'strategy-name',
			type: 'text',
			multiline: false,
			maxLength: 300,
			label: { en: 'Name of the strategy', fr: 'Nom de la stratégie', de: 'Name der Strategie' },
			required: false,
			requiredWhen: { item: 'strategy', in: ['yes'] }
		},
		{
			id: 'strategy-years',
			type: 'text',
			multiline: false,
			maxLength: 50,
			label: { en: 'Years it covers', fr: 'Années couvertes', de: 'Laufzeit' },
			hint: { en: 'For example, 2021 to 2025' },
			required: false,
			requiredWhen: { item: 'strategy', in: ['yes'] }
		},
		{
			id: 'migrant-definition',
			type: 'choice',
			label: {
				en: 'How does your city define “migrant” in its policies and statistics?',
				fr: 'Comment votre ville définit-elle « migrant » dans ses politiques et ses statistiques ?',
				de: 'Wie definiert Ihre Stadt „Migrantin“ und „Migrant“ in ihrer Politik und Statistik?'
			},
			hint: {
				en: 'Your figures in the indicators section are read with this definition. Cities define it differently, which is why figures are not always comparable.'
			},
			required: true,
			options: migrantDefinitions.map((value) => ({ value, label: migrantDefinitionLabels[value] }))
		},
		{
			id: 'migrant-definition-other',
			type: 'text',
			multiline: false,
			maxLength: 500,
			label: {
				en: 'Describe your city’s definition',
				fr: 'Décrivez la définition de votre ville',
				de: 'Beschreiben Sie die Definition Ihrer Stadt'
			},
			required: false,
			requiredWhen: { item: 'migrant-definition', in: ['other'] }
		},
		{
			id: 'national-developments',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'National developments that affected integration in your city during this period',
				fr: 'Évolutions nationales qui ont influé sur l’intégration dans votre ville pendant la période',
				de: 'Nationale Entwicklungen, die sich im Berichtszeitraum auf die Integration in Ihrer Stadt ausgewirkt haben'
			},
			hint: { en: 'For example, new laws on asylum, citizenship, language courses or access to work.' },
			required: false
		},
		{
			id: 'local-debates',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'Main local debates on migration and integration',
				fr: 'Principaux débats locaux sur la migration et l’intégration',
				de: 'Wichtigste lokale Debatten über Migration und Integration'
			},
			required: false
		}
	]
};

const groupNote =
	'Count migrants as your city defines them, and say which definition the figure uses. If only a national figure exists, give it and tick the box.';

function indicator(id: string, label: LocalizedText, hint: string): Item {
	return { id, type: 'indicator', unit: '%', label, hint: { en: `${hint} ${groupNote}` }, required: false };
}

/** One indicator for migrants and one for everyone else, so the gap between them can be shown. */
function indicatorPair(
	id: string,
	label: { migrants: LocalizedText; others: LocalizedText },
	hint: string
): Item[] {
	return [
		indicator(`${id}-migrants`, label.migrants, hint),
		indicator(`${id}-non-migrants`, label.others, hint)
	];
}

const indicators: Section = {
	id: 'indicators',
	title: {
		en: 'Integrating Cities Indicators',
		fr: 'Indicateurs Integrating Cities',
		de: 'Integrating-Cities-Indikatoren'
	},
	intro: {
		en: 'Outcome figures for your city. Give the figures you have; leave the others blank. With every figure, give the year it refers to, where it comes from and which definition of migrant it uses. Tick “different data set” when the figure measures something close to what is asked but not the same, for example foreign nationals instead of people born abroad.'
	},
	items: [
		indicator(
			'foreign-born-share',
			{
				en: 'Residents born abroad, as a share of the population',
				fr: 'Part des habitants nés à l’étranger',
				de: 'Anteil der im Ausland geborenen Einwohnerinnen und Einwohner'
			},
			'Residents of the city who were born in another country, as a percentage of all residents.'
		),
		...indicatorPair(
			'employment-rate',
			{
				migrants: {
					en: 'Employment rate of migrants',
					fr: 'Taux d’emploi des personnes migrantes',
					de: 'Erwerbstätigenquote von Migrantinnen und Migranten'
				},
				others: {
					en: 'Employment rate of non-migrants',
					fr: 'Taux d’emploi des personnes non migrantes',
					de: 'Erwerbstätigenquote von Nicht-Migrantinnen und -Migranten'
				}
			},
			'People aged 20 to 64 in paid work, as a percentage of everyone aged 20 to 64 in the group.'
		),
		...indicatorPair(
			'activity-rate',
			{
				migrants: {
					en: 'Activity rate of migrants',
					fr: 'Taux d’activité des personnes migrantes',
					de: 'Erwerbsquote von Migrantinnen und Migranten'
				},
				others: {
					en: 'Activity rate of non-migrants',
					fr: 'Taux d’activité des personnes non migrantes',
					de: 'Erwerbsquote von Nicht-Migrantinnen und -Migranten'
				}
			},
			'People aged 15 to 64 who are in work or looking for work, as a percentage of everyone aged 15 to 64 in the group.'
		),
		...indicatorPair(
			'early-school-leaving',
			{
				migrants: {
					en: 'Early school leaving among migrants',
					fr: 'Sortie précoce du système scolaire des jeunes migrants',
					de: 'Frühe Schulabgänge bei Migrantinnen und Migranten'
				},
				others: {
					en: 'Early school leaving among non-migrants',
					fr: 'Sortie précoce du système scolaire des jeunes non migrants',
					de: 'Frühe Schulabgänge bei Nicht-Migrantinnen und -Migranten'
				}
			},
			'Young people aged 18 to 24 who left school with lower secondary education at most and are not in education or training, as a percentage of everyone aged 18 to 24 in the group.'
		),
		...indicatorPair(
			'poverty-risk',
			{
				migrants: {
					en: 'Migrants at risk of poverty',
					fr: 'Personnes migrantes exposées au risque de pauvreté',
					de: 'Armutsgefährdung von Migrantinnen und Migranten'
				},
				others: {
					en: 'Non-migrants at risk of poverty',
					fr: 'Personnes non migrantes exposées au risque de pauvreté',
					de: 'Armutsgefährdung von Nicht-Migrantinnen und -Migranten'
				}
			},
			'People living in a household whose income, after social benefits, is below 60% of the national median, as a percentage of everyone in the group.'
		)
	]
};

const goodPractices: Section = {
	id: 'good-practices',
	title: { en: 'Good practices', fr: 'Bonnes pratiques', de: 'Gute Praxisbeispiele' },
	intro: {
		en: 'Practices from this period that other cities could learn from. They go into the report and the public good-practice library.'
	},
	items: [
		{
			id: 'good-practices',
			type: 'list',
			label: { en: 'Good practices', fr: 'Bonnes pratiques', de: 'Gute Praxisbeispiele' },
			hint: {
				en: 'Up to 10. Summarise each in a few sentences: what it does, for whom, and what it achieved.'
			},
			required: false,
			maxRows: 10,
			fields: [
				{ key: 'title', kind: 'text', required: true, label: { en: 'Title', fr: 'Titre', de: 'Titel' } },
				{
					key: 'summary',
					kind: 'textarea',
					required: true,
					label: { en: 'Summary', fr: 'Résumé', de: 'Zusammenfassung' }
				},
				{
					key: 'startYear',
					kind: 'year',
					required: false,
					label: { en: 'Start year', fr: 'Année de début', de: 'Startjahr' }
				},
				{
					key: 'endYear',
					kind: 'year',
					required: false,
					label: { en: 'End year', fr: 'Année de fin', de: 'Endjahr' }
				},
				{
					key: 'link',
					kind: 'url',
					required: false,
					label: { en: 'Web page', fr: 'Page web', de: 'Webseite' }
				}
			]
		},
		{
			id: 'further-links',
			type: 'links',
			label: {
				en: 'Links to reports and web pages',
				fr: 'Liens vers des rapports et des pages web',
				de: 'Links zu Berichten und Webseiten'
			},
			required: false
		},
		{
			id: 'documents',
			type: 'attachments',
			label: { en: 'Documents', fr: 'Documents', de: 'Dokumente' },
			hint: { en: 'Strategies, evaluations or reports: up to 10 files of 5 MB each.' },
			required: false,
			maxFiles: 10,
			// The server accepts requests up to 6 MB (server.js), so a file may be 5 MB.
			maxBytes: 5 * 1024 * 1024,
			accept: ['pdf', 'docx', 'xlsx', 'png', 'jpeg']
		}
	]
};

const priorities: Section = {
	id: 'priorities',
	title: { en: 'Priorities and support', fr: 'Priorités et soutien', de: 'Prioritäten und Unterstützung' },
	items: [
		{
			id: 'next-priorities',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'Your city’s priorities for the next period',
				fr: 'Les priorités de votre ville pour la prochaine période',
				de: 'Die Prioritäten Ihrer Stadt für den nächsten Zeitraum'
			},
			required: false
		},
		{
			id: 'network-support',
			type: 'multi_choice',
			label: {
				en: 'What support would you like from the network?',
				fr: 'Quel soutien attendez-vous du réseau ?',
				de: 'Welche Unterstützung wünschen Sie sich vom Netzwerk?'
			},
			hint: { en: 'Select all that apply.' },
			required: false,
			options: [
				{
					value: 'peer_review',
					label: { en: 'Peer review', fr: 'Évaluation par les pairs', de: 'Peer-Review' }
				},
				{
					value: 'mentoring',
					label: {
						en: 'City-to-city mentoring',
						fr: 'Mentorat entre villes',
						de: 'Mentoring zwischen Städten'
					}
				},
				{ value: 'training', label: { en: 'Training', fr: 'Formation', de: 'Schulung' } },
				{ value: 'study_visit', label: { en: 'Study visit', fr: 'Visite d’étude', de: 'Studienbesuch' } },
				{
					value: 'eu_funding_advice',
					label: {
						en: 'Advice on EU funding',
						fr: 'Conseils sur les financements européens',
						de: 'Beratung zu EU-Fördermitteln'
					}
				}
			]
		}
	]
};

// Parsed at load, so a broken definition fails the first test (and the build) rather than a city's form.
export const charterQuestionnaire: Definition = definitionSchema.parse({
	version: 'charter-2024.1',
	title: {
		en: 'Integrating Cities Charter: self-assessment questionnaire',
		fr: 'Charte Integrating Cities : questionnaire d’auto-évaluation',
		de: 'Integrating-Cities-Charta: Fragebogen zur Selbstbewertung'
	},
	sections: [
		cityContext,
		...roles.map((role) => roleSection(role.key)),
		indicators,
		goodPractices,
		priorities
	]
} satisfies Definition);

/**
 * charter-2024.1 with what the reports describe and it lacked (see charter-sections-2026.ts). A new version
 * rather than a change to charter-2024.1: a cycle names its snapshot by version, so one name must always mean
 * one content. Every item of charter-2024.1 keeps its id and meaning, so answers compare across the two.
 */
export const charterQuestionnaire2026: Definition = definitionSchema.parse({
	version: 'charter-2026.1',
	title: charterQuestionnaire.title,
	sections: [
		cityContext,
		charterUseSection,
		migrationTrendsSection,
		...roles.map((role) => roleSection(role.key)),
		indicators,
		withPracticeTags(goodPractices),
		priorities
	]
} satisfies Definition);

/** The version new cycles use. */
export const currentQuestionnaire: Definition = charterQuestionnaire2026;
