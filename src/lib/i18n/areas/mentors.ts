/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const mentorsEn = {
	'mentors.title': 'Mentor cities',
	'mentors.lead':
		'For one commitment in one cycle: the cities that rated it partly or not at all, each with cities that rated it fully and could mentor them. Mentors are ranked by their published practices on the commitment, the length of their evidence, and whether they are in the same country or of a similar size.',
	'mentors.noCycles': 'No cycle has handed-in ratings yet, so there is nobody to match.',
	'mentors.chooseTitle': 'Choose a cycle and a commitment',
	'mentors.cycleLabel': 'Cycle',
	'mentors.commitmentLabel': 'Commitment',
	'mentors.show': 'Show mentors',
	'mentors.chosenHeading': 'Commitment {number} in {cycle}',
	'mentors.noMentees': 'No city rated commitment {number} partly or not at all in this cycle.',
	'mentors.menteeCountOne': '1 city rated it partly or not at all.',
	'mentors.menteeCount': '{count} cities rated it partly or not at all.',
	'mentors.rated.partly': 'rated it partly',
	'mentors.rated.not_at_all': 'rated it not at all',
	'mentors.suggestedTitle': 'Suggested mentors',
	'mentors.noMentors':
		'No city that rated this commitment fully has evidence or published practices to share yet.',
	'mentors.reason.ratedFully': 'rated this commitment fully',
	'mentors.reason.practicesOne': '1 published practice on this commitment',
	'mentors.reason.practices': '{count} published practices on this commitment',
	'mentors.reason.evidence': '{count} words of evidence',
	'mentors.reason.sameCountry': 'also in {country}',
	'mentors.reason.similarSize': 'similar size (population ratio {ratio} to 1)',
	'mentors.seePractices': 'Practices of {city} on commitment {number}',
	'mentors.cityPage': 'About {city}',
	'mentors.navLink': 'Peer learning',
	'mentors.plTitle': 'Learn from other cities',
	'mentors.plNoRatings':
		'Your city has no handed-in ratings yet. Once your response is submitted, this page suggests cities to learn from.',
	'mentors.plLead':
		'The commitments {city} rated partly or not at all in {cycle}, each with cities that rated it fully and could share how they did it.',
	'mentors.plPrivacy':
		'Other cities appear here only once the secretariat has accepted their response, and only with facts that are public: their published practices, country and size. Their answers stay theirs.',
	'mentors.plNoGaps': 'Your city rated every commitment fully in {cycle}.',
	'mentors.plYourRating': 'Your city {rating}.'
} as const;

export const mentorsFr: Record<keyof typeof mentorsEn, string> = {
	'mentors.title': 'Villes mentors',
	'mentors.lead':
		'Pour un engagement dans un cycle : les villes qui l’ont jugé partiellement atteint ou pas du tout, chacune avec des villes qui l’ont jugé pleinement atteint et pourraient les accompagner. Les mentors sont classés selon leurs pratiques publiées sur cet engagement, la longueur de leurs justifications, et selon qu’elles sont dans le même pays ou de taille comparable.',
	'mentors.noCycles':
		'Aucun cycle n’a encore d’évaluations remises : il n’y a personne à mettre en relation.',
	'mentors.chooseTitle': 'Choisir un cycle et un engagement',
	'mentors.cycleLabel': 'Cycle',
	'mentors.commitmentLabel': 'Engagement',
	'mentors.show': 'Afficher les mentors',
	'mentors.chosenHeading': 'Engagement {number} dans le cycle {cycle}',
	'mentors.noMentees':
		'Aucune ville n’a jugé l’engagement {number} partiellement atteint ou pas du tout dans ce cycle.',
	'mentors.menteeCountOne': '1 ville l’a jugé partiellement atteint ou pas du tout.',
	'mentors.menteeCount': '{count} villes l’ont jugé partiellement atteint ou pas du tout.',
	'mentors.rated.partly': 'l’a jugé partiellement atteint',
	'mentors.rated.not_at_all': 'l’a jugé pas du tout atteint',
	'mentors.suggestedTitle': 'Mentors proposés',
	'mentors.noMentors':
		'Aucune ville ayant jugé cet engagement pleinement atteint n’a encore de justification ou de pratique publiée à partager.',
	'mentors.reason.ratedFully': 'a jugé cet engagement pleinement atteint',
	'mentors.reason.practicesOne': '1 pratique publiée sur cet engagement',
	'mentors.reason.practices': '{count} pratiques publiées sur cet engagement',
	'mentors.reason.evidence': '{count} mots de justification',
	'mentors.reason.sameCountry': 'également en {country}',
	'mentors.reason.similarSize': 'taille comparable (rapport de population de {ratio} pour 1)',
	'mentors.seePractices': 'Pratiques de {city} sur l’engagement {number}',
	'mentors.cityPage': 'À propos de {city}',
	'mentors.navLink': 'Apprendre entre villes',
	'mentors.plTitle': 'Apprendre des autres villes',
	'mentors.plNoRatings':
		'Votre ville n’a pas encore remis d’évaluation. Une fois votre réponse remise, cette page propose des villes dont vous pouvez vous inspirer.',
	'mentors.plLead':
		'Les engagements que {city} a jugés partiellement atteints ou pas du tout dans le cycle {cycle}, chacun avec des villes qui l’ont jugé pleinement atteint et pourraient partager leur expérience.',
	'mentors.plPrivacy':
		'Les autres villes n’apparaissent ici qu’une fois leur réponse acceptée par le secrétariat, et seulement avec des informations publiques : leurs pratiques publiées, leur pays et leur taille. Leurs réponses leur appartiennent.',
	'mentors.plNoGaps': 'Votre ville a jugé tous les engagements pleinement atteints dans le cycle {cycle}.',
	'mentors.plYourRating': 'Votre ville {rating}.'
};

export const mentorsDe: Record<keyof typeof mentorsEn, string> = {
	'mentors.title': 'Mentorstädte',
	'mentors.lead':
		'Für eine Verpflichtung in einem Zyklus: die Städte, die sie als teilweise oder gar nicht erfüllt bewertet haben, jeweils mit Städten, die sie als voll erfüllt bewertet haben und sie begleiten könnten. Mentorinnen werden nach ihren veröffentlichten Praxisbeispielen zu dieser Verpflichtung, der Länge ihrer Nachweise sowie danach gereiht, ob sie im selben Land liegen oder ähnlich groß sind.',
	'mentors.noCycles': 'Noch kein Zyklus hat eingereichte Bewertungen, daher gibt es niemanden zuzuordnen.',
	'mentors.chooseTitle': 'Zyklus und Verpflichtung wählen',
	'mentors.cycleLabel': 'Zyklus',
	'mentors.commitmentLabel': 'Verpflichtung',
	'mentors.show': 'Mentorstädte anzeigen',
	'mentors.chosenHeading': 'Verpflichtung {number} in {cycle}',
	'mentors.noMentees':
		'Keine Stadt hat Verpflichtung {number} in diesem Zyklus als teilweise oder gar nicht erfüllt bewertet.',
	'mentors.menteeCountOne': '1 Stadt hat sie als teilweise oder gar nicht erfüllt bewertet.',
	'mentors.menteeCount': '{count} Städte haben sie als teilweise oder gar nicht erfüllt bewertet.',
	'mentors.rated.partly': 'als teilweise erfüllt bewertet',
	'mentors.rated.not_at_all': 'als gar nicht erfüllt bewertet',
	'mentors.suggestedTitle': 'Vorgeschlagene Mentorstädte',
	'mentors.noMentors':
		'Keine Stadt, die diese Verpflichtung als voll erfüllt bewertet hat, hat bisher Nachweise oder veröffentlichte Praxisbeispiele.',
	'mentors.reason.ratedFully': 'hat diese Verpflichtung als voll erfüllt bewertet',
	'mentors.reason.practicesOne': '1 veröffentlichtes Praxisbeispiel zu dieser Verpflichtung',
	'mentors.reason.practices': '{count} veröffentlichte Praxisbeispiele zu dieser Verpflichtung',
	'mentors.reason.evidence': '{count} Wörter Nachweis',
	'mentors.reason.sameCountry': 'ebenfalls in {country}',
	'mentors.reason.similarSize':
		'ähnliche Größe (Einwohnerzahlen höchstens um den Faktor {ratio} verschieden)',
	'mentors.seePractices': 'Praxisbeispiele von {city} zu Verpflichtung {number}',
	'mentors.cityPage': 'Über {city}',
	'mentors.navLink': 'Voneinander lernen',
	'mentors.plTitle': 'Von anderen Städten lernen',
	'mentors.plNoRatings':
		'Ihre Stadt hat noch keine Bewertungen eingereicht. Sobald Ihre Antwort eingereicht ist, schlägt diese Seite Städte vor, von denen Sie lernen können.',
	'mentors.plLead':
		'Die Verpflichtungen, die {city} in {cycle} als teilweise oder gar nicht erfüllt bewertet hat, jeweils mit Städten, die sie als voll erfüllt bewertet haben und zeigen könnten, wie.',
	'mentors.plPrivacy':
		'Andere Städte erscheinen hier erst, wenn das Sekretariat ihre Antwort angenommen hat, und nur mit öffentlichen Angaben: ihren veröffentlichten Praxisbeispielen, ihrem Land und ihrer Größe. Ihre Antworten bleiben ihre eigenen.',
	'mentors.plNoGaps': 'Ihre Stadt hat in {cycle} alle Verpflichtungen als voll erfüllt bewertet.',
	'mentors.plYourRating': 'Ihre Stadt hat sie {rating}.'
};

export const mentorsEs: Record<keyof typeof mentorsEn, string> = {
	'mentors.title': 'Ciudades mentoras',
	'mentors.lead':
		'Para un compromiso en un ciclo: las ciudades que lo valoraron en parte o en absoluto, cada una con ciudades que lo valoraron totalmente y podrían ser sus mentoras. Las mentoras se ordenan por sus prácticas publicadas sobre el compromiso, la extensión de sus pruebas y si están en el mismo país o tienen un tamaño similar.',
	'mentors.noCycles': 'Ningún ciclo tiene todavía valoraciones entregadas, así que no hay a quién emparejar.',
	'mentors.chooseTitle': 'Elija un ciclo y un compromiso',
	'mentors.cycleLabel': 'Ciclo',
	'mentors.commitmentLabel': 'Compromiso',
	'mentors.show': 'Mostrar las mentoras',
	'mentors.chosenHeading': 'Compromiso {number} en {cycle}',
	'mentors.noMentees': 'Ninguna ciudad valoró el compromiso {number} en parte o en absoluto en este ciclo.',
	'mentors.menteeCountOne': '1 ciudad lo valoró en parte o en absoluto.',
	'mentors.menteeCount': '{count} ciudades lo valoraron en parte o en absoluto.',
	'mentors.rated.partly': 'lo valoró en parte',
	'mentors.rated.not_at_all': 'lo valoró en absoluto',
	'mentors.suggestedTitle': 'Mentoras propuestas',
	'mentors.noMentors':
		'Ninguna ciudad que valoró totalmente este compromiso tiene todavía pruebas o prácticas publicadas que compartir.',
	'mentors.reason.ratedFully': 'valoró totalmente este compromiso',
	'mentors.reason.practicesOne': '1 práctica publicada sobre este compromiso',
	'mentors.reason.practices': '{count} prácticas publicadas sobre este compromiso',
	'mentors.reason.evidence': '{count} palabras de pruebas',
	'mentors.reason.sameCountry': 'también en {country}',
	'mentors.reason.similarSize': 'tamaño similar (proporción de población de {ratio} a 1)',
	'mentors.seePractices': 'Prácticas de {city} sobre el compromiso {number}',
	'mentors.cityPage': 'Acerca de {city}',
	'mentors.navLink': 'Aprendizaje entre pares',
	'mentors.plTitle': 'Aprender de otras ciudades',
	'mentors.plNoRatings':
		'Su ciudad aún no tiene valoraciones entregadas. Cuando envíe su respuesta, esta página le propondrá ciudades de las que aprender.',
	'mentors.plLead':
		'Los compromisos que {city} valoró en parte o en absoluto en {cycle}, cada uno con ciudades que lo valoraron totalmente y podrían contar cómo lo lograron.',
	'mentors.plPrivacy':
		'Las demás ciudades solo aparecen aquí cuando la secretaría ha aceptado su respuesta, y solo con datos públicos: sus prácticas publicadas, su país y su tamaño. Sus respuestas les pertenecen.',
	'mentors.plNoGaps': 'Su ciudad valoró totalmente todos los compromisos en {cycle}.',
	'mentors.plYourRating': 'Su ciudad {rating}.'
};

export const mentorsIt: Record<keyof typeof mentorsEn, string> = {
	'mentors.title': 'Città mentori',
	'mentors.lead':
		'Per un impegno in un ciclo: le città che lo hanno valutato in parte o per niente, ciascuna con le città che lo hanno valutato pienamente e potrebbero farle da mentore. I mentori sono ordinati in base alle loro pratiche pubblicate sull’impegno, alla lunghezza delle loro evidenze e al fatto di essere nello stesso paese o di dimensioni simili.',
	'mentors.noCycles': 'Nessun ciclo ha ancora valutazioni consegnate, quindi non c’è nessuno da abbinare.',
	'mentors.chooseTitle': 'Scegli un ciclo e un impegno',
	'mentors.cycleLabel': 'Ciclo',
	'mentors.commitmentLabel': 'Impegno',
	'mentors.show': 'Mostra i mentori',
	'mentors.chosenHeading': 'Impegno {number} in {cycle}',
	'mentors.noMentees': 'In questo ciclo nessuna città ha valutato l’impegno {number} in parte o per niente.',
	'mentors.menteeCountOne': '1 città lo ha valutato in parte o per niente.',
	'mentors.menteeCount': '{count} città lo hanno valutato in parte o per niente.',
	'mentors.rated.partly': 'lo ha valutato in parte',
	'mentors.rated.not_at_all': 'lo ha valutato per niente',
	'mentors.suggestedTitle': 'Mentori suggeriti',
	'mentors.noMentors':
		'Nessuna città che ha valutato pienamente questo impegno ha ancora evidenze o pratiche pubblicate da condividere.',
	'mentors.reason.ratedFully': 'ha valutato pienamente questo impegno',
	'mentors.reason.practicesOne': '1 pratica pubblicata su questo impegno',
	'mentors.reason.practices': '{count} pratiche pubblicate su questo impegno',
	'mentors.reason.evidence': '{count} parole di evidenze',
	'mentors.reason.sameCountry': 'anch’essa in {country}',
	'mentors.reason.similarSize': 'dimensioni simili (rapporto di popolazione {ratio} a 1)',
	'mentors.seePractices': 'Pratiche di {city} sull’impegno {number}',
	'mentors.cityPage': 'Su {city}',
	'mentors.navLink': 'Apprendimento tra pari',
	'mentors.plTitle': 'Impara dalle altre città',
	'mentors.plNoRatings':
		'La tua città non ha ancora valutazioni consegnate. Una volta inviata la tua risposta, questa pagina suggerisce città da cui imparare.',
	'mentors.plLead':
		'Gli impegni che {city} ha valutato in parte o per niente in {cycle}, ciascuno con città che lo hanno valutato pienamente e potrebbero condividere come hanno fatto.',
	'mentors.plPrivacy':
		'Le altre città compaiono qui solo dopo che la segreteria ha accettato la loro risposta, e solo con informazioni pubbliche: le loro pratiche pubblicate, il paese e le dimensioni. Le loro risposte restano loro.',
	'mentors.plNoGaps': 'In {cycle} la tua città ha valutato pienamente ogni impegno.',
	'mentors.plYourRating': 'La tua città {rating}.'
};
