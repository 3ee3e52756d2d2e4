/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const curationEn = {
	'curation.listLead':
		'Every practice of the library, drafts included. The public sees only the published ones.',
	'curation.newPractice': 'Add a practice',
	'curation.newLead': 'The practice is saved as a draft. Only the secretariat sees it until you publish it.',
	'curation.backToList': 'All good practices',
	'curation.filterTitle': 'Filter the practices',
	'curation.filterStatus': 'Status',
	'curation.status.all': 'All',
	'curation.status.draft': 'Draft',
	'curation.status.published': 'Published',
	'curation.status.merged': 'Merged into another',
	'curation.fieldCity': 'City',
	'curation.allCities': 'All cities',
	'curation.filterText': 'Words in the title or summary',
	'curation.filterButton': 'Show',
	'curation.colTitle': 'Title',
	'curation.colSource': 'Source',
	'curation.colUpdated': 'Last changed',
	'curation.sourcePromoted': 'City response',

	'curation.editTitle': 'Edit “{title}”',
	'curation.detailsTitle': 'Details',
	'curation.saveDraft': 'Save as draft',
	'curation.fieldTitle': 'Title',
	'curation.fieldSummary': 'Summary',
	'curation.summaryHint':
		'A few sentences in your own words: what the practice does, for whom, and what it achieved.',
	'curation.fieldLanguage': 'Language of the title and summary',
	'curation.languageHint': 'Search finds the words of the text in their different forms in this language.',
	'curation.yearsLegend': 'Years',
	'curation.yearHint': 'Four digits, like 2019. Leave empty what the source does not say.',
	'curation.fieldStartYear': 'Start year',
	'curation.fieldEndYear': 'End year',
	'curation.fieldOngoing': 'Still running (no end year)',
	'curation.commitmentsHint': 'Choose at least one.',
	'curation.linksHint': 'Up to 5 web pages about the practice. Leave the rows you do not need empty.',
	'curation.linkUrl': 'Address of link {n}',
	'curation.linkTitle': 'Title of link {n}',
	'curation.sourceHint': 'The report and year that describe the practice, or the cycle a city answered.',
	'curation.sourceReport': 'Report or cycle',
	'curation.sourceYear': 'Year',
	'curation.slug': 'Address',

	'curation.invalidYear': 'Enter a year as 4 digits, like 2019',
	'curation.cityRequired': 'Choose the city of the practice',
	'curation.titleRequired': 'Enter a title of at least 3 characters',
	'curation.titleTooLong': 'Enter a title of at most 200 characters',
	'curation.summaryRequired': 'Enter a summary of at least 20 characters',
	'curation.summaryTooLong': 'Enter a summary of at most 3,000 characters',
	'curation.languageRequired': 'Choose the language the text is written in',
	'curation.commitmentRequired': 'Choose at least one commitment',
	'curation.unknownTag': 'Choose only from the options shown',
	'curation.invalidUrl': 'Enter a web address starting with https://, like https://www.city.eu/page',
	'curation.linkTitleTooLong': 'Enter a link title of at most 200 characters',
	'curation.sourceTooLong': 'Enter a source of at most 200 characters',
	'curation.endBeforeStart': 'Enter an end year that is not before the start year',
	'curation.endYearOrOngoing': 'Enter an end year or tick “Still running”, not both',
	'curation.sourceIncomplete': 'Enter both the report and its year, or neither',

	'curation.done.created': 'The practice is saved as a draft. Publish it when it is ready.',
	'curation.done.saved': 'The practice is saved.',
	'curation.done.published': 'The practice is published: everyone can find it in the library now.',
	'curation.done.unpublished': 'The practice is a draft again: the public no longer sees it.',
	'curation.done.merged': 'The practice is merged and unpublished.',
	'curation.statusTitle': 'Publication',
	'curation.statusDraft': 'This practice is a draft: only the secretariat sees it.',
	'curation.statusPublished': 'This practice is published: everyone can find it in the library.',
	'curation.publish': 'Publish',
	'curation.unpublish': 'Unpublish',
	'curation.cannotPublishMerged': 'A practice merged into another cannot be published.',
	'curation.mergedNotice':
		'This practice was merged into another and stays unpublished. Its public address leads to:',
	'curation.promotedFrom': 'Promoted from {city}’s response to {cycle}.',
	'curation.mergedFromTitle': 'Duplicates merged into this practice',

	'curation.mergeTitle': 'Merge a duplicate',
	'curation.mergeLead':
		'If another practice describes the same thing, merge this one into it. This practice is then unpublished and its public address leads to the other. The other keeps its title, summary, language, years and source, and gains this practice’s commitments, trends, themes, target groups, funding and links.',
	'curation.mergeInto': 'Merge this practice into',
	'curation.chooseMergeTarget': 'Choose a practice',
	'curation.mergeSameCity': '{city}',
	'curation.mergeOtherCities': 'Other cities',
	'curation.mergeConfirm': 'Yes, this practice is a duplicate of the one chosen',
	'curation.mergeButton': 'Merge',
	'curation.mergeTargetRequired': 'Choose the practice to merge this one into',
	'curation.mergeConfirmRequired': 'Confirm that this practice is a duplicate',
	'curation.mergeRefused': 'Choose another practice: that one was itself merged, or is this practice',

	'curation.candidatesTitle': 'Practices from city responses',
	'curation.candidatesLead':
		'The good practices cities entered in the responses they handed in. Promote one to start a library draft from it: the draft keeps the link to the response.',
	'curation.candidatesNone': 'No city has entered a good practice in a handed-in response yet.',
	'curation.colPractice': 'Practice',
	'curation.colCycle': 'Cycle',
	'curation.colAction': 'Action',
	'curation.promote': 'Promote',
	'curation.promotedAs': 'Promoted as',
	'curation.promoteTitle': 'Promote a practice of {city}',
	'curation.promoteLead':
		'The form starts from what {city} entered in its response to {cycle}. Check the text, choose the commitments and tags, then save: the practice becomes a draft.'
} as const;

export const curationFr: Record<keyof typeof curationEn, string> = {
	'curation.listLead':
		'Toutes les pratiques de la bibliothèque, brouillons compris. Le public ne voit que celles qui sont publiées.',
	'curation.newPractice': 'Ajouter une pratique',
	'curation.newLead':
		'La pratique est enregistrée comme brouillon. Seul le secrétariat la voit tant que vous ne la publiez pas.',
	'curation.backToList': 'Toutes les bonnes pratiques',
	'curation.filterTitle': 'Filtrer les pratiques',
	'curation.filterStatus': 'Statut',
	'curation.status.all': 'Toutes',
	'curation.status.draft': 'Brouillon',
	'curation.status.published': 'Publiée',
	'curation.status.merged': 'Fusionnée avec une autre',
	'curation.fieldCity': 'Ville',
	'curation.allCities': 'Toutes les villes',
	'curation.filterText': 'Mots du titre ou du résumé',
	'curation.filterButton': 'Afficher',
	'curation.colTitle': 'Titre',
	'curation.colSource': 'Source',
	'curation.colUpdated': 'Dernière modification',
	'curation.sourcePromoted': 'Réponse d’une ville',

	'curation.editTitle': 'Modifier « {title} »',
	'curation.detailsTitle': 'Détails',
	'curation.saveDraft': 'Enregistrer comme brouillon',
	'curation.fieldTitle': 'Titre',
	'curation.fieldSummary': 'Résumé',
	'curation.summaryHint':
		'Quelques phrases, avec vos propres mots : ce que fait la pratique, pour qui, et ce qu’elle a permis.',
	'curation.fieldLanguage': 'Langue du titre et du résumé',
	'curation.languageHint':
		'La recherche retrouve les mots du texte sous leurs différentes formes dans cette langue.',
	'curation.yearsLegend': 'Années',
	'curation.yearHint': 'Quatre chiffres, par exemple 2019. Laissez vide ce que la source ne précise pas.',
	'curation.fieldStartYear': 'Année de début',
	'curation.fieldEndYear': 'Année de fin',
	'curation.fieldOngoing': 'Toujours en cours (pas d’année de fin)',
	'curation.commitmentsHint': 'Choisissez-en au moins un.',
	'curation.linksHint':
		'Jusqu’à 5 pages web sur la pratique. Laissez vides les lignes dont vous n’avez pas besoin.',
	'curation.linkUrl': 'Adresse du lien {n}',
	'curation.linkTitle': 'Titre du lien {n}',
	'curation.sourceHint':
		'Le rapport et l’année qui décrivent la pratique, ou le cycle auquel une ville a répondu.',
	'curation.sourceReport': 'Rapport ou cycle',
	'curation.sourceYear': 'Année',
	'curation.slug': 'Adresse',

	'curation.invalidYear': 'Saisissez une année à 4 chiffres, par exemple 2019',
	'curation.cityRequired': 'Choisissez la ville de la pratique',
	'curation.titleRequired': 'Saisissez un titre d’au moins 3 caractères',
	'curation.titleTooLong': 'Saisissez un titre de 200 caractères au plus',
	'curation.summaryRequired': 'Saisissez un résumé d’au moins 20 caractères',
	'curation.summaryTooLong': 'Saisissez un résumé de 3 000 caractères au plus',
	'curation.languageRequired': 'Choisissez la langue dans laquelle le texte est écrit',
	'curation.commitmentRequired': 'Choisissez au moins un engagement',
	'curation.unknownTag': 'Choisissez uniquement parmi les options proposées',
	'curation.invalidUrl':
		'Saisissez une adresse web commençant par https://, par exemple https://www.ville.fr/page',
	'curation.linkTitleTooLong': 'Saisissez un titre de lien de 200 caractères au plus',
	'curation.sourceTooLong': 'Saisissez une source de 200 caractères au plus',
	'curation.endBeforeStart': 'Saisissez une année de fin qui ne précède pas l’année de début',
	'curation.endYearOrOngoing': 'Saisissez une année de fin ou cochez « Toujours en cours », pas les deux',
	'curation.sourceIncomplete': 'Saisissez le rapport et son année, ou aucun des deux',

	'curation.done.created': 'La pratique est enregistrée comme brouillon. Publiez-la lorsqu’elle est prête.',
	'curation.done.saved': 'La pratique est enregistrée.',
	'curation.done.published':
		'La pratique est publiée : tout le monde peut désormais la trouver dans la bibliothèque.',
	'curation.done.unpublished': 'La pratique est de nouveau un brouillon : le public ne la voit plus.',
	'curation.done.merged': 'La pratique est fusionnée et dépubliée.',
	'curation.statusTitle': 'Publication',
	'curation.statusDraft': 'Cette pratique est un brouillon : seul le secrétariat la voit.',
	'curation.statusPublished':
		'Cette pratique est publiée : tout le monde peut la trouver dans la bibliothèque.',
	'curation.publish': 'Publier',
	'curation.unpublish': 'Dépublier',
	'curation.cannotPublishMerged': 'Une pratique fusionnée avec une autre ne peut pas être publiée.',
	'curation.mergedNotice':
		'Cette pratique a été fusionnée avec une autre et reste non publiée. Son adresse publique mène à :',
	'curation.promotedFrom': 'Reprise de la réponse de {city} au cycle {cycle}.',
	'curation.mergedFromTitle': 'Doublons fusionnés avec cette pratique',

	'curation.mergeTitle': 'Fusionner un doublon',
	'curation.mergeLead':
		'Si une autre pratique décrit la même chose, fusionnez celle-ci avec elle. Cette pratique est alors dépubliée et son adresse publique mène à l’autre. L’autre garde son titre, son résumé, sa langue, ses années et sa source, et reçoit les engagements, tendances, thèmes, publics cibles, financements et liens de celle-ci.',
	'curation.mergeInto': 'Fusionner cette pratique avec',
	'curation.chooseMergeTarget': 'Choisissez une pratique',
	'curation.mergeSameCity': '{city}',
	'curation.mergeOtherCities': 'Autres villes',
	'curation.mergeConfirm': 'Oui, cette pratique est un doublon de celle choisie',
	'curation.mergeButton': 'Fusionner',
	'curation.mergeTargetRequired': 'Choisissez la pratique avec laquelle fusionner celle-ci',
	'curation.mergeConfirmRequired': 'Confirmez que cette pratique est un doublon',
	'curation.mergeRefused':
		'Choisissez une autre pratique : celle-ci a elle-même été fusionnée, ou c’est la même pratique',

	'curation.candidatesTitle': 'Pratiques issues des réponses des villes',
	'curation.candidatesLead':
		'Les bonnes pratiques que les villes ont saisies dans les réponses qu’elles ont remises. Reprenez-en une pour commencer un brouillon de la bibliothèque : le brouillon garde le lien avec la réponse.',
	'curation.candidatesNone': 'Aucune ville n’a encore saisi de bonne pratique dans une réponse remise.',
	'curation.colPractice': 'Pratique',
	'curation.colCycle': 'Cycle',
	'curation.colAction': 'Action',
	'curation.promote': 'Reprendre',
	'curation.promotedAs': 'Reprise sous le titre',
	'curation.promoteTitle': 'Reprendre une pratique de {city}',
	'curation.promoteLead':
		'Le formulaire reprend ce que {city} a saisi dans sa réponse au cycle {cycle}. Vérifiez le texte, choisissez les engagements et les étiquettes, puis enregistrez : la pratique devient un brouillon.'
};

export const curationDe: Record<keyof typeof curationEn, string> = {
	'curation.listLead':
		'Alle Praxisbeispiele der Bibliothek, auch Entwürfe. Die Öffentlichkeit sieht nur die veröffentlichten.',
	'curation.newPractice': 'Praxisbeispiel hinzufügen',
	'curation.newLead':
		'Das Praxisbeispiel wird als Entwurf gespeichert. Bis Sie es veröffentlichen, sieht es nur das Sekretariat.',
	'curation.backToList': 'Alle Praxisbeispiele',
	'curation.filterTitle': 'Praxisbeispiele filtern',
	'curation.filterStatus': 'Status',
	'curation.status.all': 'Alle',
	'curation.status.draft': 'Entwurf',
	'curation.status.published': 'Veröffentlicht',
	'curation.status.merged': 'Mit einem anderen zusammengeführt',
	'curation.fieldCity': 'Stadt',
	'curation.allCities': 'Alle Städte',
	'curation.filterText': 'Wörter in Titel oder Zusammenfassung',
	'curation.filterButton': 'Anzeigen',
	'curation.colTitle': 'Titel',
	'curation.colSource': 'Quelle',
	'curation.colUpdated': 'Zuletzt geändert',
	'curation.sourcePromoted': 'Antwort einer Stadt',

	'curation.editTitle': '„{title}“ bearbeiten',
	'curation.detailsTitle': 'Angaben',
	'curation.saveDraft': 'Als Entwurf speichern',
	'curation.fieldTitle': 'Titel',
	'curation.fieldSummary': 'Zusammenfassung',
	'curation.summaryHint':
		'Einige Sätze in eigenen Worten: was das Praxisbeispiel tut, für wen, und was es erreicht hat.',
	'curation.fieldLanguage': 'Sprache von Titel und Zusammenfassung',
	'curation.languageHint':
		'Die Suche findet die Wörter des Textes in ihren verschiedenen Formen in dieser Sprache.',
	'curation.yearsLegend': 'Jahre',
	'curation.yearHint': 'Vier Ziffern, etwa 2019. Lassen Sie leer, was die Quelle nicht angibt.',
	'curation.fieldStartYear': 'Startjahr',
	'curation.fieldEndYear': 'Endjahr',
	'curation.fieldOngoing': 'Läuft noch (kein Endjahr)',
	'curation.commitmentsHint': 'Wählen Sie mindestens eine aus.',
	'curation.linksHint':
		'Bis zu 5 Webseiten zum Praxisbeispiel. Lassen Sie Zeilen, die Sie nicht brauchen, leer.',
	'curation.linkUrl': 'Adresse von Link {n}',
	'curation.linkTitle': 'Titel von Link {n}',
	'curation.sourceHint':
		'Der Bericht und das Jahr, die das Praxisbeispiel beschreiben, oder der Zyklus, auf den eine Stadt geantwortet hat.',
	'curation.sourceReport': 'Bericht oder Zyklus',
	'curation.sourceYear': 'Jahr',
	'curation.slug': 'Adresse',

	'curation.invalidYear': 'Geben Sie ein Jahr mit 4 Ziffern ein, etwa 2019',
	'curation.cityRequired': 'Wählen Sie die Stadt des Praxisbeispiels',
	'curation.titleRequired': 'Geben Sie einen Titel mit mindestens 3 Zeichen ein',
	'curation.titleTooLong': 'Geben Sie einen Titel mit höchstens 200 Zeichen ein',
	'curation.summaryRequired': 'Geben Sie eine Zusammenfassung mit mindestens 20 Zeichen ein',
	'curation.summaryTooLong': 'Geben Sie eine Zusammenfassung mit höchstens 3.000 Zeichen ein',
	'curation.languageRequired': 'Wählen Sie die Sprache, in der der Text geschrieben ist',
	'curation.commitmentRequired': 'Wählen Sie mindestens eine Verpflichtung',
	'curation.unknownTag': 'Wählen Sie nur aus den angezeigten Optionen',
	'curation.invalidUrl':
		'Geben Sie eine Webadresse ein, die mit https:// beginnt, etwa https://www.stadt.de/seite',
	'curation.linkTitleTooLong': 'Geben Sie einen Linktitel mit höchstens 200 Zeichen ein',
	'curation.sourceTooLong': 'Geben Sie eine Quelle mit höchstens 200 Zeichen ein',
	'curation.endBeforeStart': 'Geben Sie ein Endjahr ein, das nicht vor dem Startjahr liegt',
	'curation.endYearOrOngoing': 'Geben Sie ein Endjahr ein oder kreuzen Sie „Läuft noch“ an, nicht beides',
	'curation.sourceIncomplete': 'Geben Sie den Bericht und sein Jahr an, oder keines von beiden',

	'curation.done.created':
		'Das Praxisbeispiel ist als Entwurf gespeichert. Veröffentlichen Sie es, wenn es fertig ist.',
	'curation.done.saved': 'Das Praxisbeispiel ist gespeichert.',
	'curation.done.published':
		'Das Praxisbeispiel ist veröffentlicht: Alle können es jetzt in der Bibliothek finden.',
	'curation.done.unpublished':
		'Das Praxisbeispiel ist wieder ein Entwurf: Die Öffentlichkeit sieht es nicht mehr.',
	'curation.done.merged': 'Das Praxisbeispiel ist zusammengeführt und nicht mehr veröffentlicht.',
	'curation.statusTitle': 'Veröffentlichung',
	'curation.statusDraft': 'Dieses Praxisbeispiel ist ein Entwurf: Nur das Sekretariat sieht es.',
	'curation.statusPublished':
		'Dieses Praxisbeispiel ist veröffentlicht: Alle können es in der Bibliothek finden.',
	'curation.publish': 'Veröffentlichen',
	'curation.unpublish': 'Veröffentlichung zurücknehmen',
	'curation.cannotPublishMerged':
		'Ein mit einem anderen zusammengeführtes Praxisbeispiel kann nicht veröffentlicht werden.',
	'curation.mergedNotice':
		'Dieses Praxisbeispiel wurde mit einem anderen zusammengeführt und bleibt unveröffentlicht. Seine öffentliche Adresse führt zu:',
	'curation.promotedFrom': 'Übernommen aus der Antwort von {city} auf {cycle}.',
	'curation.mergedFromTitle': 'Mit diesem zusammengeführte Duplikate',

	'curation.mergeTitle': 'Duplikat zusammenführen',
	'curation.mergeLead':
		'Wenn ein anderes Praxisbeispiel dasselbe beschreibt, führen Sie dieses mit ihm zusammen. Dieses wird dann nicht mehr veröffentlicht, und seine öffentliche Adresse führt zum anderen. Das andere behält Titel, Zusammenfassung, Sprache, Jahre und Quelle und erhält die Verpflichtungen, Trends, Themen, Zielgruppen, Finanzierungen und Links von diesem.',
	'curation.mergeInto': 'Dieses Praxisbeispiel zusammenführen mit',
	'curation.chooseMergeTarget': 'Praxisbeispiel wählen',
	'curation.mergeSameCity': '{city}',
	'curation.mergeOtherCities': 'Andere Städte',
	'curation.mergeConfirm': 'Ja, dieses Praxisbeispiel ist ein Duplikat des gewählten',
	'curation.mergeButton': 'Zusammenführen',
	'curation.mergeTargetRequired': 'Wählen Sie das Praxisbeispiel, mit dem dieses zusammengeführt wird',
	'curation.mergeConfirmRequired': 'Bestätigen Sie, dass dieses Praxisbeispiel ein Duplikat ist',
	'curation.mergeRefused':
		'Wählen Sie ein anderes Praxisbeispiel: Jenes wurde selbst zusammengeführt oder ist dieses',

	'curation.candidatesTitle': 'Praxisbeispiele aus den Antworten der Städte',
	'curation.candidatesLead':
		'Die guten Praxisbeispiele, die Städte in ihren eingereichten Antworten genannt haben. Übernehmen Sie eines, um daraus einen Entwurf für die Bibliothek zu beginnen: Der Entwurf behält die Verbindung zur Antwort.',
	'curation.candidatesNone':
		'Noch keine Stadt hat in einer eingereichten Antwort ein gutes Praxisbeispiel genannt.',
	'curation.colPractice': 'Praxisbeispiel',
	'curation.colCycle': 'Zyklus',
	'curation.colAction': 'Aktion',
	'curation.promote': 'Übernehmen',
	'curation.promotedAs': 'Übernommen als',
	'curation.promoteTitle': 'Praxisbeispiel von {city} übernehmen',
	'curation.promoteLead':
		'Das Formular beginnt mit dem, was {city} in seiner Antwort auf {cycle} eingetragen hat. Prüfen Sie den Text, wählen Sie die Verpflichtungen und Schlagwörter und speichern Sie: Das Praxisbeispiel wird ein Entwurf.'
};

export const curationEs: Record<keyof typeof curationEn, string> = {
	'curation.listLead':
		'Todas las prácticas de la biblioteca, borradores incluidos. El público solo ve las publicadas.',
	'curation.newPractice': 'Añadir una práctica',
	'curation.newLead':
		'La práctica se guarda como borrador. Solo la secretaría la ve hasta que usted la publique.',
	'curation.backToList': 'Todas las buenas prácticas',
	'curation.filterTitle': 'Filtrar las prácticas',
	'curation.filterStatus': 'Estado',
	'curation.status.all': 'Todas',
	'curation.status.draft': 'Borrador',
	'curation.status.published': 'Publicada',
	'curation.status.merged': 'Fusionada con otra',
	'curation.fieldCity': 'Ciudad',
	'curation.allCities': 'Todas las ciudades',
	'curation.filterText': 'Palabras del título o del resumen',
	'curation.filterButton': 'Mostrar',
	'curation.colTitle': 'Título',
	'curation.colSource': 'Fuente',
	'curation.colUpdated': 'Último cambio',
	'curation.sourcePromoted': 'Respuesta de una ciudad',

	'curation.editTitle': 'Editar «{title}»',
	'curation.detailsTitle': 'Detalles',
	'curation.saveDraft': 'Guardar como borrador',
	'curation.fieldTitle': 'Título',
	'curation.fieldSummary': 'Resumen',
	'curation.summaryHint':
		'Unas frases con sus propias palabras: qué hace la práctica, para quién y qué ha logrado.',
	'curation.fieldLanguage': 'Idioma del título y del resumen',
	'curation.languageHint':
		'La búsqueda encuentra las palabras del texto en sus distintas formas en este idioma.',
	'curation.yearsLegend': 'Años',
	'curation.yearHint': 'Cuatro cifras, por ejemplo 2019. Deje vacío lo que la fuente no indique.',
	'curation.fieldStartYear': 'Año de inicio',
	'curation.fieldEndYear': 'Año de finalización',
	'curation.fieldOngoing': 'Sigue en marcha (sin año de finalización)',
	'curation.commitmentsHint': 'Elija al menos uno.',
	'curation.linksHint': 'Hasta 5 páginas web sobre la práctica. Deje vacías las filas que no necesite.',
	'curation.linkUrl': 'Dirección del enlace {n}',
	'curation.linkTitle': 'Título del enlace {n}',
	'curation.sourceHint':
		'El informe y el año que describen la práctica, o el ciclo al que respondió una ciudad.',
	'curation.sourceReport': 'Informe o ciclo',
	'curation.sourceYear': 'Año',
	'curation.slug': 'Dirección',

	'curation.invalidYear': 'Escriba un año con 4 cifras, por ejemplo 2019',
	'curation.cityRequired': 'Elija la ciudad de la práctica',
	'curation.titleRequired': 'Escriba un título de al menos 3 caracteres',
	'curation.titleTooLong': 'Escriba un título de 200 caracteres como máximo',
	'curation.summaryRequired': 'Escriba un resumen de al menos 20 caracteres',
	'curation.summaryTooLong': 'Escriba un resumen de 3000 caracteres como máximo',
	'curation.languageRequired': 'Elija el idioma en que está escrito el texto',
	'curation.commitmentRequired': 'Elija al menos un compromiso',
	'curation.unknownTag': 'Elija solo entre las opciones mostradas',
	'curation.invalidUrl':
		'Escriba una dirección web que empiece por https://, por ejemplo https://www.ciudad.eu/pagina',
	'curation.linkTitleTooLong': 'Escriba un título de enlace de 200 caracteres como máximo',
	'curation.sourceTooLong': 'Escriba una fuente de 200 caracteres como máximo',
	'curation.endBeforeStart': 'Escriba un año de finalización que no sea anterior al año de inicio',
	'curation.endYearOrOngoing':
		'Escriba un año de finalización o marque «Sigue en marcha», pero no ambas cosas',
	'curation.sourceIncomplete': 'Escriba el informe y su año, o ninguno de los dos',

	'curation.done.created': 'La práctica se ha guardado como borrador. Publíquela cuando esté lista.',
	'curation.done.saved': 'La práctica está guardada.',
	'curation.done.published':
		'La práctica está publicada: ahora cualquiera puede encontrarla en la biblioteca.',
	'curation.done.unpublished': 'La práctica vuelve a ser un borrador: el público ya no la ve.',
	'curation.done.merged': 'La práctica se ha fusionado y retirado de la publicación.',
	'curation.statusTitle': 'Publicación',
	'curation.statusDraft': 'Esta práctica es un borrador: solo la ve la secretaría.',
	'curation.statusPublished': 'Esta práctica está publicada: cualquiera puede encontrarla en la biblioteca.',
	'curation.publish': 'Publicar',
	'curation.unpublish': 'Retirar de la publicación',
	'curation.cannotPublishMerged': 'Una práctica fusionada con otra no puede publicarse.',
	'curation.mergedNotice':
		'Esta práctica se fusionó con otra y sigue sin publicar. Su dirección pública lleva a:',
	'curation.promotedFrom': 'Tomada de la respuesta de {city} a {cycle}.',
	'curation.mergedFromTitle': 'Duplicados fusionados con esta práctica',

	'curation.mergeTitle': 'Fusionar un duplicado',
	'curation.mergeLead':
		'Si otra práctica describe lo mismo, fusione esta con ella. Esta práctica se retira entonces de la publicación y su dirección pública lleva a la otra. La otra conserva su título, resumen, idioma, años y fuente, y recibe los compromisos, tendencias, temas, grupos destinatarios, financiación y enlaces de esta práctica.',
	'curation.mergeInto': 'Fusionar esta práctica con',
	'curation.chooseMergeTarget': 'Elija una práctica',
	'curation.mergeSameCity': '{city}',
	'curation.mergeOtherCities': 'Otras ciudades',
	'curation.mergeConfirm': 'Sí, esta práctica es un duplicado de la elegida',
	'curation.mergeButton': 'Fusionar',
	'curation.mergeTargetRequired': 'Elija la práctica con la que fusionar esta',
	'curation.mergeConfirmRequired': 'Confirme que esta práctica es un duplicado',
	'curation.mergeRefused': 'Elija otra práctica: esa ya se fusionó con otra, o es esta misma práctica',

	'curation.candidatesTitle': 'Prácticas de las respuestas de las ciudades',
	'curation.candidatesLead':
		'Las buenas prácticas que las ciudades indicaron en las respuestas que entregaron. Tome una para empezar con ella un borrador de la biblioteca: el borrador conserva el vínculo con la respuesta.',
	'curation.candidatesNone':
		'Todavía ninguna ciudad ha indicado una buena práctica en una respuesta entregada.',
	'curation.colPractice': 'Práctica',
	'curation.colCycle': 'Ciclo',
	'curation.colAction': 'Acción',
	'curation.promote': 'Tomar',
	'curation.promotedAs': 'Tomada como',
	'curation.promoteTitle': 'Tomar una práctica de {city}',
	'curation.promoteLead':
		'El formulario parte de lo que {city} indicó en su respuesta a {cycle}. Revise el texto, elija los compromisos y las etiquetas y guarde: la práctica se convierte en borrador.'
};
