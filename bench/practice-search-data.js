// Generated practices for bench/practice-search.js: reproducible (a seeded random generator), in English,
// French and German, with the tag vocabularies' real keys, so the search's plans and counts resemble the
// library's at a hundred thousand practices.

/** mulberry32: a small seeded generator, so every run searches the same data. */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const words = {
	en: {
		topics: [
			'language courses',
			'housing support',
			'job coaching',
			'welcome centre',
			'anti-discrimination office',
			'health mediators',
			'school mentoring',
			'migrant council',
			'diversity training',
			'procurement clause',
			'youth counselling',
			'digital guide',
			'neighbourhood dialogue',
			'legal advice',
			'women’s network'
		],
		verbs: ['offers', 'supports', 'connects', 'trains', 'helps', 'opens', 'funds', 'coordinates'],
		groups: ['newcomers', 'refugees', 'young people', 'families', 'city staff', 'employers', 'residents'],
		fillers: [
			'the city',
			'together with local partners',
			'in every district',
			'since the programme began',
			'free of charge',
			'in several languages',
			'with volunteers',
			'through a single address',
			'for the first months',
			'and evaluates the results each year'
		]
	},
	fr: {
		topics: [
			'cours de langue',
			'aide au logement',
			'accompagnement vers l’emploi',
			'centre d’accueil',
			'bureau contre les discriminations',
			'médiateurs de santé',
			'tutorat scolaire',
			'conseil des migrants',
			'formation à la diversité',
			'clause dans les marchés publics',
			'conseil aux jeunes',
			'guide numérique'
		],
		verbs: ['propose', 'soutient', 'relie', 'forme', 'aide', 'ouvre', 'finance', 'coordonne'],
		groups: [
			'les nouveaux arrivants',
			'les réfugiés',
			'les jeunes',
			'les familles',
			'les agents',
			'les habitants'
		],
		fillers: [
			'la ville',
			'avec les associations locales',
			'dans chaque quartier',
			'gratuitement',
			'en plusieurs langues',
			'avec des bénévoles',
			'à une seule adresse',
			'pendant les premiers mois'
		]
	},
	de: {
		topics: [
			'Sprachkurse',
			'Wohnungshilfe',
			'Berufscoaching',
			'Willkommenszentrum',
			'Antidiskriminierungsstelle',
			'Gesundheitslotsen',
			'Schulpatenschaften',
			'Integrationsbeirat',
			'Diversitätsschulungen',
			'Vergabeklausel',
			'Jugendberatung',
			'digitaler Wegweiser'
		],
		verbs: ['bietet', 'unterstützt', 'verbindet', 'schult', 'hilft', 'eröffnet', 'fördert', 'koordiniert'],
		groups: ['Neuzugewanderte', 'Geflüchtete', 'Jugendliche', 'Familien', 'Beschäftigte', 'Einwohner'],
		fillers: [
			'die Stadt',
			'mit lokalen Partnern',
			'in jedem Stadtteil',
			'kostenlos',
			'in mehreren Sprachen',
			'mit Ehrenamtlichen',
			'unter einer Adresse',
			'in den ersten Monaten'
		]
	}
};

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const some = (rnd, list, chance) => list.filter(() => rnd() < chance);

function sentence(rnd, w) {
	return `${pick(rnd, w.fillers)} ${pick(rnd, w.verbs)} ${pick(rnd, w.topics)} ${pick(rnd, w.groups)} ${pick(rnd, w.fillers)}`;
}

/** One practice row for the `practices` table. */
export function practiceRow(rnd, index, cityIds, vocabulary) {
	const language = rnd() < 0.6 ? 'en' : rnd() < 0.5 ? 'fr' : 'de';
	const w = words[language];
	const topic = pick(rnd, w.topics);
	const sentences = 2 + Math.floor(rnd() * 4);
	const summary = Array.from({ length: sentences }, () => sentence(rnd, w)).join('. ') + '.';
	const start = 2005 + Math.floor(rnd() * 20);
	const commitments = [...new Set([1 + Math.floor(rnd() * 11), ...some(rnd, [4, 5], 0.4)])].sort(
		(a, b) => a - b
	);
	return {
		slug: `bench-${index}`,
		cityId: pick(rnd, cityIds),
		title: `${topic[0].toUpperCase()}${topic.slice(1)} ${pick(rnd, w.groups)}`,
		summary: summary[0].toUpperCase() + summary.slice(1),
		language,
		startYear: start,
		endYear: rnd() < 0.5 ? start + Math.floor(rnd() * 5) : null,
		ongoing: rnd() < 0.3,
		commitments,
		trends: some(rnd, vocabulary.trends, 0.15),
		themes: [pick(rnd, vocabulary.themes), ...some(rnd, vocabulary.themes, 0.05)].filter(
			(value, i, all) => all.indexOf(value) === i
		),
		targetGroups: some(rnd, vocabulary.targetGroups, 0.1),
		funding: some(rnd, vocabulary.funding, 0.08),
		links: [],
		status: rnd() < 0.95 ? 'published' : 'draft'
	};
}

export const countries = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IT', 'NL', 'NO', 'SE', 'CH', 'GB'];
