/** Interface text of one area, kept apart so the catalogues stay small; en.ts, fr.ts and de.ts spread it. */
export const cyclesEn = {
	'cycles.status.draft': 'Draft',
	'cycles.status.open': 'Open',
	'cycles.status.closed': 'Closed',
	'cycles.status.published': 'Published',
	'cycles.currentStatus': 'Current state: {status}.',
	'cycles.noDeadline': 'no deadline set',
	'cycles.period': '{start} to {end}',
	'cycles.backToCycles': 'All cycles',
	'cycles.backToCycle': 'Back to {cycle}',

	'cycles.listTitle': 'Reporting cycles',
	'cycles.listLead':
		'Each cycle has a reporting period, a questionnaire and a deadline. Create a cycle as a draft, open it, then invite the cities.',
	'cycles.newLink': 'Create a cycle',
	'cycles.none': 'There are no cycles yet.',
	'cycles.colName': 'Cycle',
	'cycles.colPeriod': 'Reporting period',
	'cycles.colStatus': 'State',
	'cycles.colDeadline': 'Deadline',
	'cycles.colInvited': 'Cities invited',
	'cycles.colSubmitted': 'Submitted',

	'cycles.newTitle': 'Create a reporting cycle',
	'cycles.newLead': 'The cycle is saved as a draft. Cities see nothing of it until you open it.',
	'cycles.name': 'Name',
	'cycles.nameHint': 'As cities will see it, for example 2026–2028.',
	'cycles.slug': 'Web address',
	'cycles.slugHint':
		'Used in the cycle’s links, as in /respond/2026-2028. Leave it empty to make it from the name.',
	'cycles.periodLegend': 'Reporting period',
	'cycles.periodStart': 'Start of the period',
	'cycles.periodEnd': 'End of the period',
	'cycles.dateHint': 'Year-month-day, like 2026-07-01.',
	'cycles.version': 'Questionnaire version',
	'cycles.versionHint':
		'The cycle keeps its own copy of this version: later changes to the questionnaire do not affect it.',
	'cycles.versionOption': '{title} ({version})',
	'cycles.opensOn': 'Opening date',
	'cycles.opensOnHint': 'The day you plan to open the cycle to cities. Year-month-day.',
	'cycles.deadline': 'Deadline',
	'cycles.deadlineHint': 'The last day cities can answer, until midnight ({zone}). Year-month-day.',
	'cycles.publicLegend': 'Publication of each city’s answers',
	'cycles.cityAnswersPublic': 'Make each city’s answers public once the cycle is published',
	'cycles.cityAnswersPublicHint': 'If not ticked, only results across all cities are published.',
	'cycles.note': 'Note (optional)',
	'cycles.noteHint': 'Seen only by the secretariat.',
	'cycles.createButton': 'Create the draft cycle',
	'cycles.yes': 'Yes',
	'cycles.no': 'No',
	'cycles.noNote': 'None',

	'cycles.nameRequired': 'Enter the name of the cycle, like 2026–2028',
	'cycles.nameTooLong': 'Enter a name of at most 120 characters',
	'cycles.invalidSlug':
		'Enter a web address of lower-case letters and digits joined by hyphens, like 2026-2028',
	'cycles.slugTaken': 'Another cycle already has this web address: choose another one',
	'cycles.invalidPeriodStart': 'Enter the start of the reporting period as year-month-day, like 2026-07-01',
	'cycles.invalidPeriodEnd': 'Enter the end of the reporting period as year-month-day, like 2028-06-30',
	'cycles.periodEndBeforeStart': 'The end of the reporting period must be after its start',
	'cycles.invalidVersion': 'Choose a questionnaire version',
	'cycles.invalidOpensOn': 'Enter the opening date as year-month-day, like 2028-09-01',
	'cycles.invalidDeadline': 'Enter the deadline as year-month-day, like 2029-01-31',
	'cycles.deadlineBeforeOpening': 'The deadline must be after the opening date',
	'cycles.noteTooLong': 'Enter a note of at most 2,000 characters',

	'cycles.settingsTitle': 'Settings of {cycle}',
	'cycles.saved': 'The settings are saved.',
	'cycles.notEditable':
		'The settings can be changed only while the cycle is a draft: once it is open, cities rely on its dates and questionnaire.',
	'cycles.stateTitle': 'State of the cycle',
	'cycles.openExplain':
		'Opening lets the invited cities see and edit their questionnaire until their deadline. After that, the settings above can no longer be changed.',
	'cycles.openButton': 'Open the cycle',
	'cycles.closeExplain':
		'Closing stops ordinary editing for every city, including those with an extension. Only items the secretariat sent back with a query stay open.',
	'cycles.closeButton': 'Close the cycle',
	'cycles.publishLater': 'The cycle is closed. It is published together with its report.',
	'cycles.publishedNote': 'The cycle is published. Its state cannot change any more.',
	'cycles.nowOpen': 'The cycle is open. You can now invite the cities.',
	'cycles.nowClosed': 'The cycle is closed. Cities can no longer edit their answers.',
	'cycles.staleStatus':
		'The cycle changed while you were looking at it: its state is now {status}. Check the page and try again.',
	'cycles.illegalTransition': 'This change of state is not possible.',

	'cycles.inviteTitle': 'Invite cities to {cycle}',
	'cycles.inviteLead':
		'Each invited city’s coordinators get an e-mail in their own language with the deadline and the link to the questionnaire.',
	'cycles.inviteNotOpen': 'Cities can be invited only while the cycle is open.',
	'cycles.goToSettings': 'Go to the settings of the cycle',
	'cycles.citiesLegend': 'Cities to invite',
	'cycles.signatories': 'Signatories',
	'cycles.others': 'Cities that have not signed the Charter',
	'cycles.alreadyInvited': 'already invited',
	'cycles.coordinators': 'Coordinator: {names}',
	'cycles.noCoordinator': 'no coordinator',
	'cycles.inviteCoordinatorLink': 'Invite a coordinator',
	'cycles.inviteButton': 'Send the invitations',
	'cycles.chooseCities': 'Tick at least one city to invite',
	'cycles.unknownCity': 'One of the ticked cities no longer exists. Reload the page and try again.',
	'cycles.inviteResult': 'Cities invited: {invited}. E-mails sent: {mails}.',
	'cycles.inviteWithoutCoordinator': 'Cities without a coordinator, where nobody was told ({count}):',
	'cycles.inviteAlready': 'Ticked cities that were already invited and were left as they were: {count}.',

	'cycles.remindTitle': 'Remind the cities of {cycle}',
	'cycles.remindLead':
		'The reminder goes to the coordinators of every city that has not submitted yet, or whose response was sent back with queries.',
	'cycles.remindNotOpen': 'Reminders can be sent only while the cycle is open.',
	'cycles.previewTitle': 'The e-mail',
	'cycles.previewNote':
		'This is the English e-mail to {city}. Each person gets it in their own language, with their city’s own deadline.',
	'cycles.previewSubject': 'Subject',
	'cycles.previewBody': 'Text',
	'cycles.recipientsTitle': 'Who gets it',
	'cycles.recipientsCount': 'Coordinators: {people}. Cities: {cities}.',
	'cycles.colCity': 'City',
	'cycles.colState': 'State of the response',
	'cycles.colCoordinators': 'Coordinators',
	'cycles.colCityDeadline': 'Deadline of the city',
	'cycles.extendedDate': '{date} (extended)',
	'cycles.withoutCoordinatorTitle': 'Cities without a coordinator (they get no reminder)',
	'cycles.nobodyToRemind': 'No city with a coordinator is waiting to submit: there is nobody to remind.',
	'cycles.remindButton': 'Send the reminder',
	'cycles.reminded': 'Reminders sent: {count}.',

	'cycles.extensionsTitle': 'Extensions in {cycle}',
	'cycles.extensionsLead':
		'A city with an extension has its own deadline instead of the cycle’s ({deadline}). If its deadline had passed, it can edit again at once.',
	'cycles.extensionsNotOpen': 'Extensions can be granted only while the cycle is open.',
	'cycles.extensionsNone': 'No extension has been granted.',
	'cycles.colNewDeadline': 'New deadline',
	'cycles.colGranted': 'Granted',
	'cycles.grantedBy': '{date} by {name}',
	'cycles.grantTitle': 'Grant an extension',
	'cycles.extensionCity': 'City',
	'cycles.chooseCityOption': 'Choose a city',
	'cycles.extendedTo': 'New deadline',
	'cycles.extendedToHint':
		'Year-month-day, after the cycle’s deadline and not in the past. Granting again replaces the city’s earlier extension.',
	'cycles.message': 'Message to the city (optional)',
	'cycles.messageHint': 'Added to the e-mail that tells the coordinators their new deadline.',
	'cycles.grantButton': 'Grant the extension',
	'cycles.granted': '{city} now has until {date}. E-mails sent: {mails}.',
	'cycles.chooseCity': 'Choose the city that gets more time',
	'cycles.notInvited': 'This city is not invited to the cycle',
	'cycles.invalidExtension': 'Enter the new deadline as year-month-day, like 2029-03-15',
	'cycles.extensionNotAfterDeadline': 'The new deadline must be after the cycle’s deadline',
	'cycles.extensionInPast': 'The new deadline cannot be in the past',
	'cycles.messageTooLong': 'Enter a message of at most 1,000 characters',

	'cycles.yourDeadline': 'Your deadline: {date}',
	'cycles.yourDeadlineExtended': 'Your deadline: {date} (extended)',
	'cycles.lock.submitted':
		'Your response is submitted. It cannot be changed unless the secretariat sends it back with questions.',
	'cycles.lock.accepted': 'The secretariat has accepted your response. It cannot be changed any more.',
	'cycles.lock.not_open': 'The questionnaire is not open yet.',
	'cycles.lock.closed': 'Editing is closed: the cycle is closed.',
	'cycles.lock.deadline_passed':
		'Editing is closed: your deadline has passed. If you need more time, ask the Eurocities secretariat.',

	'cycles.coordinatorsTitle': 'Coordinators of {city}',
	'cycles.coordinatorsNone': 'This city has no coordinator yet.',
	'cycles.coordinatorPending': '{name} ({email}): invitation sent, not yet accepted',
	'cycles.coordinatorInviteTitle': 'Invite a coordinator for {city}',
	'cycles.coordinatorInviteLead':
		'The coordinator fills in the questionnaire for the city and submits it. They get an e-mail with a link to choose a password.',
	'cycles.coordinatorName': 'Name of the coordinator',
	'cycles.coordinatorEmail': 'E-mail of the coordinator',
	'cycles.coordinatorInvited': 'An invitation is on its way to {email}.',

	'cycles.mail.inviteSubject': 'Integrating Cities questionnaire {cycle}: please answer by {deadline}',
	'cycles.mail.inviteBody':
		'Hello,\n\nThe Eurocities secretariat invites {city} to answer the Integrating Cities questionnaire for {cycle}. The deadline is {deadline}.\n\nOpen the questionnaire here:\n\n{url}\n',
	'cycles.mail.remindSubject': 'Reminder: Integrating Cities questionnaire {cycle}, due {deadline}',
	'cycles.mail.remindBody':
		'Hello,\n\nA reminder: the answers of {city} to the Integrating Cities questionnaire for {cycle} are due on {deadline}.\n\nContinue here:\n\n{url}\n',
	'cycles.mail.extensionSubject': 'New deadline for {city}: {deadline}',
	'cycles.mail.extensionBody':
		'Hello,\n\nThe Eurocities secretariat has given {city} more time for the Integrating Cities questionnaire {cycle}. Your new deadline is {deadline}.\n{message}\nContinue here:\n\n{url}\n',
	'cycles.mail.extensionMessage': '\nMessage from the secretariat:\n{message}\n'
} as const;

export const cyclesFr: Record<keyof typeof cyclesEn, string> = {
	'cycles.status.draft': 'Brouillon',
	'cycles.status.open': 'Ouvert',
	'cycles.status.closed': 'Clos',
	'cycles.status.published': 'Publié',
	'cycles.currentStatus': 'État actuel : {status}.',
	'cycles.noDeadline': 'aucune date limite fixée',
	'cycles.period': 'du {start} au {end}',
	'cycles.backToCycles': 'Tous les cycles',
	'cycles.backToCycle': 'Retour à {cycle}',

	'cycles.listTitle': 'Cycles de suivi',
	'cycles.listLead':
		'Chaque cycle a une période de référence, un questionnaire et une date limite. Créez un cycle en brouillon, ouvrez-le, puis invitez les villes.',
	'cycles.newLink': 'Créer un cycle',
	'cycles.none': 'Il n’y a encore aucun cycle.',
	'cycles.colName': 'Cycle',
	'cycles.colPeriod': 'Période de référence',
	'cycles.colStatus': 'État',
	'cycles.colDeadline': 'Date limite',
	'cycles.colInvited': 'Villes invitées',
	'cycles.colSubmitted': 'Envoyées',

	'cycles.newTitle': 'Créer un cycle de suivi',
	'cycles.newLead':
		'Le cycle est enregistré comme brouillon. Les villes n’en voient rien tant que vous ne l’ouvrez pas.',
	'cycles.name': 'Nom',
	'cycles.nameHint': 'Tel que les villes le verront, par exemple 2026–2028.',
	'cycles.slug': 'Adresse web',
	'cycles.slugHint':
		'Utilisée dans les liens du cycle, comme /respond/2026-2028. Laissez vide pour la former à partir du nom.',
	'cycles.periodLegend': 'Période de référence',
	'cycles.periodStart': 'Début de la période',
	'cycles.periodEnd': 'Fin de la période',
	'cycles.dateHint': 'Année-mois-jour, par exemple 2026-07-01.',
	'cycles.version': 'Version du questionnaire',
	'cycles.versionHint':
		'Le cycle garde sa propre copie de cette version : les modifications ultérieures du questionnaire ne le changent pas.',
	'cycles.versionOption': '{title} ({version})',
	'cycles.opensOn': 'Date d’ouverture',
	'cycles.opensOnHint': 'Le jour où vous prévoyez d’ouvrir le cycle aux villes. Année-mois-jour.',
	'cycles.deadline': 'Date limite',
	'cycles.deadlineHint':
		'Dernier jour où les villes peuvent répondre, jusqu’à minuit ({zone}). Année-mois-jour.',
	'cycles.publicLegend': 'Publication des réponses de chaque ville',
	'cycles.cityAnswersPublic': 'Rendre publiques les réponses de chaque ville une fois le cycle publié',
	'cycles.cityAnswersPublicHint': 'Sinon, seuls les résultats d’ensemble sont publiés.',
	'cycles.note': 'Note (facultative)',
	'cycles.noteHint': 'Visible seulement par le secrétariat.',
	'cycles.createButton': 'Créer le cycle en brouillon',
	'cycles.yes': 'Oui',
	'cycles.no': 'Non',
	'cycles.noNote': 'Aucune',

	'cycles.nameRequired': 'Saisissez le nom du cycle, par exemple 2026–2028',
	'cycles.nameTooLong': 'Saisissez un nom de 120 caractères au plus',
	'cycles.invalidSlug':
		'Saisissez une adresse web faite de minuscules et de chiffres reliés par des tirets, par exemple 2026-2028',
	'cycles.slugTaken': 'Un autre cycle a déjà cette adresse web : choisissez-en une autre',
	'cycles.invalidPeriodStart':
		'Saisissez le début de la période sous la forme année-mois-jour, par exemple 2026-07-01',
	'cycles.invalidPeriodEnd':
		'Saisissez la fin de la période sous la forme année-mois-jour, par exemple 2028-06-30',
	'cycles.periodEndBeforeStart': 'La fin de la période doit être postérieure à son début',
	'cycles.invalidVersion': 'Choisissez une version du questionnaire',
	'cycles.invalidOpensOn':
		'Saisissez la date d’ouverture sous la forme année-mois-jour, par exemple 2028-09-01',
	'cycles.invalidDeadline': 'Saisissez la date limite sous la forme année-mois-jour, par exemple 2029-01-31',
	'cycles.deadlineBeforeOpening': 'La date limite doit être postérieure à la date d’ouverture',
	'cycles.noteTooLong': 'Saisissez une note de 2 000 caractères au plus',

	'cycles.settingsTitle': 'Paramètres de {cycle}',
	'cycles.saved': 'Les paramètres sont enregistrés.',
	'cycles.notEditable':
		'Les paramètres ne peuvent être modifiés que tant que le cycle est un brouillon : une fois ouvert, les villes comptent sur ses dates et son questionnaire.',
	'cycles.stateTitle': 'État du cycle',
	'cycles.openExplain':
		'L’ouverture permet aux villes invitées de voir et de remplir leur questionnaire jusqu’à leur date limite. Ensuite, les paramètres ci-dessus ne peuvent plus être modifiés.',
	'cycles.openButton': 'Ouvrir le cycle',
	'cycles.closeExplain':
		'La clôture met fin à la saisie pour toutes les villes, y compris celles qui ont un délai supplémentaire. Seules les questions renvoyées par le secrétariat avec une demande restent ouvertes.',
	'cycles.closeButton': 'Clore le cycle',
	'cycles.publishLater': 'Le cycle est clos. Il est publié avec son rapport.',
	'cycles.publishedNote': 'Le cycle est publié. Son état ne peut plus changer.',
	'cycles.nowOpen': 'Le cycle est ouvert. Vous pouvez maintenant inviter les villes.',
	'cycles.nowClosed': 'Le cycle est clos. Les villes ne peuvent plus modifier leurs réponses.',
	'cycles.staleStatus':
		'Le cycle a changé pendant que vous le consultiez : son état est maintenant « {status} ». Vérifiez la page et réessayez.',
	'cycles.illegalTransition': 'Ce changement d’état n’est pas possible.',

	'cycles.inviteTitle': 'Inviter des villes à {cycle}',
	'cycles.inviteLead':
		'Les coordinateurs de chaque ville invitée reçoivent un e-mail dans leur langue avec la date limite et le lien vers le questionnaire.',
	'cycles.inviteNotOpen': 'Les villes ne peuvent être invitées que lorsque le cycle est ouvert.',
	'cycles.goToSettings': 'Aller aux paramètres du cycle',
	'cycles.citiesLegend': 'Villes à inviter',
	'cycles.signatories': 'Signataires',
	'cycles.others': 'Villes qui n’ont pas signé la Charte',
	'cycles.alreadyInvited': 'déjà invitée',
	'cycles.coordinators': 'Coordination : {names}',
	'cycles.noCoordinator': 'aucun coordinateur',
	'cycles.inviteCoordinatorLink': 'Inviter un coordinateur',
	'cycles.inviteButton': 'Envoyer les invitations',
	'cycles.chooseCities': 'Cochez au moins une ville à inviter',
	'cycles.unknownCity': 'Une des villes cochées n’existe plus. Rechargez la page et réessayez.',
	'cycles.inviteResult': 'Villes invitées : {invited}. E-mails envoyés : {mails}.',
	'cycles.inviteWithoutCoordinator': 'Villes sans coordinateur, où personne n’a été prévenu ({count}) :',
	'cycles.inviteAlready': 'Villes cochées déjà invitées, laissées telles quelles : {count}.',

	'cycles.remindTitle': 'Relancer les villes de {cycle}',
	'cycles.remindLead':
		'La relance est envoyée aux coordinateurs de chaque ville qui n’a pas encore envoyé sa réponse, ou dont la réponse a été renvoyée avec des demandes.',
	'cycles.remindNotOpen': 'Les relances ne peuvent être envoyées que lorsque le cycle est ouvert.',
	'cycles.previewTitle': 'L’e-mail',
	'cycles.previewNote':
		'Voici l’e-mail en anglais pour {city}. Chaque personne le reçoit dans sa propre langue, avec la date limite de sa ville.',
	'cycles.previewSubject': 'Objet',
	'cycles.previewBody': 'Texte',
	'cycles.recipientsTitle': 'Destinataires',
	'cycles.recipientsCount': 'Coordinateurs : {people}. Villes : {cities}.',
	'cycles.colCity': 'Ville',
	'cycles.colState': 'État de la réponse',
	'cycles.colCoordinators': 'Coordinateurs',
	'cycles.colCityDeadline': 'Date limite de la ville',
	'cycles.extendedDate': '{date} (prolongée)',
	'cycles.withoutCoordinatorTitle': 'Villes sans coordinateur (elles ne reçoivent pas de relance)',
	'cycles.nobodyToRemind':
		'Aucune ville avec un coordinateur n’attend d’envoyer sa réponse : personne à relancer.',
	'cycles.remindButton': 'Envoyer la relance',
	'cycles.reminded': 'Relances envoyées : {count}.',

	'cycles.extensionsTitle': 'Délais supplémentaires dans {cycle}',
	'cycles.extensionsLead':
		'Une ville qui a un délai supplémentaire a sa propre date limite au lieu de celle du cycle ({deadline}). Si sa date limite était passée, elle peut de nouveau modifier ses réponses aussitôt.',
	'cycles.extensionsNotOpen': 'Un délai supplémentaire ne peut être accordé que lorsque le cycle est ouvert.',
	'cycles.extensionsNone': 'Aucun délai supplémentaire n’a été accordé.',
	'cycles.colNewDeadline': 'Nouvelle date limite',
	'cycles.colGranted': 'Accordé',
	'cycles.grantedBy': 'le {date} par {name}',
	'cycles.grantTitle': 'Accorder un délai supplémentaire',
	'cycles.extensionCity': 'Ville',
	'cycles.chooseCityOption': 'Choisissez une ville',
	'cycles.extendedTo': 'Nouvelle date limite',
	'cycles.extendedToHint':
		'Année-mois-jour, après la date limite du cycle et pas dans le passé. Un nouvel octroi remplace le délai précédent de la ville.',
	'cycles.message': 'Message à la ville (facultatif)',
	'cycles.messageHint': 'Ajouté à l’e-mail qui annonce aux coordinateurs leur nouvelle date limite.',
	'cycles.grantButton': 'Accorder le délai',
	'cycles.granted': '{city} a maintenant jusqu’au {date}. E-mails envoyés : {mails}.',
	'cycles.chooseCity': 'Choisissez la ville qui obtient plus de temps',
	'cycles.notInvited': 'Cette ville n’est pas invitée à ce cycle',
	'cycles.invalidExtension':
		'Saisissez la nouvelle date limite sous la forme année-mois-jour, par exemple 2029-03-15',
	'cycles.extensionNotAfterDeadline': 'La nouvelle date limite doit être postérieure à celle du cycle',
	'cycles.extensionInPast': 'La nouvelle date limite ne peut pas être dans le passé',
	'cycles.messageTooLong': 'Saisissez un message de 1 000 caractères au plus',

	'cycles.yourDeadline': 'Votre date limite : {date}',
	'cycles.yourDeadlineExtended': 'Votre date limite : {date} (prolongée)',
	'cycles.lock.submitted':
		'Votre réponse est envoyée. Elle ne peut plus être modifiée, sauf si le secrétariat vous la renvoie avec des questions.',
	'cycles.lock.accepted': 'Le secrétariat a accepté votre réponse. Elle ne peut plus être modifiée.',
	'cycles.lock.not_open': 'Le questionnaire n’est pas encore ouvert.',
	'cycles.lock.closed': 'La saisie est fermée : le cycle est clos.',
	'cycles.lock.deadline_passed':
		'La saisie est fermée : votre date limite est passée. Si vous avez besoin de plus de temps, adressez-vous au secrétariat d’Eurocities.',

	'cycles.coordinatorsTitle': 'Coordinateurs de {city}',
	'cycles.coordinatorsNone': 'Cette ville n’a pas encore de coordinateur.',
	'cycles.coordinatorPending': '{name} ({email}) : invitation envoyée, pas encore acceptée',
	'cycles.coordinatorInviteTitle': 'Inviter un coordinateur pour {city}',
	'cycles.coordinatorInviteLead':
		'Le coordinateur remplit le questionnaire pour la ville et l’envoie. Il reçoit un e-mail avec un lien pour choisir son mot de passe.',
	'cycles.coordinatorName': 'Nom du coordinateur',
	'cycles.coordinatorEmail': 'E-mail du coordinateur',
	'cycles.coordinatorInvited': 'Une invitation est en route vers {email}.',

	'cycles.mail.inviteSubject':
		'Questionnaire Integrating Cities {cycle} : merci de répondre au plus tard le {deadline}',
	'cycles.mail.inviteBody':
		'Bonjour,\n\nLe secrétariat d’Eurocities invite {city} à répondre au questionnaire Integrating Cities pour {cycle}. La date limite est le {deadline}.\n\nOuvrez le questionnaire ici :\n\n{url}\n',
	'cycles.mail.remindSubject': 'Rappel : questionnaire Integrating Cities {cycle}, à rendre le {deadline}',
	'cycles.mail.remindBody':
		'Bonjour,\n\nPetit rappel : les réponses de {city} au questionnaire Integrating Cities pour {cycle} sont attendues le {deadline}.\n\nPoursuivez ici :\n\n{url}\n',
	'cycles.mail.extensionSubject': 'Nouvelle date limite pour {city} : {deadline}',
	'cycles.mail.extensionBody':
		'Bonjour,\n\nLe secrétariat d’Eurocities accorde à {city} plus de temps pour le questionnaire Integrating Cities {cycle}. Votre nouvelle date limite est le {deadline}.\n{message}\nPoursuivez ici :\n\n{url}\n',
	'cycles.mail.extensionMessage': '\nMessage du secrétariat :\n{message}\n'
};

export const cyclesDe: Record<keyof typeof cyclesEn, string> = {
	'cycles.status.draft': 'Entwurf',
	'cycles.status.open': 'Offen',
	'cycles.status.closed': 'Geschlossen',
	'cycles.status.published': 'Veröffentlicht',
	'cycles.currentStatus': 'Aktueller Stand: {status}.',
	'cycles.noDeadline': 'keine Frist festgelegt',
	'cycles.period': '{start} bis {end}',
	'cycles.backToCycles': 'Alle Zyklen',
	'cycles.backToCycle': 'Zurück zu {cycle}',

	'cycles.listTitle': 'Berichtszyklen',
	'cycles.listLead':
		'Jeder Zyklus hat einen Berichtszeitraum, einen Fragebogen und eine Frist. Legen Sie einen Zyklus als Entwurf an, öffnen Sie ihn und laden Sie dann die Städte ein.',
	'cycles.newLink': 'Zyklus anlegen',
	'cycles.none': 'Es gibt noch keine Zyklen.',
	'cycles.colName': 'Zyklus',
	'cycles.colPeriod': 'Berichtszeitraum',
	'cycles.colStatus': 'Stand',
	'cycles.colDeadline': 'Frist',
	'cycles.colInvited': 'Eingeladene Städte',
	'cycles.colSubmitted': 'Eingereicht',

	'cycles.newTitle': 'Berichtszyklus anlegen',
	'cycles.newLead':
		'Der Zyklus wird als Entwurf gespeichert. Die Städte sehen nichts davon, bis Sie ihn öffnen.',
	'cycles.name': 'Name',
	'cycles.nameHint': 'So, wie die Städte ihn sehen, zum Beispiel 2026–2028.',
	'cycles.slug': 'Webadresse',
	'cycles.slugHint':
		'Wird in den Links des Zyklus verwendet, etwa /respond/2026-2028. Leer lassen, um sie aus dem Namen zu bilden.',
	'cycles.periodLegend': 'Berichtszeitraum',
	'cycles.periodStart': 'Beginn des Zeitraums',
	'cycles.periodEnd': 'Ende des Zeitraums',
	'cycles.dateHint': 'Jahr-Monat-Tag, zum Beispiel 2026-07-01.',
	'cycles.version': 'Version des Fragebogens',
	'cycles.versionHint':
		'Der Zyklus behält eine eigene Kopie dieser Version: spätere Änderungen am Fragebogen wirken sich nicht auf ihn aus.',
	'cycles.versionOption': '{title} ({version})',
	'cycles.opensOn': 'Öffnungsdatum',
	'cycles.opensOnHint': 'Der Tag, an dem Sie den Zyklus für die Städte öffnen wollen. Jahr-Monat-Tag.',
	'cycles.deadline': 'Frist',
	'cycles.deadlineHint':
		'Der letzte Tag, an dem Städte antworten können, bis Mitternacht ({zone}). Jahr-Monat-Tag.',
	'cycles.publicLegend': 'Veröffentlichung der Antworten jeder Stadt',
	'cycles.cityAnswersPublic':
		'Die Antworten jeder Stadt veröffentlichen, sobald der Zyklus veröffentlicht ist',
	'cycles.cityAnswersPublicHint': 'Sonst werden nur Ergebnisse über alle Städte veröffentlicht.',
	'cycles.note': 'Notiz (freiwillig)',
	'cycles.noteHint': 'Nur für das Sekretariat sichtbar.',
	'cycles.createButton': 'Zyklus als Entwurf anlegen',
	'cycles.yes': 'Ja',
	'cycles.no': 'Nein',
	'cycles.noNote': 'Keine',

	'cycles.nameRequired': 'Geben Sie den Namen des Zyklus ein, zum Beispiel 2026–2028',
	'cycles.nameTooLong': 'Geben Sie einen Namen mit höchstens 120 Zeichen ein',
	'cycles.invalidSlug':
		'Geben Sie eine Webadresse aus Kleinbuchstaben und Ziffern ein, verbunden durch Bindestriche, zum Beispiel 2026-2028',
	'cycles.slugTaken': 'Ein anderer Zyklus hat bereits diese Webadresse: wählen Sie eine andere',
	'cycles.invalidPeriodStart':
		'Geben Sie den Beginn des Berichtszeitraums als Jahr-Monat-Tag ein, zum Beispiel 2026-07-01',
	'cycles.invalidPeriodEnd':
		'Geben Sie das Ende des Berichtszeitraums als Jahr-Monat-Tag ein, zum Beispiel 2028-06-30',
	'cycles.periodEndBeforeStart': 'Das Ende des Berichtszeitraums muss nach seinem Beginn liegen',
	'cycles.invalidVersion': 'Wählen Sie eine Version des Fragebogens',
	'cycles.invalidOpensOn': 'Geben Sie das Öffnungsdatum als Jahr-Monat-Tag ein, zum Beispiel 2028-09-01',
	'cycles.invalidDeadline': 'Geben Sie die Frist als Jahr-Monat-Tag ein, zum Beispiel 2029-01-31',
	'cycles.deadlineBeforeOpening': 'Die Frist muss nach dem Öffnungsdatum liegen',
	'cycles.noteTooLong': 'Geben Sie eine Notiz mit höchstens 2.000 Zeichen ein',

	'cycles.settingsTitle': 'Einstellungen von {cycle}',
	'cycles.saved': 'Die Einstellungen sind gespeichert.',
	'cycles.notEditable':
		'Die Einstellungen können nur geändert werden, solange der Zyklus ein Entwurf ist: Sobald er offen ist, verlassen sich die Städte auf seine Daten und seinen Fragebogen.',
	'cycles.stateTitle': 'Stand des Zyklus',
	'cycles.openExplain':
		'Nach dem Öffnen sehen die eingeladenen Städte ihren Fragebogen und können ihn bis zu ihrer Frist bearbeiten. Die Einstellungen oben lassen sich danach nicht mehr ändern.',
	'cycles.openButton': 'Zyklus öffnen',
	'cycles.closeExplain':
		'Das Schließen beendet die Bearbeitung für alle Städte, auch für solche mit Fristverlängerung. Offen bleiben nur Fragen, die das Sekretariat mit einer Rückfrage zurückgegeben hat.',
	'cycles.closeButton': 'Zyklus schließen',
	'cycles.publishLater': 'Der Zyklus ist geschlossen. Er wird zusammen mit seinem Bericht veröffentlicht.',
	'cycles.publishedNote': 'Der Zyklus ist veröffentlicht. Sein Stand kann sich nicht mehr ändern.',
	'cycles.nowOpen': 'Der Zyklus ist offen. Sie können jetzt die Städte einladen.',
	'cycles.nowClosed': 'Der Zyklus ist geschlossen. Die Städte können ihre Antworten nicht mehr ändern.',
	'cycles.staleStatus':
		'Der Zyklus hat sich geändert, während Sie ihn angesehen haben: Sein Stand ist jetzt „{status}“. Prüfen Sie die Seite und versuchen Sie es erneut.',
	'cycles.illegalTransition': 'Dieser Wechsel des Stands ist nicht möglich.',

	'cycles.inviteTitle': 'Städte zu {cycle} einladen',
	'cycles.inviteLead':
		'Die Koordinatorinnen und Koordinatoren jeder eingeladenen Stadt erhalten eine E-Mail in ihrer Sprache mit der Frist und dem Link zum Fragebogen.',
	'cycles.inviteNotOpen': 'Städte können nur eingeladen werden, solange der Zyklus offen ist.',
	'cycles.goToSettings': 'Zu den Einstellungen des Zyklus',
	'cycles.citiesLegend': 'Einzuladende Städte',
	'cycles.signatories': 'Unterzeichnerstädte',
	'cycles.others': 'Städte, die die Charta nicht unterzeichnet haben',
	'cycles.alreadyInvited': 'bereits eingeladen',
	'cycles.coordinators': 'Koordination: {names}',
	'cycles.noCoordinator': 'keine Koordination',
	'cycles.inviteCoordinatorLink': 'Koordination einladen',
	'cycles.inviteButton': 'Einladungen senden',
	'cycles.chooseCities': 'Kreuzen Sie mindestens eine Stadt an, die eingeladen werden soll',
	'cycles.unknownCity':
		'Eine der angekreuzten Städte gibt es nicht mehr. Laden Sie die Seite neu und versuchen Sie es erneut.',
	'cycles.inviteResult': 'Eingeladene Städte: {invited}. Gesendete E-Mails: {mails}.',
	'cycles.inviteWithoutCoordinator':
		'Städte ohne Koordination, in denen niemand benachrichtigt wurde ({count}):',
	'cycles.inviteAlready':
		'Angekreuzte Städte, die bereits eingeladen waren und unverändert blieben: {count}.',

	'cycles.remindTitle': 'Städte von {cycle} erinnern',
	'cycles.remindLead':
		'Die Erinnerung geht an die Koordination jeder Stadt, die noch nicht eingereicht hat oder deren Antwort mit Rückfragen zurückgegeben wurde.',
	'cycles.remindNotOpen': 'Erinnerungen können nur gesendet werden, solange der Zyklus offen ist.',
	'cycles.previewTitle': 'Die E-Mail',
	'cycles.previewNote':
		'Dies ist die englische E-Mail an {city}. Jede Person erhält sie in ihrer eigenen Sprache, mit der Frist ihrer Stadt.',
	'cycles.previewSubject': 'Betreff',
	'cycles.previewBody': 'Text',
	'cycles.recipientsTitle': 'Wer sie erhält',
	'cycles.recipientsCount': 'Koordinationspersonen: {people}. Städte: {cities}.',
	'cycles.colCity': 'Stadt',
	'cycles.colState': 'Stand der Antwort',
	'cycles.colCoordinators': 'Koordination',
	'cycles.colCityDeadline': 'Frist der Stadt',
	'cycles.extendedDate': '{date} (verlängert)',
	'cycles.withoutCoordinatorTitle': 'Städte ohne Koordination (sie erhalten keine Erinnerung)',
	'cycles.nobodyToRemind':
		'Keine Stadt mit Koordination muss noch einreichen: Es gibt niemanden zu erinnern.',
	'cycles.remindButton': 'Erinnerung senden',
	'cycles.reminded': 'Gesendete Erinnerungen: {count}.',

	'cycles.extensionsTitle': 'Fristverlängerungen in {cycle}',
	'cycles.extensionsLead':
		'Eine Stadt mit Fristverlängerung hat ihre eigene Frist statt der des Zyklus ({deadline}). War ihre Frist abgelaufen, kann sie sofort wieder bearbeiten.',
	'cycles.extensionsNotOpen': 'Fristverlängerungen können nur gewährt werden, solange der Zyklus offen ist.',
	'cycles.extensionsNone': 'Es wurde keine Fristverlängerung gewährt.',
	'cycles.colNewDeadline': 'Neue Frist',
	'cycles.colGranted': 'Gewährt',
	'cycles.grantedBy': 'am {date} von {name}',
	'cycles.grantTitle': 'Fristverlängerung gewähren',
	'cycles.extensionCity': 'Stadt',
	'cycles.chooseCityOption': 'Stadt wählen',
	'cycles.extendedTo': 'Neue Frist',
	'cycles.extendedToHint':
		'Jahr-Monat-Tag, nach der Frist des Zyklus und nicht in der Vergangenheit. Eine erneute Gewährung ersetzt die frühere Verlängerung der Stadt.',
	'cycles.message': 'Nachricht an die Stadt (freiwillig)',
	'cycles.messageHint': 'Wird der E-Mail hinzugefügt, die der Koordination die neue Frist mitteilt.',
	'cycles.grantButton': 'Fristverlängerung gewähren',
	'cycles.granted': '{city} hat jetzt bis {date} Zeit. Gesendete E-Mails: {mails}.',
	'cycles.chooseCity': 'Wählen Sie die Stadt, die mehr Zeit erhält',
	'cycles.notInvited': 'Diese Stadt ist zu diesem Zyklus nicht eingeladen',
	'cycles.invalidExtension': 'Geben Sie die neue Frist als Jahr-Monat-Tag ein, zum Beispiel 2029-03-15',
	'cycles.extensionNotAfterDeadline': 'Die neue Frist muss nach der Frist des Zyklus liegen',
	'cycles.extensionInPast': 'Die neue Frist darf nicht in der Vergangenheit liegen',
	'cycles.messageTooLong': 'Geben Sie eine Nachricht mit höchstens 1.000 Zeichen ein',

	'cycles.yourDeadline': 'Ihre Frist: {date}',
	'cycles.yourDeadlineExtended': 'Ihre Frist: {date} (verlängert)',
	'cycles.lock.submitted':
		'Ihre Antwort ist eingereicht. Sie kann nur geändert werden, wenn das Sekretariat sie mit Rückfragen zurückgibt.',
	'cycles.lock.accepted': 'Das Sekretariat hat Ihre Antwort angenommen. Sie kann nicht mehr geändert werden.',
	'cycles.lock.not_open': 'Der Fragebogen ist noch nicht geöffnet.',
	'cycles.lock.closed': 'Die Bearbeitung ist beendet: Der Zyklus ist geschlossen.',
	'cycles.lock.deadline_passed':
		'Die Bearbeitung ist beendet: Ihre Frist ist abgelaufen. Wenn Sie mehr Zeit brauchen, wenden Sie sich an das Eurocities-Sekretariat.',

	'cycles.coordinatorsTitle': 'Koordination von {city}',
	'cycles.coordinatorsNone': 'Diese Stadt hat noch keine Koordination.',
	'cycles.coordinatorPending': '{name} ({email}): Einladung gesendet, noch nicht angenommen',
	'cycles.coordinatorInviteTitle': 'Koordination für {city} einladen',
	'cycles.coordinatorInviteLead':
		'Die Koordination füllt den Fragebogen für die Stadt aus und reicht ihn ein. Sie erhält eine E-Mail mit einem Link, um ein Passwort zu wählen.',
	'cycles.coordinatorName': 'Name der Koordinatorin oder des Koordinators',
	'cycles.coordinatorEmail': 'E-Mail der Koordinatorin oder des Koordinators',
	'cycles.coordinatorInvited': 'Eine Einladung an {email} ist unterwegs.',

	'cycles.mail.inviteSubject': 'Integrating-Cities-Fragebogen {cycle}: Bitte antworten Sie bis {deadline}',
	'cycles.mail.inviteBody':
		'Guten Tag,\n\ndas Eurocities-Sekretariat lädt {city} ein, den Integrating-Cities-Fragebogen für {cycle} zu beantworten. Die Frist endet am {deadline}.\n\nHier öffnen Sie den Fragebogen:\n\n{url}\n',
	'cycles.mail.remindSubject': 'Erinnerung: Integrating-Cities-Fragebogen {cycle}, fällig am {deadline}',
	'cycles.mail.remindBody':
		'Guten Tag,\n\nzur Erinnerung: Die Antworten von {city} auf den Integrating-Cities-Fragebogen für {cycle} sind bis zum {deadline} fällig.\n\nHier geht es weiter:\n\n{url}\n',
	'cycles.mail.extensionSubject': 'Neue Frist für {city}: {deadline}',
	'cycles.mail.extensionBody':
		'Guten Tag,\n\ndas Eurocities-Sekretariat gibt {city} mehr Zeit für den Integrating-Cities-Fragebogen {cycle}. Ihre neue Frist ist der {deadline}.\n{message}\nHier geht es weiter:\n\n{url}\n',
	'cycles.mail.extensionMessage': '\nNachricht des Sekretariats:\n{message}\n'
};

export const cyclesEs: Record<keyof typeof cyclesEn, string> = {
	'cycles.status.draft': 'Borrador',
	'cycles.status.open': 'Abierto',
	'cycles.status.closed': 'Cerrado',
	'cycles.status.published': 'Publicado',
	'cycles.currentStatus': 'Estado actual: {status}.',
	'cycles.noDeadline': 'sin plazo fijado',
	'cycles.period': 'Del {start} al {end}',
	'cycles.backToCycles': 'Todos los ciclos',
	'cycles.backToCycle': 'Volver a {cycle}',

	'cycles.listTitle': 'Ciclos de informe',
	'cycles.listLead':
		'Cada ciclo tiene un periodo de referencia, un cuestionario y un plazo. Cree un ciclo como borrador, ábralo y después invite a las ciudades.',
	'cycles.newLink': 'Crear un ciclo',
	'cycles.none': 'Todavía no hay ciclos.',
	'cycles.colName': 'Ciclo',
	'cycles.colPeriod': 'Periodo de referencia',
	'cycles.colStatus': 'Estado',
	'cycles.colDeadline': 'Plazo',
	'cycles.colInvited': 'Ciudades invitadas',
	'cycles.colSubmitted': 'Enviadas',

	'cycles.newTitle': 'Crear un ciclo de informe',
	'cycles.newLead':
		'El ciclo se guarda como borrador. Las ciudades no ven nada de él hasta que usted lo abra.',
	'cycles.name': 'Nombre',
	'cycles.nameHint': 'Tal como lo verán las ciudades, por ejemplo 2026–2028.',
	'cycles.slug': 'Dirección web',
	'cycles.slugHint':
		'Se usa en los enlaces del ciclo, como en /respond/2026-2028. Déjela vacía para crearla a partir del nombre.',
	'cycles.periodLegend': 'Periodo de referencia',
	'cycles.periodStart': 'Inicio del periodo',
	'cycles.periodEnd': 'Fin del periodo',
	'cycles.dateHint': 'Año-mes-día, por ejemplo 2026-07-01.',
	'cycles.version': 'Versión del cuestionario',
	'cycles.versionHint':
		'El ciclo conserva su propia copia de esta versión: los cambios posteriores del cuestionario no le afectan.',
	'cycles.versionOption': '{title} ({version})',
	'cycles.opensOn': 'Fecha de apertura',
	'cycles.opensOnHint': 'El día en que prevé abrir el ciclo a las ciudades. Año-mes-día.',
	'cycles.deadline': 'Plazo',
	'cycles.deadlineHint':
		'El último día en que las ciudades pueden responder, hasta la medianoche ({zone}). Año-mes-día.',
	'cycles.publicLegend': 'Publicación de las respuestas de cada ciudad',
	'cycles.cityAnswersPublic': 'Hacer públicas las respuestas de cada ciudad cuando se publique el ciclo',
	'cycles.cityAnswersPublicHint': 'Si no se marca, solo se publican los resultados del conjunto de ciudades.',
	'cycles.note': 'Nota (opcional)',
	'cycles.noteHint': 'Solo la ve la secretaría.',
	'cycles.createButton': 'Crear el ciclo en borrador',
	'cycles.yes': 'Sí',
	'cycles.no': 'No',
	'cycles.noNote': 'Ninguna',

	'cycles.nameRequired': 'Escriba el nombre del ciclo, por ejemplo 2026–2028',
	'cycles.nameTooLong': 'Escriba un nombre de 120 caracteres como máximo',
	'cycles.invalidSlug':
		'Escriba una dirección web de letras minúsculas y cifras unidas por guiones, por ejemplo 2026-2028',
	'cycles.slugTaken': 'Otro ciclo ya tiene esta dirección web: elija otra',
	'cycles.invalidPeriodStart':
		'Escriba el inicio del periodo de referencia como año-mes-día, por ejemplo 2026-07-01',
	'cycles.invalidPeriodEnd':
		'Escriba el fin del periodo de referencia como año-mes-día, por ejemplo 2028-06-30',
	'cycles.periodEndBeforeStart': 'El fin del periodo de referencia debe ser posterior a su inicio',
	'cycles.invalidVersion': 'Elija una versión del cuestionario',
	'cycles.invalidOpensOn': 'Escriba la fecha de apertura como año-mes-día, por ejemplo 2028-09-01',
	'cycles.invalidDeadline': 'Escriba el plazo como año-mes-día, por ejemplo 2029-01-31',
	'cycles.deadlineBeforeOpening': 'El plazo debe ser posterior a la fecha de apertura',
	'cycles.noteTooLong': 'Escriba una nota de 2000 caracteres como máximo',

	'cycles.settingsTitle': 'Configuración de {cycle}',
	'cycles.saved': 'La configuración está guardada.',
	'cycles.notEditable':
		'La configuración solo puede cambiarse mientras el ciclo es un borrador: una vez abierto, las ciudades cuentan con sus fechas y su cuestionario.',
	'cycles.stateTitle': 'Estado del ciclo',
	'cycles.openExplain':
		'Al abrirlo, las ciudades invitadas pueden ver y editar su cuestionario hasta su plazo. Después, la configuración de arriba ya no puede cambiarse.',
	'cycles.openButton': 'Abrir el ciclo',
	'cycles.closeExplain':
		'Al cerrarlo, ninguna ciudad puede seguir editando normalmente, tampoco las que tienen una prórroga. Solo siguen abiertos los elementos que la secretaría devolvió con una consulta.',
	'cycles.closeButton': 'Cerrar el ciclo',
	'cycles.publishLater': 'El ciclo está cerrado. Se publica junto con su informe.',
	'cycles.publishedNote': 'El ciclo está publicado. Su estado ya no puede cambiar.',
	'cycles.nowOpen': 'El ciclo está abierto. Ya puede invitar a las ciudades.',
	'cycles.nowClosed': 'El ciclo está cerrado. Las ciudades ya no pueden editar sus respuestas.',
	'cycles.staleStatus':
		'El ciclo cambió mientras lo consultaba: su estado es ahora {status}. Revise la página e inténtelo de nuevo.',
	'cycles.illegalTransition': 'Este cambio de estado no es posible.',

	'cycles.inviteTitle': 'Invitar a ciudades a {cycle}',
	'cycles.inviteLead':
		'Los coordinadores de cada ciudad invitada reciben un correo en su propio idioma con el plazo y el enlace al cuestionario.',
	'cycles.inviteNotOpen': 'Solo se puede invitar a las ciudades mientras el ciclo está abierto.',
	'cycles.goToSettings': 'Ir a la configuración del ciclo',
	'cycles.citiesLegend': 'Ciudades que invitar',
	'cycles.signatories': 'Firmantes',
	'cycles.others': 'Ciudades que no han firmado la Carta',
	'cycles.alreadyInvited': 'ya invitada',
	'cycles.coordinators': 'Coordinación: {names}',
	'cycles.noCoordinator': 'sin coordinador/a',
	'cycles.inviteCoordinatorLink': 'Invitar a un coordinador o coordinadora',
	'cycles.inviteButton': 'Enviar las invitaciones',
	'cycles.chooseCities': 'Marque al menos una ciudad que invitar',
	'cycles.unknownCity':
		'Una de las ciudades marcadas ya no existe. Vuelva a cargar la página e inténtelo de nuevo.',
	'cycles.inviteResult': 'Ciudades invitadas: {invited}. Correos enviados: {mails}.',
	'cycles.inviteWithoutCoordinator': 'Ciudades sin coordinador/a, a las que nadie ha avisado ({count}):',
	'cycles.inviteAlready': 'Ciudades marcadas que ya estaban invitadas y se han dejado como estaban: {count}.',

	'cycles.remindTitle': 'Enviar un recordatorio a las ciudades de {cycle}',
	'cycles.remindLead':
		'El recordatorio se envía a los coordinadores de todas las ciudades que aún no han enviado su respuesta o cuya respuesta se devolvió con consultas.',
	'cycles.remindNotOpen': 'Solo se pueden enviar recordatorios mientras el ciclo está abierto.',
	'cycles.previewTitle': 'El correo',
	'cycles.previewNote':
		'Este es el correo en inglés para {city}. Cada persona lo recibe en su propio idioma, con el plazo de su ciudad.',
	'cycles.previewSubject': 'Asunto',
	'cycles.previewBody': 'Texto',
	'cycles.recipientsTitle': 'Quién lo recibe',
	'cycles.recipientsCount': 'Coordinadores: {people}. Ciudades: {cities}.',
	'cycles.colCity': 'Ciudad',
	'cycles.colState': 'Estado de la respuesta',
	'cycles.colCoordinators': 'Coordinación',
	'cycles.colCityDeadline': 'Plazo de la ciudad',
	'cycles.extendedDate': '{date} (prorrogado)',
	'cycles.withoutCoordinatorTitle': 'Ciudades sin coordinador/a (no reciben recordatorio)',
	'cycles.nobodyToRemind':
		'Ninguna ciudad con coordinador/a tiene pendiente el envío: no hay nadie a quien recordárselo.',
	'cycles.remindButton': 'Enviar el recordatorio',
	'cycles.reminded': 'Recordatorios enviados: {count}.',

	'cycles.extensionsTitle': 'Prórrogas en {cycle}',
	'cycles.extensionsLead':
		'Una ciudad con prórroga tiene su propio plazo en lugar del del ciclo ({deadline}). Si su plazo había vencido, puede volver a editar de inmediato.',
	'cycles.extensionsNotOpen': 'Solo se pueden conceder prórrogas mientras el ciclo está abierto.',
	'cycles.extensionsNone': 'No se ha concedido ninguna prórroga.',
	'cycles.colNewDeadline': 'Nuevo plazo',
	'cycles.colGranted': 'Concedida',
	'cycles.grantedBy': '{date} por {name}',
	'cycles.grantTitle': 'Conceder una prórroga',
	'cycles.extensionCity': 'Ciudad',
	'cycles.chooseCityOption': 'Elija una ciudad',
	'cycles.extendedTo': 'Nuevo plazo',
	'cycles.extendedToHint':
		'Año-mes-día, posterior al plazo del ciclo y no en el pasado. Conceder otra vez sustituye la prórroga anterior de la ciudad.',
	'cycles.message': 'Mensaje a la ciudad (opcional)',
	'cycles.messageHint': 'Se añade al correo que comunica a los coordinadores su nuevo plazo.',
	'cycles.grantButton': 'Conceder la prórroga',
	'cycles.granted': '{city} tiene ahora hasta el {date}. Correos enviados: {mails}.',
	'cycles.chooseCity': 'Elija la ciudad que recibe más tiempo',
	'cycles.notInvited': 'Esta ciudad no está invitada al ciclo',
	'cycles.invalidExtension': 'Escriba el nuevo plazo como año-mes-día, por ejemplo 2029-03-15',
	'cycles.extensionNotAfterDeadline': 'El nuevo plazo debe ser posterior al plazo del ciclo',
	'cycles.extensionInPast': 'El nuevo plazo no puede estar en el pasado',
	'cycles.messageTooLong': 'Escriba un mensaje de 1000 caracteres como máximo',

	'cycles.yourDeadline': 'Su plazo: {date}',
	'cycles.yourDeadlineExtended': 'Su plazo: {date} (prorrogado)',
	'cycles.lock.submitted':
		'Su respuesta está enviada. No se puede cambiar, salvo que la secretaría se la devuelva con preguntas.',
	'cycles.lock.accepted': 'La secretaría ha aceptado su respuesta. Ya no se puede cambiar.',
	'cycles.lock.not_open': 'El cuestionario todavía no está abierto.',
	'cycles.lock.closed': 'La edición está cerrada: el ciclo está cerrado.',
	'cycles.lock.deadline_passed':
		'La edición está cerrada: su plazo ha vencido. Si necesita más tiempo, pídalo a la secretaría de Eurocities.',

	'cycles.coordinatorsTitle': 'Coordinación de {city}',
	'cycles.coordinatorsNone': 'Esta ciudad aún no tiene coordinador/a.',
	'cycles.coordinatorPending': '{name} ({email}): invitación enviada, aún no aceptada',
	'cycles.coordinatorInviteTitle': 'Invitar a un coordinador o coordinadora para {city}',
	'cycles.coordinatorInviteLead':
		'La persona coordinadora rellena el cuestionario en nombre de la ciudad y lo envía. Recibe un correo con un enlace para elegir una contraseña.',
	'cycles.coordinatorName': 'Nombre de la persona coordinadora',
	'cycles.coordinatorEmail': 'Correo electrónico de la persona coordinadora',
	'cycles.coordinatorInvited': 'Se ha enviado una invitación a {email}.',

	'cycles.mail.inviteSubject': 'Cuestionario Integrating Cities {cycle}: responda a más tardar el {deadline}',
	'cycles.mail.inviteBody':
		'Hola:\n\nLa secretaría de Eurocities invita a {city} a responder al cuestionario Integrating Cities de {cycle}. El plazo vence el {deadline}.\n\nAbra el cuestionario aquí:\n\n{url}\n',
	'cycles.mail.remindSubject':
		'Recordatorio: cuestionario Integrating Cities {cycle}, plazo hasta el {deadline}',
	'cycles.mail.remindBody':
		'Hola:\n\nLe recordamos que las respuestas de {city} al cuestionario Integrating Cities de {cycle} deben enviarse a más tardar el {deadline}.\n\nContinúe aquí:\n\n{url}\n',
	'cycles.mail.extensionSubject': 'Nuevo plazo para {city}: {deadline}',
	'cycles.mail.extensionBody':
		'Hola:\n\nLa secretaría de Eurocities ha concedido a {city} más tiempo para el cuestionario Integrating Cities {cycle}. Su nuevo plazo vence el {deadline}.\n{message}\nContinúe aquí:\n\n{url}\n',
	'cycles.mail.extensionMessage': '\nMensaje de la secretaría:\n{message}\n'
};

export const cyclesIt: Record<keyof typeof cyclesEn, string> = {
	'cycles.status.draft': 'Bozza',
	'cycles.status.open': 'Aperto',
	'cycles.status.closed': 'Chiuso',
	'cycles.status.published': 'Pubblicato',
	'cycles.currentStatus': 'Stato attuale: {status}.',
	'cycles.noDeadline': 'nessuna scadenza impostata',
	'cycles.period': 'dal {start} al {end}',
	'cycles.backToCycles': 'Tutti i cicli',
	'cycles.backToCycle': 'Torna a {cycle}',

	'cycles.listTitle': 'Cicli di rendicontazione',
	'cycles.listLead':
		'Ogni ciclo ha un periodo di riferimento, un questionario e una scadenza. Crea un ciclo come bozza, aprilo, poi invita le città.',
	'cycles.newLink': 'Crea un ciclo',
	'cycles.none': 'Non ci sono ancora cicli.',
	'cycles.colName': 'Ciclo',
	'cycles.colPeriod': 'Periodo di riferimento',
	'cycles.colStatus': 'Stato',
	'cycles.colDeadline': 'Scadenza',
	'cycles.colInvited': 'Città invitate',
	'cycles.colSubmitted': 'Inviate',

	'cycles.newTitle': 'Crea un ciclo di rendicontazione',
	'cycles.newLead': 'Il ciclo viene salvato come bozza. Le città non ne vedono nulla finché non lo apri.',
	'cycles.name': 'Nome',
	'cycles.nameHint': 'Come lo vedranno le città, per esempio 2026–2028.',
	'cycles.slug': 'Indirizzo web',
	'cycles.slugHint':
		'Usato nei link del ciclo, come in /respond/2026-2028. Lascialo vuoto per ricavarlo dal nome.',
	'cycles.periodLegend': 'Periodo di riferimento',
	'cycles.periodStart': 'Inizio del periodo',
	'cycles.periodEnd': 'Fine del periodo',
	'cycles.dateHint': 'Anno-mese-giorno, come 2026-07-01.',
	'cycles.version': 'Versione del questionario',
	'cycles.versionHint':
		'Il ciclo conserva una propria copia di questa versione: le modifiche successive al questionario non lo riguardano.',
	'cycles.versionOption': '{title} ({version})',
	'cycles.opensOn': 'Data di apertura',
	'cycles.opensOnHint': 'Il giorno in cui prevedi di aprire il ciclo alle città. Anno-mese-giorno.',
	'cycles.deadline': 'Scadenza',
	'cycles.deadlineHint':
		'L’ultimo giorno in cui le città possono rispondere, fino a mezzanotte ({zone}). Anno-mese-giorno.',
	'cycles.publicLegend': 'Pubblicazione delle risposte di ogni città',
	'cycles.cityAnswersPublic': 'Rendi pubbliche le risposte di ogni città una volta pubblicato il ciclo',
	'cycles.cityAnswersPublicHint':
		'Se non è spuntato, vengono pubblicati solo i risultati complessivi di tutte le città.',
	'cycles.note': 'Nota (facoltativa)',
	'cycles.noteHint': 'Visibile solo alla segreteria.',
	'cycles.createButton': 'Crea il ciclo in bozza',
	'cycles.yes': 'Sì',
	'cycles.no': 'No',
	'cycles.noNote': 'Nessuna',

	'cycles.nameRequired': 'Inserisci il nome del ciclo, come 2026–2028',
	'cycles.nameTooLong': 'Inserisci un nome di al massimo 120 caratteri',
	'cycles.invalidSlug':
		'Inserisci un indirizzo web di lettere minuscole e cifre unite da trattini, come 2026-2028',
	'cycles.slugTaken': 'Un altro ciclo ha già questo indirizzo web: scegline un altro',
	'cycles.invalidPeriodStart':
		'Inserisci l’inizio del periodo di riferimento come anno-mese-giorno, come 2026-07-01',
	'cycles.invalidPeriodEnd':
		'Inserisci la fine del periodo di riferimento come anno-mese-giorno, come 2028-06-30',
	'cycles.periodEndBeforeStart': 'La fine del periodo di riferimento deve essere successiva all’inizio',
	'cycles.invalidVersion': 'Scegli una versione del questionario',
	'cycles.invalidOpensOn': 'Inserisci la data di apertura come anno-mese-giorno, come 2028-09-01',
	'cycles.invalidDeadline': 'Inserisci la scadenza come anno-mese-giorno, come 2029-01-31',
	'cycles.deadlineBeforeOpening': 'La scadenza deve essere successiva alla data di apertura',
	'cycles.noteTooLong': 'Inserisci una nota di al massimo 2.000 caratteri',

	'cycles.settingsTitle': 'Impostazioni di {cycle}',
	'cycles.saved': 'Le impostazioni sono salvate.',
	'cycles.notEditable':
		'Le impostazioni si possono modificare solo finché il ciclo è in bozza: una volta aperto, le città contano sulle sue date e sul suo questionario.',
	'cycles.stateTitle': 'Stato del ciclo',
	'cycles.openExplain':
		'L’apertura permette alle città invitate di vedere e modificare il loro questionario fino alla scadenza. Dopo, le impostazioni qui sopra non si possono più modificare.',
	'cycles.openButton': 'Apri il ciclo',
	'cycles.closeExplain':
		'La chiusura blocca le modifiche ordinarie per ogni città, comprese quelle con una proroga. Restano aperti solo gli elementi che la segreteria ha rinviato con una richiesta di chiarimento.',
	'cycles.closeButton': 'Chiudi il ciclo',
	'cycles.publishLater': 'Il ciclo è chiuso. Viene pubblicato insieme al suo rapporto.',
	'cycles.publishedNote': 'Il ciclo è pubblicato. Il suo stato non può più cambiare.',
	'cycles.nowOpen': 'Il ciclo è aperto. Ora puoi invitare le città.',
	'cycles.nowClosed': 'Il ciclo è chiuso. Le città non possono più modificare le loro risposte.',
	'cycles.staleStatus':
		'Il ciclo è cambiato mentre lo stavi guardando: ora il suo stato è {status}. Controlla la pagina e riprova.',
	'cycles.illegalTransition': 'Questo cambiamento di stato non è possibile.',

	'cycles.inviteTitle': 'Invita le città a {cycle}',
	'cycles.inviteLead':
		'I coordinatori di ogni città invitata ricevono un’e-mail nella loro lingua con la scadenza e il link al questionario.',
	'cycles.inviteNotOpen': 'Le città si possono invitare solo mentre il ciclo è aperto.',
	'cycles.goToSettings': 'Vai alle impostazioni del ciclo',
	'cycles.citiesLegend': 'Città da invitare',
	'cycles.signatories': 'Città firmatarie',
	'cycles.others': 'Città che non hanno firmato la Carta',
	'cycles.alreadyInvited': 'già invitata',
	'cycles.coordinators': 'Coordinatore: {names}',
	'cycles.noCoordinator': 'nessun coordinatore',
	'cycles.inviteCoordinatorLink': 'Invita un coordinatore',
	'cycles.inviteButton': 'Invia gli inviti',
	'cycles.chooseCities': 'Spunta almeno una città da invitare',
	'cycles.unknownCity': 'Una delle città spuntate non esiste più. Ricarica la pagina e riprova.',
	'cycles.inviteResult': 'Città invitate: {invited}. E-mail inviate: {mails}.',
	'cycles.inviteWithoutCoordinator': 'Città senza coordinatore, dove nessuno è stato avvisato ({count}):',
	'cycles.inviteAlready': 'Città spuntate che erano già invitate e sono rimaste come erano: {count}.',

	'cycles.remindTitle': 'Invia un promemoria alle città di {cycle}',
	'cycles.remindLead':
		'Il promemoria va ai coordinatori di ogni città che non ha ancora inviato la risposta, o la cui risposta è stata rinviata con richieste di chiarimento.',
	'cycles.remindNotOpen': 'I promemoria si possono inviare solo mentre il ciclo è aperto.',
	'cycles.previewTitle': 'L’e-mail',
	'cycles.previewNote':
		'Questa è l’e-mail in inglese per {city}. Ogni persona la riceve nella propria lingua, con la scadenza della propria città.',
	'cycles.previewSubject': 'Oggetto',
	'cycles.previewBody': 'Testo',
	'cycles.recipientsTitle': 'Chi la riceve',
	'cycles.recipientsCount': 'Coordinatori: {people}. Città: {cities}.',
	'cycles.colCity': 'Città',
	'cycles.colState': 'Stato della risposta',
	'cycles.colCoordinators': 'Coordinatori',
	'cycles.colCityDeadline': 'Scadenza della città',
	'cycles.extendedDate': '{date} (prorogata)',
	'cycles.withoutCoordinatorTitle': 'Città senza coordinatore (non ricevono promemoria)',
	'cycles.nobodyToRemind':
		'Nessuna città con un coordinatore deve ancora inviare: non c’è nessuno a cui ricordarlo.',
	'cycles.remindButton': 'Invia il promemoria',
	'cycles.reminded': 'Promemoria inviati: {count}.',

	'cycles.extensionsTitle': 'Proroghe in {cycle}',
	'cycles.extensionsLead':
		'Una città con una proroga ha una propria scadenza al posto di quella del ciclo ({deadline}). Se la sua scadenza era passata, può subito modificare di nuovo.',
	'cycles.extensionsNotOpen': 'Le proroghe si possono concedere solo mentre il ciclo è aperto.',
	'cycles.extensionsNone': 'Non è stata concessa nessuna proroga.',
	'cycles.colNewDeadline': 'Nuova scadenza',
	'cycles.colGranted': 'Concessa',
	'cycles.grantedBy': '{date} da {name}',
	'cycles.grantTitle': 'Concedi una proroga',
	'cycles.extensionCity': 'Città',
	'cycles.chooseCityOption': 'Scegli una città',
	'cycles.extendedTo': 'Nuova scadenza',
	'cycles.extendedToHint':
		'Anno-mese-giorno, dopo la scadenza del ciclo e non nel passato. Una nuova concessione sostituisce la proroga precedente della città.',
	'cycles.message': 'Messaggio alla città (facoltativo)',
	'cycles.messageHint': 'Aggiunto all’e-mail che comunica ai coordinatori la loro nuova scadenza.',
	'cycles.grantButton': 'Concedi la proroga',
	'cycles.granted': '{city} ha ora tempo fino al {date}. E-mail inviate: {mails}.',
	'cycles.chooseCity': 'Scegli la città che riceve più tempo',
	'cycles.notInvited': 'Questa città non è invitata al ciclo',
	'cycles.invalidExtension': 'Inserisci la nuova scadenza come anno-mese-giorno, come 2029-03-15',
	'cycles.extensionNotAfterDeadline': 'La nuova scadenza deve essere successiva alla scadenza del ciclo',
	'cycles.extensionInPast': 'La nuova scadenza non può essere nel passato',
	'cycles.messageTooLong': 'Inserisci un messaggio di al massimo 1.000 caratteri',

	'cycles.yourDeadline': 'La tua scadenza: {date}',
	'cycles.yourDeadlineExtended': 'La tua scadenza: {date} (prorogata)',
	'cycles.lock.submitted':
		'La tua risposta è stata inviata. Non può essere modificata a meno che la segreteria non la rinvii con delle domande.',
	'cycles.lock.accepted': 'La segreteria ha accettato la tua risposta. Non può più essere modificata.',
	'cycles.lock.not_open': 'Il questionario non è ancora aperto.',
	'cycles.lock.closed': 'Le modifiche sono chiuse: il ciclo è chiuso.',
	'cycles.lock.deadline_passed':
		'Le modifiche sono chiuse: la tua scadenza è passata. Se ti serve più tempo, rivolgiti alla segreteria di Eurocities.',

	'cycles.coordinatorsTitle': 'Coordinatori di {city}',
	'cycles.coordinatorsNone': 'Questa città non ha ancora un coordinatore.',
	'cycles.coordinatorPending': '{name} ({email}): invito inviato, non ancora accettato',
	'cycles.coordinatorInviteTitle': 'Invita un coordinatore per {city}',
	'cycles.coordinatorInviteLead':
		'Il coordinatore compila il questionario per la città e lo invia. Riceve un’e-mail con un link per scegliere una password.',
	'cycles.coordinatorName': 'Nome del coordinatore',
	'cycles.coordinatorEmail': 'E-mail del coordinatore',
	'cycles.coordinatorInvited': 'Un invito è in arrivo a {email}.',

	'cycles.mail.inviteSubject': 'Questionario Integrating Cities {cycle}: rispondi entro il {deadline}',
	'cycles.mail.inviteBody':
		'Buongiorno,\n\nla segreteria di Eurocities invita {city} a rispondere al questionario Integrating Cities per {cycle}. La scadenza è il {deadline}.\n\nApri il questionario qui:\n\n{url}\n',
	'cycles.mail.remindSubject': 'Promemoria: questionario Integrating Cities {cycle}, scadenza {deadline}',
	'cycles.mail.remindBody':
		'Buongiorno,\n\nti ricordiamo che le risposte di {city} al questionario Integrating Cities per {cycle} sono attese entro il {deadline}.\n\nContinua qui:\n\n{url}\n',
	'cycles.mail.extensionSubject': 'Nuova scadenza per {city}: {deadline}',
	'cycles.mail.extensionBody':
		'Buongiorno,\n\nla segreteria di Eurocities ha concesso a {city} più tempo per il questionario Integrating Cities {cycle}. La tua nuova scadenza è il {deadline}.\n{message}\nContinua qui:\n\n{url}\n',
	'cycles.mail.extensionMessage': '\nMessaggio della segreteria:\n{message}\n'
};
