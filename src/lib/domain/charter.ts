import type { Locale } from './locale';

/**
 * The Charter's four roles and eleven commitments, numbered as the Integrating Cities Reports number them.
 * The English wording is the Charter's own (cities assess themselves against it); French, German, Spanish and
 * Italian are our translations for the interface.
 */
export type RoleKey = 'policy_maker' | 'service_provider' | 'employer' | 'buyer';

export interface Role {
	key: RoleKey;
	name: Record<Locale, string>;
}

export interface Commitment {
	number: number;
	role: RoleKey;
	text: Record<Locale, string>;
}

export const roles: readonly Role[] = [
	{
		key: 'policy_maker',
		name: {
			en: 'Policy maker',
			fr: 'Décideur politique',
			de: 'Politikgestalterin',
			es: 'Responsable de políticas',
			it: 'Decisore politico'
		}
	},
	{
		key: 'service_provider',
		name: {
			en: 'Service provider',
			fr: 'Prestataire de services',
			de: 'Dienstleisterin',
			es: 'Proveedora de servicios',
			it: 'Fornitore di servizi'
		}
	},
	{
		key: 'employer',
		name: { en: 'Employer', fr: 'Employeur', de: 'Arbeitgeberin', es: 'Empleadora', it: 'Datore di lavoro' }
	},
	{
		key: 'buyer',
		name: {
			en: 'Buyer of goods and services',
			fr: 'Acheteur de biens et de services',
			de: 'Auftraggeberin für Waren und Dienstleistungen',
			es: 'Compradora de bienes y servicios',
			it: 'Acquirente di beni e servizi'
		}
	}
];

export const commitments: readonly Commitment[] = [
	{
		number: 1,
		role: 'policy_maker',
		text: {
			en: 'Actively communicate our commitment to equal opportunities for everyone living in the city',
			fr: 'Communiquer activement notre engagement en faveur de l’égalité des chances pour toutes les personnes qui vivent dans la ville',
			de: 'Unser Engagement für Chancengleichheit aller Menschen, die in der Stadt leben, aktiv kommunizieren',
			es: 'Comunicar activamente nuestro compromiso con la igualdad de oportunidades de todas las personas que viven en la ciudad',
			it: 'Comunicare attivamente il nostro impegno per le pari opportunità di tutte le persone che vivono in città'
		}
	},
	{
		number: 2,
		role: 'policy_maker',
		text: {
			en: 'Ensure equal access and non-discrimination across all our policies',
			fr: 'Garantir l’égalité d’accès et la non-discrimination dans toutes nos politiques',
			de: 'Gleichen Zugang und Nichtdiskriminierung in allen unseren Politikbereichen sicherstellen',
			es: 'Garantizar la igualdad de acceso y la no discriminación en todas nuestras políticas',
			it: 'Garantire parità di accesso e non discriminazione in tutte le nostre politiche'
		}
	},
	{
		number: 3,
		role: 'policy_maker',
		text: {
			en: 'Facilitate engagement from migrant communities in our policy-making processes and remove barriers to participation',
			fr: 'Faciliter l’engagement des communautés migrantes dans nos processus de décision et lever les obstacles à la participation',
			de: 'Die Mitwirkung von Migrantengemeinschaften an unseren politischen Entscheidungsprozessen fördern und Hindernisse für die Teilhabe abbauen',
			es: 'Facilitar la implicación de las comunidades migrantes en nuestros procesos de elaboración de políticas y eliminar los obstáculos a la participación',
			it: 'Favorire la partecipazione delle comunità migranti ai nostri processi decisionali e rimuovere gli ostacoli alla partecipazione'
		}
	},
	{
		number: 4,
		role: 'service_provider',
		text: {
			en: 'Support equal access for migrants to services (particularly language learning, housing, employment, health, social care and education)',
			fr: 'Favoriser l’égal accès des personnes migrantes aux services (en particulier l’apprentissage de la langue, le logement, l’emploi, la santé, l’action sociale et l’éducation)',
			de: 'Gleichen Zugang von Migrantinnen und Migranten zu Dienstleistungen unterstützen (insbesondere Spracherwerb, Wohnen, Beschäftigung, Gesundheit, soziale Betreuung und Bildung)',
			es: 'Favorecer la igualdad de acceso de las personas migrantes a los servicios (en particular el aprendizaje de la lengua, la vivienda, el empleo, la salud, la atención social y la educación)',
			it: 'Sostenere la parità di accesso delle persone migranti ai servizi (in particolare apprendimento della lingua, alloggio, lavoro, salute, assistenza sociale e istruzione)'
		}
	},
	{
		number: 5,
		role: 'service_provider',
		text: {
			en: 'Ensure that migrants’ needs are understood and met by service providers',
			fr: 'Veiller à ce que les besoins des personnes migrantes soient compris et satisfaits par les prestataires de services',
			de: 'Sicherstellen, dass die Bedürfnisse von Migrantinnen und Migranten von den Dienstleistern verstanden und erfüllt werden',
			es: 'Garantizar que los proveedores de servicios comprendan y atiendan las necesidades de las personas migrantes',
			it: 'Garantire che i bisogni delle persone migranti siano compresi e soddisfatti dai fornitori di servizi'
		}
	},
	{
		number: 6,
		role: 'employer',
		text: {
			en: 'Take steps to reflect our city’s diversity in the composition of our workforce across all staffing levels',
			fr: 'Agir pour que la composition de notre personnel reflète, à tous les niveaux, la diversité de notre ville',
			de: 'Schritte unternehmen, damit unsere Belegschaft auf allen Ebenen die Vielfalt unserer Stadt widerspiegelt',
			es: 'Tomar medidas para que la composición de nuestra plantilla refleje, en todos los niveles, la diversidad de nuestra ciudad',
			it: 'Adottare misure perché la composizione del nostro personale rifletta, a tutti i livelli, la diversità della nostra città'
		}
	},
	{
		number: 7,
		role: 'employer',
		text: {
			en: 'Ensure that all staff, including staff with a migrant background, experience fair and equal treatment by managers and colleagues',
			fr: 'Veiller à ce que tout le personnel, y compris issu de l’immigration, soit traité de manière juste et égale par la hiérarchie et les collègues',
			de: 'Sicherstellen, dass alle Beschäftigten, auch solche mit Migrationshintergrund, von Vorgesetzten und Kolleginnen und Kollegen fair und gleich behandelt werden',
			es: 'Garantizar que todo el personal, incluido el de origen migrante, reciba un trato justo e igualitario de sus superiores y colegas',
			it: 'Garantire che tutto il personale, compreso quello con un background migratorio, riceva un trattamento equo e paritario da parte dei dirigenti e dei colleghi'
		}
	},
	{
		number: 8,
		role: 'employer',
		text: {
			en: 'Ensure that staff understand and respect diversity and equality issues',
			fr: 'Veiller à ce que le personnel comprenne et respecte les enjeux de diversité et d’égalité',
			de: 'Sicherstellen, dass die Beschäftigten Fragen der Vielfalt und Gleichstellung verstehen und respektieren',
			es: 'Garantizar que el personal comprenda y respete las cuestiones de diversidad e igualdad',
			it: 'Garantire che il personale comprenda e rispetti i temi della diversità e dell’uguaglianza'
		}
	},
	{
		number: 9,
		role: 'buyer',
		text: {
			en: 'Apply principles of equality and diversity in procurement and tendering',
			fr: 'Appliquer les principes d’égalité et de diversité dans les achats et les appels d’offres',
			de: 'Grundsätze der Gleichstellung und Vielfalt bei Beschaffung und Ausschreibungen anwenden',
			es: 'Aplicar los principios de igualdad y diversidad en la contratación pública y las licitaciones',
			it: 'Applicare i principi di uguaglianza e diversità negli acquisti e nelle gare d’appalto'
		}
	},
	{
		number: 10,
		role: 'buyer',
		text: {
			en: 'Promote principles of equality and diversity amongst our contractors',
			fr: 'Promouvoir les principes d’égalité et de diversité auprès de nos prestataires',
			de: 'Grundsätze der Gleichstellung und Vielfalt bei unseren Auftragnehmern fördern',
			es: 'Promover los principios de igualdad y diversidad entre nuestros contratistas',
			it: 'Promuovere i principi di uguaglianza e diversità presso i nostri appaltatori'
		}
	},
	{
		number: 11,
		role: 'buyer',
		text: {
			en: 'Promote the development of a diverse supplier base',
			fr: 'Encourager le développement d’un réseau de fournisseurs diversifié',
			de: 'Die Entwicklung einer vielfältigen Lieferantenbasis fördern',
			es: 'Promover el desarrollo de una base de proveedores diversa',
			it: 'Promuovere lo sviluppo di una base di fornitori diversificata'
		}
	}
];

export function commitmentsOfRole(role: RoleKey): Commitment[] {
	return commitments.filter((commitment) => commitment.role === role);
}
