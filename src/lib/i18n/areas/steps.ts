/**
 * Interface text for the secretariat's shorter paths through a cycle: opening and closing on the cycle's page
 * after a confirmation, accepting several responses at once, choosing cities to invite, the publishing
 * checklist, and the confirmation before a city submits. en.ts, fr.ts and de.ts spread it.
 */
export const stepsEn = {
	'steps.openLink': 'Open the cycle…',
	'steps.closeLink': 'Close the cycle…',
	'steps.openConfirmTitle': 'Open the cycle?',
	'steps.closeConfirmTitle': 'Close the cycle?',
	'steps.openInvited':
		'Cities invited so far: {count}. Opening sends no e-mail: invite cities from the invitation page, before or after opening.',
	'steps.closeNow':
		'Closing stops every city’s editing now, including cities with an extension. Only items sent back with a query stay open. This cannot be undone.',
	'steps.closeNotSubmitted': 'Cities that have not submitted ({count}): {cities}.',
	'steps.closeAllSubmitted': 'Every invited city has submitted.',
	'steps.openConfirm': 'Yes, open the cycle',
	'steps.closeConfirm': 'Yes, close the cycle',
	'steps.cancel': 'Cancel, change nothing',
	'steps.back': 'Back to the cycle',
	'steps.bulkColumn': 'Accept',
	'steps.bulkTick': 'Choose {city} to accept',
	'steps.bulkButton': 'Accept the chosen responses…',
	'steps.bulkHint':
		'Only submitted responses can be ticked. The next page lists them and asks you to confirm; nothing is accepted before that.',
	'steps.bulkConfirmTitle': 'Accept these responses?',
	'steps.bulkNoneChosen': 'No response was chosen. Tick the submitted responses to accept in the table.',
	'steps.bulkExplain':
		'Accepting ends each review: its queries close, the city can no longer change its answers, and the city’s coordinators are told by e-mail.',
	'steps.bulkWill': 'Will be accepted ({count})',
	'steps.bulkCannot': 'Cannot be accepted now, and will be left as they are ({count})',
	'steps.bulkConfirm': 'Yes, accept these responses ({count})',
	'steps.bulkDoneTitle': 'Responses accepted',
	'steps.bulkAccepted': 'Accepted ({count}): {cities}.',
	'steps.bulkRefused': 'Not accepted ({count})',
	'steps.publishNotYet': 'The report cannot be published yet. Still to do:',
	'steps.publishCloseCycle': 'Close the cycle first: cities may still be answering',
	'steps.submitLink': 'Submit the response…',
	'steps.resubmitLink': 'Resubmit the response…',
	'steps.submitConfirmTitle': 'Submit the response now?',
	'steps.resubmitConfirmTitle': 'Resubmit the response now?',
	'steps.submitWhatHappens': 'When you confirm:',
	'steps.submitReadOnly': 'the answers become read-only: nobody in your city can change them any more;',
	'steps.submitReview':
		'the Eurocities secretariat reviews them, and may send questions back on some items; only those items open again for changes.',
	'steps.submitConfirm': 'Yes, submit the response',
	'steps.resubmitConfirm': 'Yes, resubmit the response',
	'steps.submitNotYet': 'Not yet: back to the answers',
	'steps.inviteFilterLegend': 'Find cities',
	'steps.inviteCountry': 'Country',
	'steps.inviteAnyCountry': 'Any country',
	'steps.inviteName': 'Name contains',
	'steps.inviteFilter': 'Show matching cities',
	'steps.inviteShowAll': 'Show every city',
	'steps.inviteSelectAll': 'Select all ({count})',
	'steps.inviteSelectShown': 'Select all shown ({count})',
	'steps.inviteSelectNone': 'Select none',
	'steps.inviteCount': 'Chosen: {ticked}. Shown: {shown} of {total} cities.',
	'steps.inviteHiddenTicked': 'Also chosen, though the filter hides them: {cities}.',
	'steps.inviteNoMatch': 'No city matches the filter.',
	'steps.inviteHint':
		'Nothing is ticked at first: tick cities one by one, or use “Select all”. Current signatories come first; cities that have not signed the Charter follow and can be added.'
};

export const stepsFr: Record<keyof typeof stepsEn, string> = {
	'steps.openLink': 'Ouvrir le cycle…',
	'steps.closeLink': 'Clore le cycle…',
	'steps.openConfirmTitle': 'Ouvrir le cycle ?',
	'steps.closeConfirmTitle': 'Clore le cycle ?',
	'steps.openInvited':
		'Villes invitées jusqu’ici : {count}. L’ouverture n’envoie aucun courriel : invitez les villes depuis la page des invitations, avant ou après l’ouverture.',
	'steps.closeNow':
		'La clôture arrête dès maintenant la saisie de toutes les villes, y compris celles qui ont un délai supplémentaire. Seuls les éléments renvoyés avec une question restent ouverts. C’est irréversible.',
	'steps.closeNotSubmitted': 'Villes qui n’ont pas soumis leur réponse ({count}) : {cities}.',
	'steps.closeAllSubmitted': 'Toutes les villes invitées ont soumis leur réponse.',
	'steps.openConfirm': 'Oui, ouvrir le cycle',
	'steps.closeConfirm': 'Oui, clore le cycle',
	'steps.cancel': 'Annuler, ne rien changer',
	'steps.back': 'Retour au cycle',
	'steps.bulkColumn': 'Accepter',
	'steps.bulkTick': 'Choisir {city} pour l’accepter',
	'steps.bulkButton': 'Accepter les réponses choisies…',
	'steps.bulkHint':
		'Seules les réponses soumises peuvent être cochées. La page suivante les liste et demande confirmation ; rien n’est accepté avant.',
	'steps.bulkConfirmTitle': 'Accepter ces réponses ?',
	'steps.bulkNoneChosen':
		'Aucune réponse n’a été choisie. Cochez dans le tableau les réponses soumises à accepter.',
	'steps.bulkExplain':
		'Accepter termine chaque examen : ses questions sont closes, la ville ne peut plus modifier ses réponses et ses coordinateurs sont prévenus par courriel.',
	'steps.bulkWill': 'Seront acceptées ({count})',
	'steps.bulkCannot': 'Ne peuvent pas être acceptées maintenant et restent en l’état ({count})',
	'steps.bulkConfirm': 'Oui, accepter ces réponses ({count})',
	'steps.bulkDoneTitle': 'Réponses acceptées',
	'steps.bulkAccepted': 'Acceptées ({count}) : {cities}.',
	'steps.bulkRefused': 'Non acceptées ({count})',
	'steps.publishNotYet': 'Le rapport ne peut pas encore être publié. Reste à faire :',
	'steps.publishCloseCycle': 'Clore d’abord le cycle : des villes répondent peut-être encore',
	'steps.submitLink': 'Soumettre la réponse…',
	'steps.resubmitLink': 'Soumettre à nouveau la réponse…',
	'steps.submitConfirmTitle': 'Soumettre la réponse maintenant ?',
	'steps.resubmitConfirmTitle': 'Soumettre à nouveau la réponse maintenant ?',
	'steps.submitWhatHappens': 'Quand vous confirmez :',
	'steps.submitReadOnly':
		'les réponses passent en lecture seule : personne dans votre ville ne peut plus les modifier ;',
	'steps.submitReview':
		'le secrétariat d’Eurocities les examine et peut renvoyer des questions sur certains éléments ; seuls ces éléments redeviennent modifiables.',
	'steps.submitConfirm': 'Oui, soumettre la réponse',
	'steps.resubmitConfirm': 'Oui, soumettre à nouveau la réponse',
	'steps.submitNotYet': 'Pas encore : retour aux réponses',
	'steps.inviteFilterLegend': 'Trouver des villes',
	'steps.inviteCountry': 'Pays',
	'steps.inviteAnyCountry': 'Tous les pays',
	'steps.inviteName': 'Le nom contient',
	'steps.inviteFilter': 'Afficher les villes correspondantes',
	'steps.inviteShowAll': 'Afficher toutes les villes',
	'steps.inviteSelectAll': 'Tout sélectionner ({count})',
	'steps.inviteSelectShown': 'Sélectionner toutes les villes affichées ({count})',
	'steps.inviteSelectNone': 'Ne rien sélectionner',
	'steps.inviteCount': 'Choisies : {ticked}. Affichées : {shown} villes sur {total}.',
	'steps.inviteHiddenTicked': 'Également choisies, bien que masquées par le filtre : {cities}.',
	'steps.inviteNoMatch': 'Aucune ville ne correspond au filtre.',
	'steps.inviteHint':
		'Rien n’est coché au départ : cochez les villes une à une, ou utilisez « Tout sélectionner ». Les signataires actuels viennent d’abord ; les villes qui n’ont pas signé la Charte suivent et peuvent être ajoutées.'
};

export const stepsDe: Record<keyof typeof stepsEn, string> = {
	'steps.openLink': 'Zyklus öffnen…',
	'steps.closeLink': 'Zyklus schließen…',
	'steps.openConfirmTitle': 'Zyklus öffnen?',
	'steps.closeConfirmTitle': 'Zyklus schließen?',
	'steps.openInvited':
		'Bisher eingeladene Städte: {count}. Beim Öffnen wird keine E-Mail verschickt: Laden Sie Städte auf der Einladungsseite ein, vor oder nach dem Öffnen.',
	'steps.closeNow':
		'Das Schließen beendet sofort die Bearbeitung für alle Städte, auch für Städte mit Fristverlängerung. Nur mit einer Rückfrage zurückgegebene Punkte bleiben offen. Das lässt sich nicht rückgängig machen.',
	'steps.closeNotSubmitted': 'Städte, die noch nicht eingereicht haben ({count}): {cities}.',
	'steps.closeAllSubmitted': 'Alle eingeladenen Städte haben eingereicht.',
	'steps.openConfirm': 'Ja, Zyklus öffnen',
	'steps.closeConfirm': 'Ja, Zyklus schließen',
	'steps.cancel': 'Abbrechen, nichts ändern',
	'steps.back': 'Zurück zum Zyklus',
	'steps.bulkColumn': 'Annehmen',
	'steps.bulkTick': '{city} zum Annehmen auswählen',
	'steps.bulkButton': 'Ausgewählte Antworten annehmen…',
	'steps.bulkHint':
		'Nur eingereichte Antworten lassen sich ankreuzen. Die nächste Seite listet sie auf und bittet um Bestätigung; vorher wird nichts angenommen.',
	'steps.bulkConfirmTitle': 'Diese Antworten annehmen?',
	'steps.bulkNoneChosen':
		'Es wurde keine Antwort ausgewählt. Kreuzen Sie in der Tabelle die eingereichten Antworten an, die Sie annehmen möchten.',
	'steps.bulkExplain':
		'Das Annehmen beendet jede Prüfung: Ihre Rückfragen werden geschlossen, die Stadt kann ihre Antworten nicht mehr ändern, und die Koordinatorinnen und Koordinatoren der Stadt werden per E-Mail informiert.',
	'steps.bulkWill': 'Werden angenommen ({count})',
	'steps.bulkCannot': 'Können jetzt nicht angenommen werden und bleiben unverändert ({count})',
	'steps.bulkConfirm': 'Ja, diese Antworten annehmen ({count})',
	'steps.bulkDoneTitle': 'Antworten angenommen',
	'steps.bulkAccepted': 'Angenommen ({count}): {cities}.',
	'steps.bulkRefused': 'Nicht angenommen ({count})',
	'steps.publishNotYet': 'Der Bericht kann noch nicht veröffentlicht werden. Noch zu tun:',
	'steps.publishCloseCycle': 'Zuerst den Zyklus schließen: Städte antworten vielleicht noch',
	'steps.submitLink': 'Antwort einreichen…',
	'steps.resubmitLink': 'Antwort erneut einreichen…',
	'steps.submitConfirmTitle': 'Antwort jetzt einreichen?',
	'steps.resubmitConfirmTitle': 'Antwort jetzt erneut einreichen?',
	'steps.submitWhatHappens': 'Wenn Sie bestätigen:',
	'steps.submitReadOnly':
		'Die Antworten sind danach schreibgeschützt: Niemand in Ihrer Stadt kann sie mehr ändern.',
	'steps.submitReview':
		'Das Eurocities-Sekretariat prüft sie und kann zu einzelnen Punkten Rückfragen stellen; nur diese Punkte lassen sich dann wieder ändern.',
	'steps.submitConfirm': 'Ja, Antwort einreichen',
	'steps.resubmitConfirm': 'Ja, Antwort erneut einreichen',
	'steps.submitNotYet': 'Noch nicht: zurück zu den Antworten',
	'steps.inviteFilterLegend': 'Städte finden',
	'steps.inviteCountry': 'Land',
	'steps.inviteAnyCountry': 'Alle Länder',
	'steps.inviteName': 'Name enthält',
	'steps.inviteFilter': 'Passende Städte anzeigen',
	'steps.inviteShowAll': 'Alle Städte anzeigen',
	'steps.inviteSelectAll': 'Alle auswählen ({count})',
	'steps.inviteSelectShown': 'Alle angezeigten auswählen ({count})',
	'steps.inviteSelectNone': 'Keine auswählen',
	'steps.inviteCount': 'Ausgewählt: {ticked}. Angezeigt: {shown} von {total} Städten.',
	'steps.inviteHiddenTicked': 'Ebenfalls ausgewählt, aber vom Filter ausgeblendet: {cities}.',
	'steps.inviteNoMatch': 'Keine Stadt passt zum Filter.',
	'steps.inviteHint':
		'Zu Beginn ist nichts angekreuzt: Kreuzen Sie Städte einzeln an oder nutzen Sie „Alle auswählen“. Die aktuellen Unterzeichnerstädte stehen zuerst; Städte, die die Charta nicht unterzeichnet haben, folgen und können hinzugefügt werden.'
};

export const stepsEs: Record<keyof typeof stepsEn, string> = {
	'steps.openLink': 'Abrir el ciclo…',
	'steps.closeLink': 'Cerrar el ciclo…',
	'steps.openConfirmTitle': '¿Abrir el ciclo?',
	'steps.closeConfirmTitle': '¿Cerrar el ciclo?',
	'steps.openInvited':
		'Ciudades invitadas hasta ahora: {count}. Abrir el ciclo no envía ningún correo: invite a las ciudades desde la página de invitaciones, antes o después de abrirlo.',
	'steps.closeNow':
		'Al cerrar, ninguna ciudad puede seguir editando, tampoco las que tienen una prórroga. Solo siguen abiertos los elementos devueltos con una consulta. No se puede deshacer.',
	'steps.closeNotSubmitted': 'Ciudades que no han enviado su respuesta ({count}): {cities}.',
	'steps.closeAllSubmitted': 'Todas las ciudades invitadas han enviado su respuesta.',
	'steps.openConfirm': 'Sí, abrir el ciclo',
	'steps.closeConfirm': 'Sí, cerrar el ciclo',
	'steps.cancel': 'Cancelar, no cambiar nada',
	'steps.back': 'Volver al ciclo',
	'steps.bulkColumn': 'Aceptar',
	'steps.bulkTick': 'Elegir {city} para aceptar',
	'steps.bulkButton': 'Aceptar las respuestas elegidas…',
	'steps.bulkHint':
		'Solo se pueden marcar las respuestas enviadas. La página siguiente las enumera y le pide que confirme; antes no se acepta nada.',
	'steps.bulkConfirmTitle': '¿Aceptar estas respuestas?',
	'steps.bulkNoneChosen':
		'No se ha elegido ninguna respuesta. Marque en la tabla las respuestas enviadas que quiere aceptar.',
	'steps.bulkExplain':
		'Aceptar pone fin a cada revisión: sus consultas se cierran, la ciudad ya no puede cambiar sus respuestas y sus coordinadores reciben un aviso por correo electrónico.',
	'steps.bulkWill': 'Se aceptarán ({count})',
	'steps.bulkCannot': 'No pueden aceptarse ahora y se dejarán como están ({count})',
	'steps.bulkConfirm': 'Sí, aceptar estas respuestas ({count})',
	'steps.bulkDoneTitle': 'Respuestas aceptadas',
	'steps.bulkAccepted': 'Aceptadas ({count}): {cities}.',
	'steps.bulkRefused': 'No aceptadas ({count})',
	'steps.publishNotYet': 'El informe aún no puede publicarse. Falta:',
	'steps.publishCloseCycle': 'Cerrar primero el ciclo: puede que haya ciudades respondiendo todavía',
	'steps.submitLink': 'Enviar la respuesta…',
	'steps.resubmitLink': 'Volver a enviar la respuesta…',
	'steps.submitConfirmTitle': '¿Enviar la respuesta ahora?',
	'steps.resubmitConfirmTitle': '¿Volver a enviar la respuesta ahora?',
	'steps.submitWhatHappens': 'Cuando confirme:',
	'steps.submitReadOnly': 'las respuestas pasan a ser de solo lectura: nadie de su ciudad podrá cambiarlas;',
	'steps.submitReview':
		'la secretaría de Eurocities las revisa y puede devolverle preguntas sobre algunos elementos; solo esos elementos vuelven a abrirse para cambios.',
	'steps.submitConfirm': 'Sí, enviar la respuesta',
	'steps.resubmitConfirm': 'Sí, volver a enviar la respuesta',
	'steps.submitNotYet': 'Todavía no: volver a las respuestas',
	'steps.inviteFilterLegend': 'Buscar ciudades',
	'steps.inviteCountry': 'País',
	'steps.inviteAnyCountry': 'Cualquier país',
	'steps.inviteName': 'El nombre contiene',
	'steps.inviteFilter': 'Mostrar las ciudades que coinciden',
	'steps.inviteShowAll': 'Mostrar todas las ciudades',
	'steps.inviteSelectAll': 'Seleccionar todas ({count})',
	'steps.inviteSelectShown': 'Seleccionar todas las mostradas ({count})',
	'steps.inviteSelectNone': 'No seleccionar ninguna',
	'steps.inviteCount': 'Elegidas: {ticked}. Mostradas: {shown} de {total} ciudades.',
	'steps.inviteHiddenTicked': 'También elegidas, aunque el filtro las oculta: {cities}.',
	'steps.inviteNoMatch': 'Ninguna ciudad coincide con el filtro.',
	'steps.inviteHint':
		'Al principio no hay nada marcado: marque las ciudades una a una o use «Seleccionar todas». Primero aparecen las firmantes actuales; después, las ciudades que no han firmado la Carta, que también pueden añadirse.'
};

export const stepsIt: Record<keyof typeof stepsEn, string> = {
	'steps.openLink': 'Apri il ciclo…',
	'steps.closeLink': 'Chiudi il ciclo…',
	'steps.openConfirmTitle': 'Aprire il ciclo?',
	'steps.closeConfirmTitle': 'Chiudere il ciclo?',
	'steps.openInvited':
		'Città invitate finora: {count}. L’apertura non invia nessuna e-mail: invita le città dalla pagina degli inviti, prima o dopo l’apertura.',
	'steps.closeNow':
		'La chiusura blocca subito le modifiche di ogni città, comprese quelle con una proroga. Restano aperti solo gli elementi rinviati con una richiesta di chiarimento. Non si può annullare.',
	'steps.closeNotSubmitted': 'Città che non hanno inviato ({count}): {cities}.',
	'steps.closeAllSubmitted': 'Ogni città invitata ha inviato la risposta.',
	'steps.openConfirm': 'Sì, apri il ciclo',
	'steps.closeConfirm': 'Sì, chiudi il ciclo',
	'steps.cancel': 'Annulla, non cambiare nulla',
	'steps.back': 'Torna al ciclo',
	'steps.bulkColumn': 'Accetta',
	'steps.bulkTick': 'Scegli {city} da accettare',
	'steps.bulkButton': 'Accetta le risposte scelte…',
	'steps.bulkHint':
		'Si possono spuntare solo le risposte inviate. La pagina successiva le elenca e ti chiede di confermare; prima di allora non viene accettato nulla.',
	'steps.bulkConfirmTitle': 'Accettare queste risposte?',
	'steps.bulkNoneChosen':
		'Non è stata scelta nessuna risposta. Spunta nella tabella le risposte inviate da accettare.',
	'steps.bulkExplain':
		'L’accettazione conclude ogni verifica: le sue richieste di chiarimento si chiudono, la città non può più modificare le risposte e i coordinatori della città ne sono informati via e-mail.',
	'steps.bulkWill': 'Saranno accettate ({count})',
	'steps.bulkCannot': 'Non si possono accettare ora e resteranno come sono ({count})',
	'steps.bulkConfirm': 'Sì, accetta queste risposte ({count})',
	'steps.bulkDoneTitle': 'Risposte accettate',
	'steps.bulkAccepted': 'Accettate ({count}): {cities}.',
	'steps.bulkRefused': 'Non accettate ({count})',
	'steps.publishNotYet': 'Il rapporto non si può ancora pubblicare. Resta da fare:',
	'steps.publishCloseCycle': 'Chiudi prima il ciclo: alcune città potrebbero ancora rispondere',
	'steps.submitLink': 'Invia la risposta…',
	'steps.resubmitLink': 'Invia di nuovo la risposta…',
	'steps.submitConfirmTitle': 'Inviare ora la risposta?',
	'steps.resubmitConfirmTitle': 'Inviare di nuovo ora la risposta?',
	'steps.submitWhatHappens': 'Quando confermi:',
	'steps.submitReadOnly':
		'le risposte diventano di sola lettura: nessuno nella tua città può più modificarle;',
	'steps.submitReview':
		'la segreteria di Eurocities le esamina e può rinviare domande su alcuni elementi; solo quegli elementi si riaprono alle modifiche.',
	'steps.submitConfirm': 'Sì, invia la risposta',
	'steps.resubmitConfirm': 'Sì, invia di nuovo la risposta',
	'steps.submitNotYet': 'Non ancora: torna alle risposte',
	'steps.inviteFilterLegend': 'Trova le città',
	'steps.inviteCountry': 'Paese',
	'steps.inviteAnyCountry': 'Qualsiasi paese',
	'steps.inviteName': 'Il nome contiene',
	'steps.inviteFilter': 'Mostra le città corrispondenti',
	'steps.inviteShowAll': 'Mostra tutte le città',
	'steps.inviteSelectAll': 'Seleziona tutte ({count})',
	'steps.inviteSelectShown': 'Seleziona tutte quelle mostrate ({count})',
	'steps.inviteSelectNone': 'Deseleziona tutte',
	'steps.inviteCount': 'Scelte: {ticked}. Mostrate: {shown} città su {total}.',
	'steps.inviteHiddenTicked': 'Scelte anche, benché il filtro le nasconda: {cities}.',
	'steps.inviteNoMatch': 'Nessuna città corrisponde al filtro.',
	'steps.inviteHint':
		'All’inizio non è spuntato nulla: spunta le città una per una oppure usa “Seleziona tutte”. Le firmatarie attuali vengono per prime; seguono le città che non hanno firmato la Carta, che si possono aggiungere.'
};
