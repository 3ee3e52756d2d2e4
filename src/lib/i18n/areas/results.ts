/** Interface text of a city's published ratings on its profile; en.ts, fr.ts and de.ts spread it. */
export const resultsEn = {
	'results.title': 'Self-assessment in each published cycle',
	'results.intro':
		'How the city rated itself against each commitment of the Charter: fully, partly or not at all.',
	'results.illustrative':
		'Illustrative ratings: they were made up for the demonstration, because the city’s own ratings were never published. Do not quote them as results.',
	'results.onlyAggregates':
		'Only the results across all cities of this cycle are public, not each city’s own answers.',
	'results.caption': '{role}: how {city} rated each commitment in {cycle}',
	'results.colCommitment': 'Commitment',
	'results.colRating': 'Rating',
	'results.commitmentNumber': 'Commitment {number}: {text}',
	'results.rating.fully': 'Fully',
	'results.rating.partly': 'Partly',
	'results.rating.not_at_all': 'Not at all',
	'results.rating.none': 'No rating given'
} as const;

export const resultsFr: Record<keyof typeof resultsEn, string> = {
	'results.title': 'Auto-évaluation de chaque cycle publié',
	'results.intro':
		'Comment la ville s’est évaluée au regard de chaque engagement de la Charte : pleinement, en partie ou pas du tout.',
	'results.illustrative':
		'Évaluations fictives : elles ont été inventées pour la démonstration, car les évaluations de la ville n’ont jamais été publiées. Ne les citez pas comme des résultats.',
	'results.onlyAggregates':
		'Pour ce cycle, seuls les résultats d’ensemble de toutes les villes sont publics, pas les réponses de chaque ville.',
	'results.caption': '{role} : évaluation de chaque engagement par {city} pour {cycle}',
	'results.colCommitment': 'Engagement',
	'results.colRating': 'Évaluation',
	'results.commitmentNumber': 'Engagement {number} : {text}',
	'results.rating.fully': 'Pleinement',
	'results.rating.partly': 'En partie',
	'results.rating.not_at_all': 'Pas du tout',
	'results.rating.none': 'Pas d’évaluation'
};

export const resultsDe: Record<keyof typeof resultsEn, string> = {
	'results.title': 'Selbstbewertung in jedem veröffentlichten Zyklus',
	'results.intro':
		'Wie die Stadt sich bei jeder Verpflichtung der Charta selbst bewertet hat: vollständig, teilweise oder gar nicht.',
	'results.illustrative':
		'Beispielhafte Bewertungen: Sie wurden für die Demonstration erfunden, weil die eigenen Bewertungen der Stadt nie veröffentlicht wurden. Bitte nicht als Ergebnisse zitieren.',
	'results.onlyAggregates':
		'Für diesen Zyklus sind nur die Ergebnisse über alle Städte öffentlich, nicht die Antworten der einzelnen Städte.',
	'results.caption': '{role}: Bewertung jeder Verpflichtung durch {city} in {cycle}',
	'results.colCommitment': 'Verpflichtung',
	'results.colRating': 'Bewertung',
	'results.commitmentNumber': 'Verpflichtung {number}: {text}',
	'results.rating.fully': 'Vollständig',
	'results.rating.partly': 'Teilweise',
	'results.rating.not_at_all': 'Gar nicht',
	'results.rating.none': 'Keine Bewertung'
};

export const resultsEs: Record<keyof typeof resultsEn, string> = {
	'results.title': 'Autoevaluación en cada ciclo publicado',
	'results.intro':
		'Cómo se valoró la ciudad respecto a cada compromiso de la Carta: totalmente, en parte o en absoluto.',
	'results.illustrative':
		'Valoraciones ilustrativas: se inventaron para la demostración, porque las valoraciones propias de la ciudad nunca se publicaron. No las cite como resultados.',
	'results.onlyAggregates':
		'Solo son públicos los resultados del conjunto de ciudades de este ciclo, no las respuestas de cada ciudad.',
	'results.caption': '{role}: cómo valoró {city} cada compromiso en {cycle}',
	'results.colCommitment': 'Compromiso',
	'results.colRating': 'Valoración',
	'results.commitmentNumber': 'Compromiso {number}: {text}',
	'results.rating.fully': 'Totalmente',
	'results.rating.partly': 'En parte',
	'results.rating.not_at_all': 'En absoluto',
	'results.rating.none': 'Sin valoración'
};

export const resultsIt: Record<keyof typeof resultsEn, string> = {
	'results.title': 'Autovalutazione in ogni ciclo pubblicato',
	'results.intro':
		'Come la città ha valutato sé stessa rispetto a ogni impegno della Carta: pienamente, in parte o per niente.',
	'results.illustrative':
		'Valutazioni illustrative: sono state inventate per la dimostrazione, perché le valutazioni della città non sono mai state pubblicate. Non citarle come risultati.',
	'results.onlyAggregates':
		'Sono pubblici solo i risultati complessivi di tutte le città di questo ciclo, non le risposte di ogni singola città.',
	'results.caption': '{role}: come {city} ha valutato ogni impegno in {cycle}',
	'results.colCommitment': 'Impegno',
	'results.colRating': 'Valutazione',
	'results.commitmentNumber': 'Impegno {number}: {text}',
	'results.rating.fully': 'Pienamente',
	'results.rating.partly': 'In parte',
	'results.rating.not_at_all': 'Per niente',
	'results.rating.none': 'Nessuna valutazione'
};
