import { locales } from '../locale';
import { commitmentsOfRole, roles, type RoleKey } from '../charter';
import { definitionSchema, type Definition, type Item, type LocalizedText, type Section } from './definition';
import { charterUseSection, migrationTrendsSection, withPracticeTags } from './charter-sections-2026';
import { ukraineModule, ukraineSections, withModule } from './modules/ukraine';
import { inEveryLanguage } from './localized';
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
		de: 'Die Stadt als Politikgestalterin',
		es: 'La ciudad como responsable de políticas',
		it: 'La città come decisore politico'
	},
	service_provider: {
		en: 'The city as service provider',
		fr: 'La ville en tant que prestataire de services',
		de: 'Die Stadt als Dienstleisterin',
		es: 'La ciudad como proveedora de servicios',
		it: 'La città come fornitore di servizi'
	},
	employer: {
		en: 'The city as employer',
		fr: 'La ville en tant qu’employeur',
		de: 'Die Stadt als Arbeitgeberin',
		es: 'La ciudad como empleadora',
		it: 'La città come datore di lavoro'
	},
	buyer: {
		en: 'The city as buyer of goods and services',
		fr: 'La ville en tant qu’acheteur de biens et de services',
		de: 'Die Stadt als Auftraggeberin für Waren und Dienstleistungen',
		es: 'La ciudad como compradora de bienes y servicios',
		it: 'La città come acquirente di beni e servizi'
	}
};

const roleIntro: LocalizedText = {
	en: 'For each commitment, say how far your city met it during the reporting period: fully, partly or not at all. Give the evidence for your rating: policies, services, decisions, figures or documents.',
	fr: 'Pour chaque engagement, indiquez dans quelle mesure votre ville l’a respecté pendant la période : entièrement, en partie ou pas du tout. Justifiez votre évaluation : politiques, services, décisions, chiffres ou documents.',
	de: 'Geben Sie für jede Verpflichtung an, wie weit Ihre Stadt sie im Berichtszeitraum erfüllt hat: vollständig, teilweise oder gar nicht. Belegen Sie Ihre Einschätzung mit Strategien, Angeboten, Beschlüssen, Zahlen oder Dokumenten.',
	es: 'Para cada compromiso, indique en qué medida lo cumplió su ciudad durante el periodo de referencia: totalmente, en parte o en absoluto. Aporte las pruebas de su valoración: políticas, servicios, decisiones, cifras o documentos.',
	it: 'Per ogni impegno, indica in che misura la tua città lo ha rispettato nel periodo di riferimento: pienamente, in parte o per niente. Fornisci le evidenze a sostegno della tua valutazione: politiche, servizi, decisioni, dati o documenti.'
};

const ratingHint: LocalizedText = {
	en: 'If you select fully or partly, give the evidence. If you select not at all, you can say why.',
	fr: 'Si vous choisissez entièrement ou en partie, donnez les éléments qui le justifient. Si vous choisissez pas du tout, vous pouvez dire pourquoi.',
	de: 'Wenn Sie vollständig oder teilweise wählen, geben Sie die Belege an. Bei gar nicht können Sie den Grund nennen.',
	es: 'Si selecciona totalmente o en parte, aporte las pruebas. Si selecciona en absoluto, puede explicar por qué.',
	it: 'Se scegli pienamente o in parte, fornisci le evidenze. Se scegli per niente, puoi spiegare perché.'
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
					de: 'Beispiele aus dem Berichtszeitraum',
					es: 'Ejemplos de este periodo',
					it: 'Esempi di questo periodo'
				},
				hint: {
					en: 'Projects, services or decisions that show how your city works on this commitment. Say what they achieved.',
					fr: 'Projets, services ou décisions qui montrent comment votre ville travaille sur cet engagement. Dites ce qu’ils ont permis d’obtenir.',
					de: 'Projekte, Angebote oder Beschlüsse, die zeigen, wie Ihre Stadt an dieser Verpflichtung arbeitet. Nennen Sie, was sie erreicht haben.',
					es: 'Proyectos, servicios o decisiones que muestren cómo trabaja su ciudad en este compromiso. Indique qué lograron.',
					it: 'Progetti, servizi o decisioni che mostrano come la tua città lavora su questo impegno. Indica che cosa hanno ottenuto.'
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
					de: 'Herausforderungen bei der Umsetzung dieser Verpflichtung',
					es: 'Dificultades para cumplir este compromiso',
					it: 'Difficoltà nel rispettare questo impegno'
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
		de: 'Kontext der Stadt und Integrationsstrategie',
		es: 'Contexto de la ciudad y estrategia de integración',
		it: 'Contesto della città e strategia di integrazione'
	},
	items: [
		{
			id: 'strategy',
			type: 'choice',
			label: {
				en: 'Does your city have an integration strategy?',
				fr: 'Votre ville a-t-elle une stratégie d’intégration ?',
				de: 'Hat Ihre Stadt eine Integrationsstrategie?',
				es: '¿Tiene su ciudad una estrategia de integración?',
				it: 'La tua città ha una strategia di integrazione?'
			},
			hint: {
				en: 'A strategy, plan or programme adopted by the city for the integration of migrants, or for equal opportunities and diversity.',
				fr: 'Une stratégie, un plan ou un programme adopté par la ville pour l’intégration des personnes migrantes, ou pour l’égalité des chances et la diversité.',
				de: 'Eine von der Stadt beschlossene Strategie, ein Plan oder Programm zur Integration von Migrantinnen und Migranten oder für Chancengleichheit und Vielfalt.',
				es: 'Una estrategia, un plan o un programa adoptado por la ciudad para la integración de las personas migrantes, o para la igualdad de oportunidades y la diversidad.',
				it: 'Una strategia, un piano o un programma adottato dalla città per l’integrazione delle persone migranti, oppure per le pari opportunità e la diversità.'
			},
			required: true,
			options: [
				{ value: 'yes', label: { en: 'Yes', fr: 'Oui', de: 'Ja', es: 'Sí', it: 'Sì' } },
				{ value: 'no', label: { en: 'No', fr: 'Non', de: 'Nein', es: 'No', it: 'No' } },
				{
					value: 'in_preparation',
					label: {
						en: 'Being prepared',
						fr: 'En préparation',
						de: 'In Vorbereitung',
						es: 'En preparación',
						it: 'In preparazione'
					}
				}
			]
		},
		{
			id: 'strategy-name',
			type: 'text',
			multiline: false,
			maxLength: 300,
			label: {
				en: 'Name of the strategy',
				fr: 'Nom de la stratégie',
				de: 'Name der Strategie',
				es: 'Nombre de la estrategia',
				it: 'Nome della strategia'
			},
			required: false,
			requiredWhen: { item: 'strategy', in: ['yes'] }
		},
		{
			id: 'strategy-years',
			type: 'text',
			multiline: false,
			maxLength: 50,
			label: {
				en: 'Years it covers',
				fr: 'Années couvertes',
				de: 'Laufzeit',
				es: 'Años que abarca',
				it: 'Anni di validità'
			},
			hint: {
				en: 'For example, 2021 to 2025',
				fr: 'Par exemple, de 2021 à 2025',
				de: 'Zum Beispiel 2021 bis 2025',
				es: 'Por ejemplo, de 2021 a 2025',
				it: 'Per esempio, dal 2021 al 2025'
			},
			required: false,
			requiredWhen: { item: 'strategy', in: ['yes'] }
		},
		{
			id: 'migrant-definition',
			type: 'choice',
			label: {
				en: 'How does your city define “migrant” in its policies and statistics?',
				fr: 'Comment votre ville définit-elle « migrant » dans ses politiques et ses statistiques ?',
				de: 'Wie definiert Ihre Stadt „Migrantin“ und „Migrant“ in ihrer Politik und Statistik?',
				es: '¿Cómo define su ciudad a las «personas migrantes» en sus políticas y estadísticas?',
				it: 'Come definisce la tua città «migrante» nelle sue politiche e nelle sue statistiche?'
			},
			hint: {
				en: 'Your figures in the indicators section are read with this definition. Cities define it differently, which is why figures are not always comparable.',
				fr: 'Vos chiffres de la section des indicateurs sont lus avec cette définition. Les villes la définissent différemment ; c’est pourquoi les chiffres ne sont pas toujours comparables.',
				de: 'Ihre Zahlen im Abschnitt Indikatoren werden mit dieser Definition gelesen. Städte definieren den Begriff unterschiedlich; deshalb sind die Zahlen nicht immer vergleichbar.',
				es: 'Sus cifras de la sección de indicadores se leen con esta definición. Cada ciudad la define de forma distinta; por eso las cifras no siempre son comparables.',
				it: 'I tuoi dati nella sezione degli indicatori vengono letti con questa definizione. Le città la definiscono in modi diversi, ed è per questo che i dati non sono sempre confrontabili.'
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
				de: 'Beschreiben Sie die Definition Ihrer Stadt',
				es: 'Describa la definición de su ciudad',
				it: 'Descrivi la definizione della tua città'
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
				de: 'Nationale Entwicklungen, die sich im Berichtszeitraum auf die Integration in Ihrer Stadt ausgewirkt haben',
				es: 'Novedades nacionales que afectaron a la integración en su ciudad durante este periodo',
				it: 'Sviluppi nazionali che hanno inciso sull’integrazione nella tua città in questo periodo'
			},
			hint: {
				en: 'For example, new laws on asylum, citizenship, language courses or access to work.',
				fr: 'Par exemple, de nouvelles lois sur l’asile, la nationalité, les cours de langue ou l’accès au travail.',
				de: 'Zum Beispiel neue Gesetze zu Asyl, Staatsangehörigkeit, Sprachkursen oder Zugang zum Arbeitsmarkt.',
				es: 'Por ejemplo, nuevas leyes sobre asilo, nacionalidad, cursos de idiomas o acceso al empleo.',
				it: 'Per esempio, nuove leggi su asilo, cittadinanza, corsi di lingua o accesso al lavoro.'
			},
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
				de: 'Wichtigste lokale Debatten über Migration und Integration',
				es: 'Principales debates locales sobre migración e integración',
				it: 'Principali dibattiti locali su migrazione e integrazione'
			},
			required: false
		}
	]
};

const groupNote: LocalizedText = {
	en: 'Count migrants as your city defines them, and say which definition the figure uses. If only a national figure exists, give it and tick the box.',
	fr: 'Comptez les personnes migrantes selon la définition de votre ville et indiquez la définition utilisée par le chiffre. S’il n’existe qu’un chiffre national, donnez-le et cochez la case.',
	de: 'Zählen Sie Migrantinnen und Migranten so, wie Ihre Stadt sie definiert, und geben Sie an, welche Definition die Zahl verwendet. Gibt es nur eine nationale Zahl, geben Sie diese an und kreuzen Sie das Kästchen an.',
	es: 'Cuente a las personas migrantes según la definición de su ciudad e indique qué definición utiliza la cifra. Si solo existe una cifra nacional, indíquela y marque la casilla.',
	it: 'Conta le persone migranti secondo la definizione della tua città e indica quale definizione usa il dato. Se esiste solo un dato nazionale, fornisci quello e spunta la casella.'
};

/** The indicator's own hint followed by the note every indicator shares, in each language. */
function withGroupNote(hint: LocalizedText): LocalizedText {
	const text: LocalizedText = { en: `${hint.en} ${groupNote.en}` };
	for (const locale of locales) {
		if (locale === 'en') continue;
		const own = hint[locale];
		const note = groupNote[locale];
		if (own && note) text[locale] = `${own} ${note}`;
	}
	return text;
}

function indicator(id: string, label: LocalizedText, hint: LocalizedText): Item {
	return {
		id,
		type: 'indicator',
		unit: inEveryLanguage('%'),
		label,
		hint: withGroupNote(hint),
		required: false
	};
}

/** One indicator for migrants and one for everyone else, so the gap between them can be shown. */
function indicatorPair(
	id: string,
	label: { migrants: LocalizedText; others: LocalizedText },
	hint: LocalizedText
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
		de: 'Integrating-Cities-Indikatoren',
		es: 'Indicadores Integrating Cities',
		it: 'Indicatori Integrating Cities'
	},
	intro: {
		en: 'Outcome figures for your city. Give the figures you have; leave the others blank. With every figure, give the year it refers to, where it comes from and which definition of migrant it uses. Tick “different data set” when the figure measures something close to what is asked but not the same, for example foreign nationals instead of people born abroad.',
		fr: 'Les chiffres de résultat de votre ville. Donnez les chiffres dont vous disposez ; laissez les autres vides. Pour chaque chiffre, indiquez l’année à laquelle il se rapporte, sa provenance et la définition de « migrant » qu’il utilise. Cochez « autre jeu de données » lorsque le chiffre mesure quelque chose de proche de ce qui est demandé, mais pas la même chose, par exemple les ressortissants étrangers au lieu des personnes nées à l’étranger.',
		de: 'Ergebniszahlen Ihrer Stadt. Geben Sie die Zahlen an, die Sie haben; lassen Sie die anderen leer. Nennen Sie zu jeder Zahl das Bezugsjahr, die Quelle und die verwendete Definition von „Migrant“. Kreuzen Sie „anderer Datensatz“ an, wenn die Zahl etwas Ähnliches wie das Gefragte misst, aber nicht dasselbe, zum Beispiel ausländische Staatsangehörige statt im Ausland Geborener.',
		es: 'Cifras de resultados de su ciudad. Indique las cifras de que disponga y deje las demás en blanco. Para cada cifra, indique el año al que se refiere, su procedencia y la definición de persona migrante que utiliza. Marque «otro conjunto de datos» cuando la cifra mida algo parecido a lo que se pide, pero no lo mismo, por ejemplo personas extranjeras en lugar de personas nacidas en el extranjero.',
		it: 'Dati di risultato della tua città. Fornisci i dati che hai; lascia vuoti gli altri. Per ogni dato, indica l’anno a cui si riferisce, da dove proviene e quale definizione di migrante usa. Spunta “un’altra serie di dati” quando il dato misura qualcosa di simile a quanto richiesto ma non di identico, per esempio i cittadini stranieri invece delle persone nate all’estero.'
	},
	items: [
		indicator(
			'foreign-born-share',
			{
				en: 'Residents born abroad, as a share of the population',
				fr: 'Part des habitants nés à l’étranger',
				de: 'Anteil der im Ausland geborenen Einwohnerinnen und Einwohner',
				es: 'Residentes nacidos en el extranjero, como porcentaje de la población',
				it: 'Residenti nati all’estero, in percentuale della popolazione'
			},
			{
				en: 'Residents of the city who were born in another country, as a percentage of all residents.',
				fr: 'Habitants de la ville nés dans un autre pays, en pourcentage de l’ensemble des habitants.',
				de: 'Einwohnerinnen und Einwohner der Stadt, die in einem anderen Land geboren wurden, in Prozent aller Einwohnerinnen und Einwohner.',
				es: 'Residentes de la ciudad nacidos en otro país, como porcentaje del total de residentes.',
				it: 'Residenti della città nati in un altro paese, in percentuale di tutti i residenti.'
			}
		),
		...indicatorPair(
			'employment-rate',
			{
				migrants: {
					en: 'Employment rate of migrants',
					fr: 'Taux d’emploi des personnes migrantes',
					de: 'Erwerbstätigenquote von Migrantinnen und Migranten',
					es: 'Tasa de empleo de las personas migrantes',
					it: 'Tasso di occupazione delle persone migranti'
				},
				others: {
					en: 'Employment rate of non-migrants',
					fr: 'Taux d’emploi des personnes non migrantes',
					de: 'Erwerbstätigenquote von Nicht-Migrantinnen und -Migranten',
					es: 'Tasa de empleo de las personas no migrantes',
					it: 'Tasso di occupazione delle persone non migranti'
				}
			},
			{
				en: 'People aged 20 to 64 in paid work, as a percentage of everyone aged 20 to 64 in the group.',
				fr: 'Personnes de 20 à 64 ans ayant un emploi rémunéré, en pourcentage de l’ensemble des personnes de 20 à 64 ans du groupe.',
				de: 'Personen zwischen 20 und 64 Jahren in bezahlter Arbeit, in Prozent aller Personen zwischen 20 und 64 Jahren der Gruppe.',
				es: 'Personas de 20 a 64 años con un trabajo remunerado, como porcentaje del total de personas de 20 a 64 años del grupo.',
				it: 'Persone tra i 20 e i 64 anni con un lavoro retribuito, in percentuale di tutte le persone tra i 20 e i 64 anni del gruppo.'
			}
		),
		...indicatorPair(
			'activity-rate',
			{
				migrants: {
					en: 'Activity rate of migrants',
					fr: 'Taux d’activité des personnes migrantes',
					de: 'Erwerbsquote von Migrantinnen und Migranten',
					es: 'Tasa de actividad de las personas migrantes',
					it: 'Tasso di attività delle persone migranti'
				},
				others: {
					en: 'Activity rate of non-migrants',
					fr: 'Taux d’activité des personnes non migrantes',
					de: 'Erwerbsquote von Nicht-Migrantinnen und -Migranten',
					es: 'Tasa de actividad de las personas no migrantes',
					it: 'Tasso di attività delle persone non migranti'
				}
			},
			{
				en: 'People aged 15 to 64 who are in work or looking for work, as a percentage of everyone aged 15 to 64 in the group.',
				fr: 'Personnes de 15 à 64 ans qui travaillent ou cherchent un emploi, en pourcentage de l’ensemble des personnes de 15 à 64 ans du groupe.',
				de: 'Personen zwischen 15 und 64 Jahren, die arbeiten oder Arbeit suchen, in Prozent aller Personen zwischen 15 und 64 Jahren der Gruppe.',
				es: 'Personas de 15 a 64 años que trabajan o buscan trabajo, como porcentaje del total de personas de 15 a 64 años del grupo.',
				it: 'Persone tra i 15 e i 64 anni che lavorano o cercano lavoro, in percentuale di tutte le persone tra i 15 e i 64 anni del gruppo.'
			}
		),
		...indicatorPair(
			'early-school-leaving',
			{
				migrants: {
					en: 'Early school leaving among migrants',
					fr: 'Sortie précoce du système scolaire des jeunes migrants',
					de: 'Frühe Schulabgänge bei Migrantinnen und Migranten',
					es: 'Abandono escolar temprano entre las personas migrantes',
					it: 'Abbandono scolastico precoce tra le persone migranti'
				},
				others: {
					en: 'Early school leaving among non-migrants',
					fr: 'Sortie précoce du système scolaire des jeunes non migrants',
					de: 'Frühe Schulabgänge bei Nicht-Migrantinnen und -Migranten',
					es: 'Abandono escolar temprano entre las personas no migrantes',
					it: 'Abbandono scolastico precoce tra le persone non migranti'
				}
			},
			{
				en: 'Young people aged 18 to 24 who left school with lower secondary education at most and are not in education or training, as a percentage of everyone aged 18 to 24 in the group.',
				fr: 'Jeunes de 18 à 24 ans qui ont quitté l’école avec au plus un diplôme du premier cycle du secondaire et ne suivent ni études ni formation, en pourcentage de l’ensemble des 18 à 24 ans du groupe.',
				de: 'Junge Menschen zwischen 18 und 24 Jahren, die die Schule höchstens mit einem Abschluss der Sekundarstufe I verlassen haben und sich nicht in Bildung oder Ausbildung befinden, in Prozent aller 18- bis 24-Jährigen der Gruppe.',
				es: 'Jóvenes de 18 a 24 años que dejaron los estudios con, como mucho, la primera etapa de educación secundaria y no siguen ningún tipo de educación o formación, como porcentaje del total de jóvenes de 18 a 24 años del grupo.',
				it: 'Giovani tra i 18 e i 24 anni che hanno lasciato la scuola con al massimo la licenza media e non sono in istruzione o formazione, in percentuale di tutte le persone tra i 18 e i 24 anni del gruppo.'
			}
		),
		...indicatorPair(
			'poverty-risk',
			{
				migrants: {
					en: 'Migrants at risk of poverty',
					fr: 'Personnes migrantes exposées au risque de pauvreté',
					de: 'Armutsgefährdung von Migrantinnen und Migranten',
					es: 'Personas migrantes en riesgo de pobreza',
					it: 'Persone migranti a rischio di povertà'
				},
				others: {
					en: 'Non-migrants at risk of poverty',
					fr: 'Personnes non migrantes exposées au risque de pauvreté',
					de: 'Armutsgefährdung von Nicht-Migrantinnen und -Migranten',
					es: 'Personas no migrantes en riesgo de pobreza',
					it: 'Persone non migranti a rischio di povertà'
				}
			},
			{
				en: 'People living in a household whose income, after social benefits, is below 60% of the national median, as a percentage of everyone in the group.',
				fr: 'Personnes vivant dans un ménage dont le revenu, après prestations sociales, est inférieur à 60 % du revenu médian national, en pourcentage de l’ensemble du groupe.',
				de: 'Personen in einem Haushalt, dessen Einkommen nach Sozialleistungen unter 60 % des nationalen Medians liegt, in Prozent aller Personen der Gruppe.',
				es: 'Personas que viven en un hogar cuyos ingresos, después de prestaciones sociales, son inferiores al 60 % de la mediana nacional, como porcentaje del total del grupo.',
				it: 'Persone che vivono in una famiglia il cui reddito, dopo i trasferimenti sociali, è inferiore al 60% della mediana nazionale, in percentuale di tutte le persone del gruppo.'
			}
		)
	]
};

const goodPractices: Section = {
	id: 'good-practices',
	title: {
		en: 'Good practices',
		fr: 'Bonnes pratiques',
		de: 'Gute Praxisbeispiele',
		es: 'Buenas prácticas',
		it: 'Buone pratiche'
	},
	intro: {
		en: 'Practices from this period that other cities could learn from. They go into the report and the public good-practice library.',
		fr: 'Des pratiques de la période dont d’autres villes pourraient s’inspirer. Elles figurent dans le rapport et dans la bibliothèque publique des bonnes pratiques.',
		de: 'Praxisbeispiele aus dem Berichtszeitraum, von denen andere Städte lernen können. Sie fließen in den Bericht und in die öffentliche Sammlung guter Praxis ein.',
		es: 'Prácticas de este periodo de las que otras ciudades podrían aprender. Se incluyen en el informe y en la biblioteca pública de buenas prácticas.',
		it: 'Pratiche di questo periodo da cui altre città potrebbero imparare. Confluiscono nel rapporto e nella raccolta pubblica di buone pratiche.'
	},
	items: [
		{
			id: 'good-practices',
			type: 'list',
			label: {
				en: 'Good practices',
				fr: 'Bonnes pratiques',
				de: 'Gute Praxisbeispiele',
				es: 'Buenas prácticas',
				it: 'Buone pratiche'
			},
			hint: {
				en: 'Up to 10. Summarise each in a few sentences: what it does, for whom, and what it achieved.',
				fr: 'Jusqu’à 10. Résumez chacune en quelques phrases : ce qu’elle fait, pour qui, et ce qu’elle a permis d’obtenir.',
				de: 'Bis zu 10. Fassen Sie jedes in wenigen Sätzen zusammen: was es bewirkt, für wen und was es erreicht hat.',
				es: 'Hasta 10. Resuma cada una en unas frases: qué hace, para quién y qué ha logrado.',
				it: 'Fino a 10. Riassumi ciascuna in poche frasi: che cosa fa, per chi e che cosa ha ottenuto.'
			},
			required: false,
			maxRows: 10,
			fields: [
				{
					key: 'title',
					kind: 'text',
					required: true,
					label: { en: 'Title', fr: 'Titre', de: 'Titel', es: 'Título', it: 'Titolo' }
				},
				{
					key: 'summary',
					kind: 'textarea',
					required: true,
					label: { en: 'Summary', fr: 'Résumé', de: 'Zusammenfassung', es: 'Resumen', it: 'Riassunto' }
				},
				{
					key: 'startYear',
					kind: 'year',
					required: false,
					label: {
						en: 'Start year',
						fr: 'Année de début',
						de: 'Startjahr',
						es: 'Año de inicio',
						it: 'Anno di inizio'
					}
				},
				{
					key: 'endYear',
					kind: 'year',
					required: false,
					label: {
						en: 'End year',
						fr: 'Année de fin',
						de: 'Endjahr',
						es: 'Año de finalización',
						it: 'Anno di fine'
					}
				},
				{
					key: 'link',
					kind: 'url',
					required: false,
					label: { en: 'Web page', fr: 'Page web', de: 'Webseite', es: 'Página web', it: 'Pagina web' }
				}
			]
		},
		{
			id: 'further-links',
			type: 'links',
			label: {
				en: 'Links to reports and web pages',
				fr: 'Liens vers des rapports et des pages web',
				de: 'Links zu Berichten und Webseiten',
				es: 'Enlaces a informes y páginas web',
				it: 'Link a rapporti e pagine web'
			},
			required: false
		},
		{
			id: 'documents',
			type: 'attachments',
			label: { en: 'Documents', fr: 'Documents', de: 'Dokumente', es: 'Documentos', it: 'Documenti' },
			hint: {
				en: 'Strategies, evaluations or reports: up to 10 files of 5 MB each.',
				fr: 'Stratégies, évaluations ou rapports : jusqu’à 10 fichiers de 5 Mo chacun.',
				de: 'Strategien, Evaluationen oder Berichte: bis zu 10 Dateien mit je 5 MB.',
				es: 'Estrategias, evaluaciones o informes: hasta 10 archivos de 5 MB cada uno.',
				it: 'Strategie, valutazioni o rapporti: fino a 10 file di 5 MB ciascuno.'
			},
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
	title: {
		en: 'Priorities and support',
		fr: 'Priorités et soutien',
		de: 'Prioritäten und Unterstützung',
		es: 'Prioridades y apoyo',
		it: 'Priorità e sostegno'
	},
	items: [
		{
			id: 'next-priorities',
			type: 'text',
			multiline: true,
			maxLength: 3000,
			label: {
				en: 'Your city’s priorities for the next period',
				fr: 'Les priorités de votre ville pour la prochaine période',
				de: 'Die Prioritäten Ihrer Stadt für den nächsten Zeitraum',
				es: 'Las prioridades de su ciudad para el próximo periodo',
				it: 'Le priorità della tua città per il prossimo periodo'
			},
			required: false
		},
		{
			id: 'network-support',
			type: 'multi_choice',
			label: {
				en: 'What support would you like from the network?',
				fr: 'Quel soutien attendez-vous du réseau ?',
				de: 'Welche Unterstützung wünschen Sie sich vom Netzwerk?',
				es: '¿Qué apoyo le gustaría recibir de la red?',
				it: 'Quale sostegno vorresti dalla rete?'
			},
			hint: {
				en: 'Select all that apply.',
				fr: 'Sélectionnez toutes les réponses qui conviennent.',
				de: 'Wählen Sie alles Zutreffende aus.',
				es: 'Seleccione todas las opciones que correspondan.',
				it: 'Seleziona tutte le voci pertinenti.'
			},
			required: false,
			options: [
				{
					value: 'peer_review',
					label: {
						en: 'Peer review',
						fr: 'Évaluation par les pairs',
						de: 'Peer-Review',
						es: 'Evaluación entre pares',
						it: 'Valutazione tra pari'
					}
				},
				{
					value: 'mentoring',
					label: {
						en: 'City-to-city mentoring',
						fr: 'Mentorat entre villes',
						de: 'Mentoring zwischen Städten',
						es: 'Mentoría entre ciudades',
						it: 'Mentoring tra città'
					}
				},
				{
					value: 'training',
					label: { en: 'Training', fr: 'Formation', de: 'Schulung', es: 'Formación', it: 'Formazione' }
				},
				{
					value: 'study_visit',
					label: {
						en: 'Study visit',
						fr: 'Visite d’étude',
						de: 'Studienbesuch',
						es: 'Visita de estudio',
						it: 'Visita di studio'
					}
				},
				{
					value: 'eu_funding_advice',
					label: {
						en: 'Advice on EU funding',
						fr: 'Conseils sur les financements européens',
						de: 'Beratung zu EU-Fördermitteln',
						es: 'Asesoramiento sobre financiación de la UE',
						it: 'Consulenza sui finanziamenti dell’UE'
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
		de: 'Integrating-Cities-Charta: Fragebogen zur Selbstbewertung',
		es: 'Carta de Ciudades Integradoras: cuestionario de autoevaluación',
		it: 'Carta Integrating Cities: questionario di autovalutazione'
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

/**
 * charter-2026.1 with the demo's topical module on receiving people who fled the war in Ukraine
 * (modules/ukraine.ts). Offered beside charter-2026.1, which stays the default: a module is chosen for a cycle.
 */
export const charterQuestionnaire2026WithUkraine: Definition = definitionSchema.parse(
	withModule(charterQuestionnaire2026, ukraineModule, ukraineSections, {
		version: 'charter-2026.2',
		title: {
			en: 'Integrating Cities Charter: self-assessment questionnaire, with the Ukraine module',
			fr: 'Charte Integrating Cities : questionnaire d’auto-évaluation, avec le module Ukraine',
			de: 'Integrating-Cities-Charta: Fragebogen zur Selbstbewertung, mit dem Modul Ukraine',
			es: 'Carta de Ciudades Integradoras: cuestionario de autoevaluación, con el módulo sobre Ucrania',
			it: 'Carta Integrating Cities: questionario di autovalutazione, con il modulo Ucraina'
		}
	}) satisfies Definition
);
