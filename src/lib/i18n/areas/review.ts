/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const reviewEn = {
	// The secretariat's review page
	'review.title': '{city}: {cycle}',
	'review.backToProgress': 'Back to the progress of {cycle}',
	'review.stateLabel': 'State',
	'review.state.invited': 'Invited, not started',
	'review.state.in_progress': 'In progress',
	'review.state.submitted': 'Submitted, waiting for your review',
	'review.state.returned': 'Returned to the city with queries',
	'review.state.accepted': 'Accepted',
	'review.submittedLabel': 'Submitted',
	'review.submittedWhenBy': '{when} by {name}',
	'review.deadlineLabel': 'Deadline',
	'review.deadlineExtended': '{date} (extended from {original})',
	'review.queriesTitle': 'Queries on this response ({count})',
	'review.threadStatus.draft': 'draft, not sent yet',
	'review.threadStatus.open': 'sent, waiting for the city',
	'review.threadStatus.answered': 'answered',
	'review.threadStatus.closed': 'closed',
	'review.thisCycle': 'Answer in this cycle',
	'review.previousCycle': 'Answer in {cycle}',
	'review.threadTitle': 'Queries and replies',
	'review.fromSecretariat': '{name} (secretariat)',
	'review.fromCity': '{name} (city)',
	'review.draftNotSent': 'Draft, not sent yet',
	'review.removeDraft': 'Remove this draft',
	'review.queryLabel': 'Write a query',
	'review.queryHint': 'The city sees it only once you return the response.',
	'review.saveQuery': 'Save query',
	'review.queryRequired': 'Write the query before saving it.',
	'review.messageTooLong': 'Keep the message under 4,000 characters.',
	'review.decisionTitle': 'Your decision',
	'review.returnText':
		'Sends every draft query to the city. Only the queried items reopen for them; the rest stays as submitted.',
	'review.returnButton': 'Return to the city ({count} queries)',
	'review.returnButtonOne': 'Return to the city (1 query)',
	'review.howToQuery':
		'To ask the city about an item, write a query under it: say what is missing or unclear, e.g. “the evidence does not say which department runs it”. Queries stay drafts until you return the response.',
	'review.acceptText': 'Accepting ends the review of this response. The city is told by e-mail.',
	'review.acceptButton': 'Accept the response',
	'review.acceptAfterDrafts':
		'You have unsent queries on {count} items: return them to the city, or remove them, before accepting.',
	'review.stateExplained.invited':
		'The city has not started yet. You can review the response once it is submitted.',
	'review.stateExplained.in_progress':
		'The city is still working on its response. You can review it once it is submitted.',
	'review.stateExplained.submitted': 'The response is submitted.',
	'review.stateExplained.returned':
		'The response is with the city, which is answering your queries. You can review it again once it is resubmitted.',
	'review.stateExplained.accepted': 'You accepted this response. Every query and reply is kept below.',
	'review.refused.forbidden': 'Only the secretariat can do this.',
	'review.refused.not_found': 'This response no longer exists.',
	'review.refused.not_submitted':
		'This can only be done while the response is submitted; it was changed meanwhile.',
	'review.refused.no_queries': 'There is no unsent query to return: write a query on an item first.',
	'review.refused.open_queries': 'The city has not answered every query yet.',
	'review.refused.unsent_queries':
		'There are unsent queries: return them to the city, or remove them, before accepting.',
	'review.noticeQueryDrafted':
		'The query is saved as a draft. The city sees it once you return the response.',
	'review.noticeDraftRemoved': 'The draft query is removed.',
	'review.noticeDraftGone': 'That draft was already sent or removed.',
	'review.noticeReturned':
		'The response is returned to the city with your queries. Its coordinator is told by e-mail.',
	'review.noticeAccepted': 'The response is accepted. The city’s coordinator is told by e-mail.',

	// The city's pages
	'review.yourDeadline': 'Your deadline: {date}',
	'review.yourDeadlineExtended': 'Your deadline: {date} (extended from {original})',
	'review.lock.submitted':
		'Your response is submitted. It can no longer be changed, unless the secretariat sends it back with questions.',
	'review.lock.submittedOn':
		'Your response was submitted on {date}. It can no longer be changed, unless the secretariat sends it back with questions.',
	'review.lock.accepted': 'The secretariat accepted your response. It can no longer be changed. Thank you.',
	'review.lock.not_open': 'This reporting cycle is not open yet, so answers cannot be entered.',
	'review.lock.closed': 'This reporting cycle is closed, so the response can no longer be changed.',
	'review.lock.deadline_passed':
		'The deadline has passed, so the response can no longer be changed. If you need more time, ask the secretariat for an extension.',
	'review.cityQuestions': 'The secretariat has questions on {count} items',
	'review.cityQuestionsOne': 'The secretariat has a question on 1 item',
	'review.cityQuestionsText':
		'Only these items can be changed now. Reply to each question under the item, change the answer if needed, then resubmit.',
	'review.replied': 'replied',
	'review.notReplied': 'not replied yet',
	'review.cityResubmitHint': 'When every question has a reply:',
	'review.checkAndResubmit': 'check and resubmit your response',
	'review.cityThreadTitle': 'The secretariat’s question on “{question}”',
	'review.replyLabel': 'Your reply',
	'review.replyHint':
		'The secretariat reads it when you resubmit. Answers you typed above are saved with it.',
	'review.replyHintAgain': 'You have replied already. You can add to your reply before you resubmit.',
	'review.sendReply': 'Send reply',
	'review.replyRequired': 'Write your reply before sending it.',
	'review.noticeReplied': 'Your reply is sent.',
	'review.onlyReopened':
		'The secretariat returned your response: only the items it asked about can be changed. The others are shown as submitted.',
	'review.noReopenedHere':
		'The secretariat returned your response with questions on other sections. Nothing in this section can be changed.',
	'review.lockedSave': 'Nothing was saved: this part of the response can no longer be changed.',
	'review.unansweredTitle': 'Reply to the secretariat’s questions before resubmitting ({count} left)',
	'review.resubmitText':
		'Resubmitting sends your replies and changed answers to the secretariat. The response is then read-only again.',
	'review.resubmitButton': 'Resubmit the response',

	// E-mails (plain text, one link)
	'review.mailReturnedSubject': 'The secretariat has questions on your response',
	'review.mailReturnedBody':
		'Hello,\n\nThe Eurocities secretariat has reviewed your city’s response and has questions on {count} item(s). Only those items are open for changes. Please reply to each question and resubmit:\n\n{url}\n',
	'review.mailAcceptedSubject': 'Your response is accepted',
	'review.mailAcceptedBody':
		'Hello,\n\nThe Eurocities secretariat has accepted your city’s response. Thank you for your work. You can still read it here:\n\n{url}\n',
	'review.mailResubmittedSubject': '{city} resubmitted its self-assessment',
	'review.mailResubmittedBody':
		'Hello,\n\n{city} has replied to your queries and resubmitted its response. Review it here:\n\n{url}\n'
} as const;

export const reviewFr: Record<keyof typeof reviewEn, string> = {
	'review.title': '{city} : {cycle}',
	'review.backToProgress': 'Retour à l’avancement de {cycle}',
	'review.stateLabel': 'État',
	'review.state.invited': 'Invitée, pas commencée',
	'review.state.in_progress': 'En cours',
	'review.state.submitted': 'Envoyée, en attente de votre examen',
	'review.state.returned': 'Renvoyée à la ville avec des questions',
	'review.state.accepted': 'Acceptée',
	'review.submittedLabel': 'Envoyée',
	'review.submittedWhenBy': '{when} par {name}',
	'review.deadlineLabel': 'Date limite',
	'review.deadlineExtended': '{date} (prolongée, initialement le {original})',
	'review.queriesTitle': 'Questions sur cette réponse ({count})',
	'review.threadStatus.draft': 'brouillon, pas encore envoyée',
	'review.threadStatus.open': 'envoyée, en attente de la ville',
	'review.threadStatus.answered': 'répondue',
	'review.threadStatus.closed': 'close',
	'review.thisCycle': 'Réponse de ce cycle',
	'review.previousCycle': 'Réponse de {cycle}',
	'review.threadTitle': 'Questions et réponses',
	'review.fromSecretariat': '{name} (secrétariat)',
	'review.fromCity': '{name} (ville)',
	'review.draftNotSent': 'Brouillon, pas encore envoyé',
	'review.removeDraft': 'Supprimer ce brouillon',
	'review.queryLabel': 'Écrire une question',
	'review.queryHint': 'La ville ne la voit qu’une fois la réponse renvoyée.',
	'review.saveQuery': 'Enregistrer la question',
	'review.queryRequired': 'Écrivez la question avant de l’enregistrer.',
	'review.messageTooLong': 'Le message doit compter moins de 4 000 caractères.',
	'review.decisionTitle': 'Votre décision',
	'review.returnText':
		'Envoie toutes les questions en brouillon à la ville. Seules les questions concernées sont rouvertes ; le reste reste tel qu’envoyé.',
	'review.returnButton': 'Renvoyer à la ville ({count} questions)',
	'review.returnButtonOne': 'Renvoyer à la ville (1 question)',
	'review.howToQuery':
		'Pour interroger la ville sur un élément, écrivez une question en dessous : dites ce qui manque ou n’est pas clair, par exemple « la justification ne dit pas quel service s’en charge ». Les questions restent des brouillons jusqu’au renvoi de la réponse.',
	'review.acceptText': 'Accepter met fin à l’examen de cette réponse. La ville en est informée par e-mail.',
	'review.acceptButton': 'Accepter la réponse',
	'review.acceptAfterDrafts':
		'Des questions non envoyées portent sur {count} éléments : renvoyez-les à la ville ou supprimez-les avant d’accepter.',
	'review.stateExplained.invited':
		'La ville n’a pas encore commencé. Vous pourrez examiner la réponse une fois envoyée.',
	'review.stateExplained.in_progress':
		'La ville travaille encore à sa réponse. Vous pourrez l’examiner une fois envoyée.',
	'review.stateExplained.submitted': 'La réponse est envoyée.',
	'review.stateExplained.returned':
		'La réponse est chez la ville, qui répond à vos questions. Vous pourrez l’examiner de nouveau après son nouvel envoi.',
	'review.stateExplained.accepted':
		'Vous avez accepté cette réponse. Toutes les questions et réponses sont conservées ci-dessous.',
	'review.refused.forbidden': 'Seul le secrétariat peut faire cela.',
	'review.refused.not_found': 'Cette réponse n’existe plus.',
	'review.refused.not_submitted':
		'Ceci n’est possible que lorsque la réponse est envoyée ; elle a changé entre-temps.',
	'review.refused.no_queries':
		'Aucune question non envoyée à renvoyer : écrivez d’abord une question sur un élément.',
	'review.refused.open_queries': 'La ville n’a pas encore répondu à toutes les questions.',
	'review.refused.unsent_queries':
		'Des questions n’ont pas été envoyées : renvoyez-les à la ville ou supprimez-les avant d’accepter.',
	'review.noticeQueryDrafted':
		'La question est enregistrée comme brouillon. La ville la verra une fois la réponse renvoyée.',
	'review.noticeDraftRemoved': 'Le brouillon de question est supprimé.',
	'review.noticeDraftGone': 'Ce brouillon a déjà été envoyé ou supprimé.',
	'review.noticeReturned':
		'La réponse est renvoyée à la ville avec vos questions. Sa coordinatrice ou son coordinateur est informé par e-mail.',
	'review.noticeAccepted':
		'La réponse est acceptée. La coordinatrice ou le coordinateur de la ville est informé par e-mail.',

	'review.yourDeadline': 'Votre date limite : {date}',
	'review.yourDeadlineExtended': 'Votre date limite : {date} (prolongée, initialement le {original})',
	'review.lock.submitted':
		'Votre réponse est envoyée. Elle ne peut plus être modifiée, sauf si le secrétariat vous la renvoie avec des questions.',
	'review.lock.submittedOn':
		'Votre réponse a été envoyée le {date}. Elle ne peut plus être modifiée, sauf si le secrétariat vous la renvoie avec des questions.',
	'review.lock.accepted': 'Le secrétariat a accepté votre réponse. Elle ne peut plus être modifiée. Merci.',
	'review.lock.not_open':
		'Ce cycle n’est pas encore ouvert : les réponses ne peuvent pas encore être saisies.',
	'review.lock.closed': 'Ce cycle est clos : la réponse ne peut plus être modifiée.',
	'review.lock.deadline_passed':
		'La date limite est passée : la réponse ne peut plus être modifiée. S’il vous faut plus de temps, demandez une prolongation au secrétariat.',
	'review.cityQuestions': 'Le secrétariat a des questions sur {count} éléments',
	'review.cityQuestionsOne': 'Le secrétariat a une question sur 1 élément',
	'review.cityQuestionsText':
		'Seuls ces éléments peuvent être modifiés. Répondez à chaque question sous l’élément, modifiez la réponse si nécessaire, puis renvoyez.',
	'review.replied': 'répondu',
	'review.notReplied': 'pas encore de réponse',
	'review.cityResubmitHint': 'Quand chaque question a une réponse :',
	'review.checkAndResubmit': 'vérifier et renvoyer votre réponse',
	'review.cityThreadTitle': 'La question du secrétariat sur « {question} »',
	'review.replyLabel': 'Votre réponse au secrétariat',
	'review.replyHint':
		'Le secrétariat la lit quand vous renvoyez. Les réponses saisies plus haut sont enregistrées en même temps.',
	'review.replyHintAgain': 'Vous avez déjà répondu. Vous pouvez compléter avant de renvoyer.',
	'review.sendReply': 'Envoyer la réponse',
	'review.replyRequired': 'Écrivez votre réponse avant de l’envoyer.',
	'review.noticeReplied': 'Votre réponse est envoyée.',
	'review.onlyReopened':
		'Le secrétariat vous a renvoyé la réponse : seuls les éléments concernés par ses questions peuvent être modifiés. Les autres sont affichés tels qu’envoyés.',
	'review.noReopenedHere':
		'Le secrétariat vous a renvoyé la réponse avec des questions sur d’autres sections. Rien ne peut être modifié dans celle-ci.',
	'review.lockedSave': 'Rien n’a été enregistré : cette partie de la réponse ne peut plus être modifiée.',
	'review.unansweredTitle': 'Répondez aux questions du secrétariat avant de renvoyer ({count} restantes)',
	'review.resubmitText':
		'Le renvoi transmet vos réponses et modifications au secrétariat. La réponse redevient ensuite non modifiable.',
	'review.resubmitButton': 'Renvoyer la réponse',

	'review.mailReturnedSubject': 'Le secrétariat a des questions sur votre réponse',
	'review.mailReturnedBody':
		'Bonjour,\n\nLe secrétariat d’Eurocities a examiné la réponse de votre ville et a des questions sur {count} élément(s). Seuls ces éléments peuvent être modifiés. Merci de répondre à chaque question puis de renvoyer la réponse :\n\n{url}\n',
	'review.mailAcceptedSubject': 'Votre réponse est acceptée',
	'review.mailAcceptedBody':
		'Bonjour,\n\nLe secrétariat d’Eurocities a accepté la réponse de votre ville. Merci pour votre travail. Elle reste consultable ici :\n\n{url}\n',
	'review.mailResubmittedSubject': '{city} a renvoyé son auto-évaluation',
	'review.mailResubmittedBody':
		'Bonjour,\n\n{city} a répondu à vos questions et renvoyé sa réponse. Pour l’examiner :\n\n{url}\n'
};

export const reviewDe: Record<keyof typeof reviewEn, string> = {
	'review.title': '{city}: {cycle}',
	'review.backToProgress': 'Zurück zum Stand von {cycle}',
	'review.stateLabel': 'Stand',
	'review.state.invited': 'Eingeladen, nicht begonnen',
	'review.state.in_progress': 'In Bearbeitung',
	'review.state.submitted': 'Eingereicht, wartet auf Ihre Prüfung',
	'review.state.returned': 'Mit Rückfragen an die Stadt zurückgegeben',
	'review.state.accepted': 'Angenommen',
	'review.submittedLabel': 'Eingereicht',
	'review.submittedWhenBy': '{when} von {name}',
	'review.deadlineLabel': 'Frist',
	'review.deadlineExtended': '{date} (verlängert, ursprünglich {original})',
	'review.queriesTitle': 'Rückfragen zu dieser Antwort ({count})',
	'review.threadStatus.draft': 'Entwurf, noch nicht gesendet',
	'review.threadStatus.open': 'gesendet, wartet auf die Stadt',
	'review.threadStatus.answered': 'beantwortet',
	'review.threadStatus.closed': 'abgeschlossen',
	'review.thisCycle': 'Antwort in diesem Zyklus',
	'review.previousCycle': 'Antwort in {cycle}',
	'review.threadTitle': 'Rückfragen und Antworten',
	'review.fromSecretariat': '{name} (Sekretariat)',
	'review.fromCity': '{name} (Stadt)',
	'review.draftNotSent': 'Entwurf, noch nicht gesendet',
	'review.removeDraft': 'Diesen Entwurf löschen',
	'review.queryLabel': 'Rückfrage schreiben',
	'review.queryHint': 'Die Stadt sieht die Rückfrage erst, wenn Sie die Antwort zurückgeben.',
	'review.saveQuery': 'Rückfrage speichern',
	'review.queryRequired': 'Schreiben Sie die Rückfrage, bevor Sie sie speichern.',
	'review.messageTooLong': 'Die Nachricht darf höchstens 4.000 Zeichen lang sein.',
	'review.decisionTitle': 'Ihre Entscheidung',
	'review.returnText':
		'Sendet alle Rückfragen im Entwurf an die Stadt. Nur die betroffenen Fragen werden wieder geöffnet; alles andere bleibt wie eingereicht.',
	'review.returnButton': 'An die Stadt zurückgeben ({count} Rückfragen)',
	'review.returnButtonOne': 'An die Stadt zurückgeben (1 Rückfrage)',
	'review.howToQuery':
		'Um bei der Stadt zu einer Frage nachzufragen, schreiben Sie darunter eine Rückfrage: Sagen Sie, was fehlt oder unklar ist, z. B. „Aus dem Nachweis geht nicht hervor, welche Abteilung zuständig ist“. Rückfragen bleiben Entwürfe, bis Sie die Antwort zurückgeben.',
	'review.acceptText':
		'Mit der Annahme endet die Prüfung dieser Antwort. Die Stadt wird per E-Mail informiert.',
	'review.acceptButton': 'Antwort annehmen',
	'review.acceptAfterDrafts':
		'Es gibt nicht gesendete Rückfragen zu {count} Fragen: Geben Sie sie an die Stadt zurück oder löschen Sie sie, bevor Sie annehmen.',
	'review.stateExplained.invited':
		'Die Stadt hat noch nicht begonnen. Sie können die Antwort prüfen, sobald sie eingereicht ist.',
	'review.stateExplained.in_progress':
		'Die Stadt arbeitet noch an ihrer Antwort. Sie können sie prüfen, sobald sie eingereicht ist.',
	'review.stateExplained.submitted': 'Die Antwort ist eingereicht.',
	'review.stateExplained.returned':
		'Die Antwort liegt bei der Stadt, die Ihre Rückfragen beantwortet. Sie können sie nach der erneuten Einreichung wieder prüfen.',
	'review.stateExplained.accepted':
		'Sie haben diese Antwort angenommen. Alle Rückfragen und Antworten bleiben unten erhalten.',
	'review.refused.forbidden': 'Das kann nur das Sekretariat.',
	'review.refused.not_found': 'Diese Antwort gibt es nicht mehr.',
	'review.refused.not_submitted':
		'Das geht nur, solange die Antwort eingereicht ist; sie wurde inzwischen geändert.',
	'review.refused.no_queries':
		'Es gibt keine ungesendete Rückfrage: Schreiben Sie zuerst eine Rückfrage zu einer Frage.',
	'review.refused.open_queries': 'Die Stadt hat noch nicht alle Rückfragen beantwortet.',
	'review.refused.unsent_queries':
		'Es gibt nicht gesendete Rückfragen: Geben Sie sie an die Stadt zurück oder löschen Sie sie, bevor Sie annehmen.',
	'review.noticeQueryDrafted':
		'Die Rückfrage ist als Entwurf gespeichert. Die Stadt sieht sie, sobald Sie die Antwort zurückgeben.',
	'review.noticeDraftRemoved': 'Der Entwurf der Rückfrage ist gelöscht.',
	'review.noticeDraftGone': 'Dieser Entwurf wurde bereits gesendet oder gelöscht.',
	'review.noticeReturned':
		'Die Antwort ist mit Ihren Rückfragen an die Stadt zurückgegeben. Die Koordination der Stadt wird per E-Mail informiert.',
	'review.noticeAccepted':
		'Die Antwort ist angenommen. Die Koordination der Stadt wird per E-Mail informiert.',

	'review.yourDeadline': 'Ihre Frist: {date}',
	'review.yourDeadlineExtended': 'Ihre Frist: {date} (verlängert, ursprünglich {original})',
	'review.lock.submitted':
		'Ihre Antwort ist eingereicht. Sie kann nicht mehr geändert werden, es sei denn, das Sekretariat gibt sie mit Rückfragen zurück.',
	'review.lock.submittedOn':
		'Ihre Antwort wurde am {date} eingereicht. Sie kann nicht mehr geändert werden, es sei denn, das Sekretariat gibt sie mit Rückfragen zurück.',
	'review.lock.accepted':
		'Das Sekretariat hat Ihre Antwort angenommen. Sie kann nicht mehr geändert werden. Vielen Dank.',
	'review.lock.not_open':
		'Dieser Berichtszyklus ist noch nicht geöffnet; Antworten können noch nicht eingegeben werden.',
	'review.lock.closed':
		'Dieser Berichtszyklus ist abgeschlossen; die Antwort kann nicht mehr geändert werden.',
	'review.lock.deadline_passed':
		'Die Frist ist abgelaufen; die Antwort kann nicht mehr geändert werden. Wenn Sie mehr Zeit brauchen, bitten Sie das Sekretariat um eine Verlängerung.',
	'review.cityQuestions': 'Das Sekretariat hat Rückfragen zu {count} Fragen',
	'review.cityQuestionsOne': 'Das Sekretariat hat eine Rückfrage zu 1 Frage',
	'review.cityQuestionsText':
		'Nur diese Fragen können jetzt geändert werden. Beantworten Sie jede Rückfrage unter der Frage, ändern Sie bei Bedarf die Antwort und reichen Sie dann erneut ein.',
	'review.replied': 'beantwortet',
	'review.notReplied': 'noch nicht beantwortet',
	'review.cityResubmitHint': 'Wenn jede Rückfrage beantwortet ist:',
	'review.checkAndResubmit': 'Antwort prüfen und erneut einreichen',
	'review.cityThreadTitle': 'Rückfrage des Sekretariats zu „{question}“',
	'review.replyLabel': 'Ihre Antwort an das Sekretariat',
	'review.replyHint':
		'Das Sekretariat liest sie, wenn Sie erneut einreichen. Oben eingegebene Antworten werden dabei mitgespeichert.',
	'review.replyHintAgain': 'Sie haben bereits geantwortet. Sie können vor der erneuten Einreichung ergänzen.',
	'review.sendReply': 'Antwort senden',
	'review.replyRequired': 'Schreiben Sie Ihre Antwort, bevor Sie sie senden.',
	'review.noticeReplied': 'Ihre Antwort ist gesendet.',
	'review.onlyReopened':
		'Das Sekretariat hat Ihre Antwort zurückgegeben: Nur die Fragen mit Rückfragen können geändert werden. Die anderen werden wie eingereicht angezeigt.',
	'review.noReopenedHere':
		'Das Sekretariat hat Ihre Antwort mit Rückfragen zu anderen Abschnitten zurückgegeben. In diesem Abschnitt kann nichts geändert werden.',
	'review.lockedSave': 'Nichts wurde gespeichert: Dieser Teil der Antwort kann nicht mehr geändert werden.',
	'review.unansweredTitle':
		'Beantworten Sie die Rückfragen des Sekretariats vor der erneuten Einreichung (noch {count})',
	'review.resubmitText':
		'Mit der erneuten Einreichung gehen Ihre Antworten und Änderungen an das Sekretariat. Danach ist die Antwort wieder schreibgeschützt.',
	'review.resubmitButton': 'Antwort erneut einreichen',

	'review.mailReturnedSubject': 'Das Sekretariat hat Rückfragen zu Ihrer Antwort',
	'review.mailReturnedBody':
		'Guten Tag,\n\ndas Eurocities-Sekretariat hat die Antwort Ihrer Stadt geprüft und hat Rückfragen zu {count} Frage(n). Nur diese Fragen können geändert werden. Bitte beantworten Sie jede Rückfrage und reichen Sie die Antwort erneut ein:\n\n{url}\n',
	'review.mailAcceptedSubject': 'Ihre Antwort ist angenommen',
	'review.mailAcceptedBody':
		'Guten Tag,\n\ndas Eurocities-Sekretariat hat die Antwort Ihrer Stadt angenommen. Vielen Dank für Ihre Arbeit. Sie können sie hier weiterhin lesen:\n\n{url}\n',
	'review.mailResubmittedSubject': '{city} hat die Selbstbewertung erneut eingereicht',
	'review.mailResubmittedBody':
		'Guten Tag,\n\n{city} hat Ihre Rückfragen beantwortet und die Antwort erneut eingereicht. Zur Prüfung:\n\n{url}\n'
};

export const reviewEs: Record<keyof typeof reviewEn, string> = {
	'review.title': '{city}: {cycle}',
	'review.backToProgress': 'Volver al avance de {cycle}',
	'review.stateLabel': 'Estado',
	'review.state.invited': 'Invitada, sin empezar',
	'review.state.in_progress': 'En curso',
	'review.state.submitted': 'Enviada, pendiente de su revisión',
	'review.state.returned': 'Devuelta a la ciudad con consultas',
	'review.state.accepted': 'Aceptada',
	'review.submittedLabel': 'Enviada',
	'review.submittedWhenBy': '{when} por {name}',
	'review.deadlineLabel': 'Plazo',
	'review.deadlineExtended': '{date} (prorrogado desde el {original})',
	'review.queriesTitle': 'Consultas sobre esta respuesta ({count})',
	'review.threadStatus.draft': 'borrador, aún sin enviar',
	'review.threadStatus.open': 'enviada, a la espera de la ciudad',
	'review.threadStatus.answered': 'respondida',
	'review.threadStatus.closed': 'cerrada',
	'review.thisCycle': 'Respuesta en este ciclo',
	'review.previousCycle': 'Respuesta en {cycle}',
	'review.threadTitle': 'Consultas y respuestas',
	'review.fromSecretariat': '{name} (secretaría)',
	'review.fromCity': '{name} (ciudad)',
	'review.draftNotSent': 'Borrador, aún sin enviar',
	'review.removeDraft': 'Eliminar este borrador',
	'review.queryLabel': 'Escribir una consulta',
	'review.queryHint': 'La ciudad solo la verá cuando usted devuelva la respuesta.',
	'review.saveQuery': 'Guardar la consulta',
	'review.queryRequired': 'Escriba la consulta antes de guardarla.',
	'review.messageTooLong': 'El mensaje debe tener menos de 4000 caracteres.',
	'review.decisionTitle': 'Su decisión',
	'review.returnText':
		'Envía a la ciudad todos los borradores de consulta. Solo se le reabren los elementos consultados; el resto queda tal como se envió.',
	'review.returnButton': 'Devolver a la ciudad ({count} consultas)',
	'review.returnButtonOne': 'Devolver a la ciudad (1 consulta)',
	'review.howToQuery':
		'Para preguntar a la ciudad sobre un elemento, escriba una consulta debajo de él: diga qué falta o qué no está claro, por ejemplo «las pruebas no dicen qué departamento lo gestiona». Las consultas siguen siendo borradores hasta que devuelva la respuesta.',
	'review.acceptText':
		'Aceptar pone fin a la revisión de esta respuesta. La ciudad recibe un aviso por correo electrónico.',
	'review.acceptButton': 'Aceptar la respuesta',
	'review.acceptAfterDrafts':
		'Tiene consultas sin enviar sobre {count} elementos: devuélvalas a la ciudad o elimínelas antes de aceptar.',
	'review.stateExplained.invited':
		'La ciudad aún no ha empezado. Podrá revisar la respuesta cuando se envíe.',
	'review.stateExplained.in_progress':
		'La ciudad sigue trabajando en su respuesta. Podrá revisarla cuando se envíe.',
	'review.stateExplained.submitted': 'La respuesta está enviada.',
	'review.stateExplained.returned':
		'La respuesta está en manos de la ciudad, que está respondiendo a sus consultas. Podrá revisarla de nuevo cuando se vuelva a enviar.',
	'review.stateExplained.accepted':
		'Usted aceptó esta respuesta. Todas las consultas y respuestas se conservan abajo.',
	'review.refused.forbidden': 'Solo la secretaría puede hacer esto.',
	'review.refused.not_found': 'Esta respuesta ya no existe.',
	'review.refused.not_submitted':
		'Esto solo puede hacerse mientras la respuesta está enviada; entretanto ha cambiado.',
	'review.refused.no_queries':
		'No hay ninguna consulta sin enviar que devolver: escriba primero una consulta sobre un elemento.',
	'review.refused.open_queries': 'La ciudad aún no ha respondido a todas las consultas.',
	'review.refused.unsent_queries':
		'Hay consultas sin enviar: devuélvalas a la ciudad o elimínelas antes de aceptar.',
	'review.noticeQueryDrafted':
		'La consulta se ha guardado como borrador. La ciudad la verá cuando usted devuelva la respuesta.',
	'review.noticeDraftRemoved': 'Se ha eliminado el borrador de consulta.',
	'review.noticeDraftGone': 'Ese borrador ya se había enviado o eliminado.',
	'review.noticeReturned':
		'La respuesta se ha devuelto a la ciudad con sus consultas. Su coordinador/a recibe un aviso por correo electrónico.',
	'review.noticeAccepted':
		'La respuesta está aceptada. El coordinador o la coordinadora de la ciudad recibe un aviso por correo electrónico.',

	'review.yourDeadline': 'Su plazo: {date}',
	'review.yourDeadlineExtended': 'Su plazo: {date} (prorrogado desde el {original})',
	'review.lock.submitted':
		'Su respuesta está enviada. Ya no se puede cambiar, salvo que la secretaría se la devuelva con preguntas.',
	'review.lock.submittedOn':
		'Su respuesta se envió el {date}. Ya no se puede cambiar, salvo que la secretaría se la devuelva con preguntas.',
	'review.lock.accepted': 'La secretaría aceptó su respuesta. Ya no se puede cambiar. Gracias.',
	'review.lock.not_open':
		'Este ciclo de informe aún no está abierto, así que no se pueden introducir respuestas.',
	'review.lock.closed': 'Este ciclo de informe está cerrado, así que la respuesta ya no se puede cambiar.',
	'review.lock.deadline_passed':
		'El plazo ha vencido, así que la respuesta ya no se puede cambiar. Si necesita más tiempo, pida una prórroga a la secretaría.',
	'review.cityQuestions': 'La secretaría tiene preguntas sobre {count} elementos',
	'review.cityQuestionsOne': 'La secretaría tiene una pregunta sobre 1 elemento',
	'review.cityQuestionsText':
		'Ahora solo se pueden cambiar estos elementos. Responda a cada pregunta debajo del elemento, cambie la respuesta si es necesario y vuelva a enviarla.',
	'review.replied': 'respondida',
	'review.notReplied': 'aún sin responder',
	'review.cityResubmitHint': 'Cuando todas las preguntas tengan respuesta:',
	'review.checkAndResubmit': 'revise y vuelva a enviar su respuesta',
	'review.cityThreadTitle': 'La pregunta de la secretaría sobre «{question}»',
	'review.replyLabel': 'Su respuesta',
	'review.replyHint':
		'La secretaría la leerá cuando vuelva a enviar. Las respuestas que escribió arriba se guardan con ella.',
	'review.replyHintAgain': 'Ya ha respondido. Puede completar su respuesta antes de volver a enviar.',
	'review.sendReply': 'Enviar la respuesta',
	'review.replyRequired': 'Escriba su respuesta antes de enviarla.',
	'review.noticeReplied': 'Su respuesta se ha enviado.',
	'review.onlyReopened':
		'La secretaría le ha devuelto su respuesta: solo pueden cambiarse los elementos sobre los que preguntó. Los demás se muestran tal como se enviaron.',
	'review.noReopenedHere':
		'La secretaría le ha devuelto su respuesta con preguntas sobre otras secciones. En esta sección no se puede cambiar nada.',
	'review.lockedSave': 'No se ha guardado nada: esta parte de la respuesta ya no se puede cambiar.',
	'review.unansweredTitle':
		'Responda a las preguntas de la secretaría antes de volver a enviar (quedan {count})',
	'review.resubmitText':
		'Al volver a enviar, sus respuestas a las preguntas y las respuestas cambiadas llegan a la secretaría. Después, la respuesta vuelve a ser de solo lectura.',
	'review.resubmitButton': 'Volver a enviar la respuesta',

	'review.mailReturnedSubject': 'La secretaría tiene preguntas sobre su respuesta',
	'review.mailReturnedBody':
		'Hola:\n\nLa secretaría de Eurocities ha revisado la respuesta de su ciudad y tiene preguntas sobre {count} elemento(s). Solo esos elementos están abiertos a cambios. Responda a cada pregunta y vuelva a enviar la respuesta:\n\n{url}\n',
	'review.mailAcceptedSubject': 'Su respuesta está aceptada',
	'review.mailAcceptedBody':
		'Hola:\n\nLa secretaría de Eurocities ha aceptado la respuesta de su ciudad. Gracias por su trabajo. Puede seguir leyéndola aquí:\n\n{url}\n',
	'review.mailResubmittedSubject': '{city} ha vuelto a enviar su autoevaluación',
	'review.mailResubmittedBody':
		'Hola:\n\n{city} ha respondido a sus consultas y ha vuelto a enviar su respuesta. Revísela aquí:\n\n{url}\n'
};

export const reviewIt: Record<keyof typeof reviewEn, string> = {
	'review.title': '{city}: {cycle}',
	'review.backToProgress': 'Torna all’avanzamento di {cycle}',
	'review.stateLabel': 'Stato',
	'review.state.invited': 'Invitata, non iniziata',
	'review.state.in_progress': 'In corso',
	'review.state.submitted': 'Inviata, in attesa della tua verifica',
	'review.state.returned': 'Restituita alla città con richieste di chiarimento',
	'review.state.accepted': 'Accettata',
	'review.submittedLabel': 'Inviata',
	'review.submittedWhenBy': '{when} da {name}',
	'review.deadlineLabel': 'Scadenza',
	'review.deadlineExtended': '{date} (prorogata dal {original})',
	'review.queriesTitle': 'Richieste di chiarimento su questa risposta ({count})',
	'review.threadStatus.draft': 'bozza, non ancora inviata',
	'review.threadStatus.open': 'inviata, in attesa della città',
	'review.threadStatus.answered': 'con risposta',
	'review.threadStatus.closed': 'chiusa',
	'review.thisCycle': 'Risposta in questo ciclo',
	'review.previousCycle': 'Risposta in {cycle}',
	'review.threadTitle': 'Richieste e risposte',
	'review.fromSecretariat': '{name} (segreteria)',
	'review.fromCity': '{name} (città)',
	'review.draftNotSent': 'Bozza, non ancora inviata',
	'review.removeDraft': 'Elimina questa bozza',
	'review.queryLabel': 'Scrivi una richiesta di chiarimento',
	'review.queryHint': 'La città la vede solo quando restituisci la risposta.',
	'review.saveQuery': 'Salva la richiesta',
	'review.queryRequired': 'Scrivi la richiesta prima di salvarla.',
	'review.messageTooLong': 'Mantieni il messaggio sotto i 4.000 caratteri.',
	'review.decisionTitle': 'La tua decisione',
	'review.returnText':
		'Invia alla città ogni bozza di richiesta. Si riaprono solo gli elementi oggetto di richiesta; il resto rimane come è stato inviato.',
	'review.returnButton': 'Restituisci alla città ({count} richieste)',
	'review.returnButtonOne': 'Restituisci alla città (1 richiesta)',
	'review.howToQuery':
		'Per chiedere qualcosa alla città su un elemento, scrivi una richiesta sotto di esso: di’ che cosa manca o non è chiaro, per esempio “le evidenze non dicono quale ufficio lo gestisce”. Le richieste restano bozze finché non restituisci la risposta.',
	'review.acceptText':
		'L’accettazione conclude la verifica di questa risposta. La città ne è informata via e-mail.',
	'review.acceptButton': 'Accetta la risposta',
	'review.acceptAfterDrafts':
		'Hai richieste non inviate su {count} elementi: restituiscile alla città, oppure eliminale, prima di accettare.',
	'review.stateExplained.invited':
		'La città non ha ancora iniziato. Potrai verificare la risposta una volta inviata.',
	'review.stateExplained.in_progress':
		'La città sta ancora lavorando alla sua risposta. Potrai verificarla una volta inviata.',
	'review.stateExplained.submitted': 'La risposta è stata inviata.',
	'review.stateExplained.returned':
		'La risposta è presso la città, che sta rispondendo alle tue richieste. Potrai verificarla di nuovo una volta inviata di nuovo.',
	'review.stateExplained.accepted':
		'Hai accettato questa risposta. Ogni richiesta e risposta è conservata qui sotto.',
	'review.refused.forbidden': 'Solo la segreteria può farlo.',
	'review.refused.not_found': 'Questa risposta non esiste più.',
	'review.refused.not_submitted': 'Si può fare solo mentre la risposta è inviata; nel frattempo è cambiata.',
	'review.refused.no_queries':
		'Non c’è nessuna richiesta non inviata da restituire: scrivi prima una richiesta su un elemento.',
	'review.refused.open_queries': 'La città non ha ancora risposto a tutte le richieste.',
	'review.refused.unsent_queries':
		'Ci sono richieste non inviate: restituiscile alla città, oppure eliminale, prima di accettare.',
	'review.noticeQueryDrafted':
		'La richiesta è salvata come bozza. La città la vede quando restituisci la risposta.',
	'review.noticeDraftRemoved': 'La bozza di richiesta è eliminata.',
	'review.noticeDraftGone': 'Quella bozza era già stata inviata o eliminata.',
	'review.noticeReturned':
		'La risposta è restituita alla città con le tue richieste. Il suo coordinatore ne è informato via e-mail.',
	'review.noticeAccepted': 'La risposta è accettata. Il coordinatore della città ne è informato via e-mail.',

	'review.yourDeadline': 'La tua scadenza: {date}',
	'review.yourDeadlineExtended': 'La tua scadenza: {date} (prorogata dal {original})',
	'review.lock.submitted':
		'La tua risposta è stata inviata. Non può più essere modificata, a meno che la segreteria non la rinvii con delle domande.',
	'review.lock.submittedOn':
		'La tua risposta è stata inviata il {date}. Non può più essere modificata, a meno che la segreteria non la rinvii con delle domande.',
	'review.lock.accepted':
		'La segreteria ha accettato la tua risposta. Non può più essere modificata. Grazie.',
	'review.lock.not_open':
		'Questo ciclo di rendicontazione non è ancora aperto, quindi non si possono inserire risposte.',
	'review.lock.closed':
		'Questo ciclo di rendicontazione è chiuso, quindi la risposta non può più essere modificata.',
	'review.lock.deadline_passed':
		'La scadenza è passata, quindi la risposta non può più essere modificata. Se ti serve più tempo, chiedi una proroga alla segreteria.',
	'review.cityQuestions': 'La segreteria ha domande su {count} elementi',
	'review.cityQuestionsOne': 'La segreteria ha una domanda su 1 elemento',
	'review.cityQuestionsText':
		'Ora si possono modificare solo questi elementi. Rispondi a ogni domanda sotto l’elemento, modifica la risposta se serve, poi invia di nuovo.',
	'review.replied': 'con risposta',
	'review.notReplied': 'ancora senza risposta',
	'review.cityResubmitHint': 'Quando ogni domanda ha una risposta:',
	'review.checkAndResubmit': 'controlla e invia di nuovo la tua risposta',
	'review.cityThreadTitle': 'La domanda della segreteria su “{question}”',
	'review.replyLabel': 'La tua risposta',
	'review.replyHint':
		'La segreteria la legge quando invii di nuovo. Le risposte che hai scritto qui sopra vengono salvate insieme.',
	'review.replyHintAgain':
		'Hai già risposto. Puoi aggiungere qualcosa alla tua risposta prima di inviare di nuovo.',
	'review.sendReply': 'Invia la risposta',
	'review.replyRequired': 'Scrivi la tua risposta prima di inviarla.',
	'review.noticeReplied': 'La tua risposta è stata inviata.',
	'review.onlyReopened':
		'La segreteria ha restituito la tua risposta: si possono modificare solo gli elementi su cui ha fatto domande. Gli altri sono mostrati come inviati.',
	'review.noReopenedHere':
		'La segreteria ha restituito la tua risposta con domande su altre sezioni. In questa sezione non si può modificare nulla.',
	'review.lockedSave':
		'Non è stato salvato nulla: questa parte della risposta non può più essere modificata.',
	'review.unansweredTitle':
		'Rispondi alle domande della segreteria prima di inviare di nuovo (ne restano {count})',
	'review.resubmitText':
		'Inviando di nuovo, le tue risposte alle domande e le risposte modificate vanno alla segreteria. La risposta torna poi di sola lettura.',
	'review.resubmitButton': 'Invia di nuovo la risposta',

	'review.mailReturnedSubject': 'La segreteria ha domande sulla tua risposta',
	'review.mailReturnedBody':
		'Buongiorno,\n\nla segreteria di Eurocities ha esaminato la risposta della tua città e ha domande su {count} elemento/i. Solo quegli elementi sono aperti alle modifiche. Rispondi a ogni domanda e invia di nuovo:\n\n{url}\n',
	'review.mailAcceptedSubject': 'La tua risposta è stata accettata',
	'review.mailAcceptedBody':
		'Buongiorno,\n\nla segreteria di Eurocities ha accettato la risposta della tua città. Grazie per il tuo lavoro. Puoi ancora leggerla qui:\n\n{url}\n',
	'review.mailResubmittedSubject': '{city} ha inviato di nuovo la sua autovalutazione',
	'review.mailResubmittedBody':
		'Buongiorno,\n\n{city} ha risposto alle tue richieste di chiarimento e ha inviato di nuovo la sua risposta. Esaminala qui:\n\n{url}\n'
};
