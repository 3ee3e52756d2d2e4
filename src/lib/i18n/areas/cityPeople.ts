/**
 * Interface text for a city's own people: what the city is told about who will read its answers, a
 * coordinator inviting colleagues, sections handed to a colleague, and cycle invitations to coordinators who
 * have not yet accepted their account. en.ts, fr.ts and de.ts spread it.
 */
export const cityPeopleEn = {
	'cityPeople.publicTitle': 'Your answers will be public',
	'cityPeople.publicText':
		'After the report of {cycle} is published, your city’s answers to this questionnaire, including the evidence and comments you write, appear on your city’s public profile and in the report’s data annex (CSV and spreadsheet) that anyone can download. Do not write personal data or anything your city would not publish.',
	'cityPeople.privateTitle': 'Who reads your answers',
	'cityPeople.privateText':
		'Your city’s answers to {cycle} stay with the Eurocities secretariat: the published report shows only results across all cities, not your city’s own answers.',
	'cityPeople.submitPublic':
		'Remember: once the report is published, these answers and their evidence are public on your city’s profile and in the data annex.',
	'cityPeople.mailPublic':
		'Please note: your city’s answers will be public. After the report is published, your answers, including the evidence and comments you write, appear on your city’s public profile and in the report’s data annex that anyone can download.',
	'cityPeople.mailPrivate':
		'Your city’s answers stay with the Eurocities secretariat: the published report shows only results across all cities.',
	'cityPeople.mailPending':
		'Your account is not set up yet: first open the e-mail “Your invitation to Integrating Cities Monitor” and choose your password. You will then go straight to your questionnaire.',

	'cityPeople.welcome': 'Your account is ready and you are signed in.',
	'cityPeople.welcomeSection':
		'Your account is ready and you are signed in. This is the section handed to you.',
	'cityPeople.noColleagues':
		'To hand a section to a colleague, first invite them as a contributor on the colleagues page.',
	'cityPeople.pageTitle': 'Colleagues',
	'cityPeople.navLink': 'Colleagues who work on the questionnaire',
	'cityPeople.lead':
		'Invite a colleague of {city} (for example from human resources or procurement) to fill in the sections you hand to them. They get an e-mail with a link to choose a password.',
	'cityPeople.peopleTitle': 'People of {city}',
	'cityPeople.colName': 'Name',
	'cityPeople.colEmail': 'E-mail',
	'cityPeople.colRole': 'Role',
	'cityPeople.invitedNotYet': 'invited, has not accepted yet',
	'cityPeople.inviteTitle': 'Invite a colleague as a contributor',
	'cityPeople.inviteRoleNote':
		'A contributor fills in only the sections handed to them and cannot submit. To add a coordinator, ask the Eurocities secretariat.',
	'cityPeople.name': 'Name',
	'cityPeople.email': 'E-mail address',
	'cityPeople.handOver': 'Hand them a section (optional)',
	'cityPeople.errorPrefix': 'Error:',
	'cityPeople.handOverNone': 'No section for now',
	'cityPeople.handOverHint': 'You can also hand sections over later on the task list.',
	'cityPeople.inviteButton': 'Send the invitation',
	'cityPeople.invited': 'Invitation sent to {email}.',
	'cityPeople.nameMissing': 'Enter your colleague’s name',
	'cityPeople.alreadyUser':
		'This address already has an account. Ask the secretariat if it should be in your city.',
	'cityPeople.alreadyInvited': 'This address has already been invited and has not accepted yet.',
	'cityPeople.forbidden': 'Only your city’s coordinator can invite colleagues.',
	'cityPeople.sectionUnavailable': 'That section cannot be handed over now. Choose another, or none.',
	'cityPeople.onlyCoordinator': 'Only your city’s coordinator can invite colleagues.',

	'cityPeople.mail.inviteSubject': '{inviter} invites you to the Integrating Cities questionnaire of {city}',
	'cityPeople.mail.inviteBody':
		'Hello {name},\n\n{inviter}, who coordinates the Integrating Cities questionnaire of {city}, invites you to Integrating Cities Monitor as a contributor.\nChoose your password here (the link works for 14 days):\n\n{url}\n',
	'cityPeople.mail.inviteSection':
		'They have handed you the section “{section}”. You will go straight to it.',
	'cityPeople.mail.handOverSubject': 'A section of the Integrating Cities questionnaire is handed to you',
	'cityPeople.mail.handOverBody':
		'Hello {name},\n\n{inviter} has handed you the section “{section}” of the Integrating Cities questionnaire of {city} for {cycle}.\n\nOpen the section here:\n\n{url}\n',

	'cityPeople.withHolder': 'section “{section}”, with {name}',
	'cityPeople.withCoordinator': 'section “{section}”, with your coordinator',
	'cityPeople.notYours':
		'These required answers are in sections handed to someone else; they can be changed only there:',

	'cityPeople.invitePending':
		'Cities whose coordinator has not accepted the account invitation yet: the cycle’s e-mail went to the invited address, and they go straight to the questionnaire when they accept ({count}):'
};

export const cityPeopleFr: Record<keyof typeof cityPeopleEn, string> = {
	'cityPeople.publicTitle': 'Vos réponses seront publiques',
	'cityPeople.publicText':
		'Après la publication du rapport de {cycle}, les réponses de votre ville à ce questionnaire, y compris les justificatifs et commentaires que vous écrivez, figurent sur le profil public de votre ville et dans l’annexe de données du rapport (CSV et tableur) que chacun peut télécharger. N’écrivez pas de données personnelles ni rien que votre ville ne publierait pas.',
	'cityPeople.privateTitle': 'Qui lit vos réponses',
	'cityPeople.privateText':
		'Les réponses de votre ville pour {cycle} restent au secrétariat d’Eurocities : le rapport publié ne montre que des résultats d’ensemble, pas les réponses de votre ville.',
	'cityPeople.submitPublic':
		'Rappel : une fois le rapport publié, ces réponses et leurs justificatifs sont publics sur le profil de votre ville et dans l’annexe de données.',
	'cityPeople.mailPublic':
		'Attention : les réponses de votre ville seront publiques. Après la publication du rapport, vos réponses, y compris les justificatifs et commentaires que vous écrivez, figurent sur le profil public de votre ville et dans l’annexe de données du rapport, que chacun peut télécharger.',
	'cityPeople.mailPrivate':
		'Les réponses de votre ville restent au secrétariat d’Eurocities : le rapport publié ne montre que des résultats d’ensemble.',
	'cityPeople.mailPending':
		'Votre compte n’est pas encore prêt : ouvrez d’abord l’e-mail « Votre invitation à Integrating Cities Monitor » et choisissez votre mot de passe. Vous arriverez ensuite directement à votre questionnaire.',

	'cityPeople.welcome': 'Votre compte est prêt et vous êtes connecté.',
	'cityPeople.welcomeSection':
		'Votre compte est prêt et vous êtes connecté. Voici la section qui vous est confiée.',
	'cityPeople.noColleagues':
		'Pour confier une section à un ou une collègue, invitez-le d’abord comme contributeur sur la page des collègues.',
	'cityPeople.pageTitle': 'Collègues',
	'cityPeople.navLink': 'Collègues qui travaillent sur le questionnaire',
	'cityPeople.lead':
		'Invitez un ou une collègue de {city} (par exemple des ressources humaines ou des achats) à remplir les sections que vous lui confiez. La personne reçoit un e-mail avec un lien pour choisir un mot de passe.',
	'cityPeople.peopleTitle': 'Personnes de {city}',
	'cityPeople.colName': 'Nom',
	'cityPeople.colEmail': 'E-mail',
	'cityPeople.colRole': 'Rôle',
	'cityPeople.invitedNotYet': 'invitée, n’a pas encore accepté',
	'cityPeople.inviteTitle': 'Inviter un ou une collègue comme contributeur',
	'cityPeople.inviteRoleNote':
		'Un contributeur remplit seulement les sections qui lui sont confiées et ne peut pas envoyer la réponse. Pour ajouter un coordinateur, adressez-vous au secrétariat d’Eurocities.',
	'cityPeople.name': 'Nom',
	'cityPeople.email': 'Adresse e-mail',
	'cityPeople.handOver': 'Lui confier une section (facultatif)',
	'cityPeople.errorPrefix': 'Erreur :',
	'cityPeople.handOverNone': 'Aucune section pour l’instant',
	'cityPeople.handOverHint': 'Vous pouvez aussi confier des sections plus tard depuis la liste des tâches.',
	'cityPeople.inviteButton': 'Envoyer l’invitation',
	'cityPeople.invited': 'Invitation envoyée à {email}.',
	'cityPeople.nameMissing': 'Saisissez le nom de votre collègue',
	'cityPeople.alreadyUser':
		'Cette adresse a déjà un compte. Demandez au secrétariat si elle doit être rattachée à votre ville.',
	'cityPeople.alreadyInvited': 'Cette adresse a déjà été invitée et n’a pas encore accepté.',
	'cityPeople.forbidden': 'Seul le coordinateur de votre ville peut inviter des collègues.',
	'cityPeople.sectionUnavailable':
		'Cette section ne peut pas être confiée maintenant. Choisissez-en une autre, ou aucune.',
	'cityPeople.onlyCoordinator': 'Seul le coordinateur de votre ville peut inviter des collègues.',

	'cityPeople.mail.inviteSubject': '{inviter} vous invite au questionnaire Integrating Cities de {city}',
	'cityPeople.mail.inviteBody':
		'Bonjour {name},\n\n{inviter}, qui coordonne le questionnaire Integrating Cities de {city}, vous invite à Integrating Cities Monitor comme contributeur.\nChoisissez votre mot de passe ici (le lien est valable 14 jours) :\n\n{url}\n',
	'cityPeople.mail.inviteSection': 'La section « {section} » vous est confiée. Vous y arriverez directement.',
	'cityPeople.mail.handOverSubject': 'Une section du questionnaire Integrating Cities vous est confiée',
	'cityPeople.mail.handOverBody':
		'Bonjour {name},\n\n{inviter} vous a confié la section « {section} » du questionnaire Integrating Cities de {city} pour {cycle}.\n\nOuvrez la section ici :\n\n{url}\n',

	'cityPeople.withHolder': 'section « {section} », confiée à {name}',
	'cityPeople.withCoordinator': 'section « {section} », chez votre coordinateur',
	'cityPeople.notYours':
		'Ces réponses obligatoires se trouvent dans des sections confiées à quelqu’un d’autre ; elles ne peuvent être modifiées que là :',

	'cityPeople.invitePending':
		'Villes dont le coordinateur n’a pas encore accepté l’invitation au compte : l’e-mail du cycle est parti à l’adresse invitée, et la personne arrive directement au questionnaire en acceptant ({count}) :'
};

export const cityPeopleDe: Record<keyof typeof cityPeopleEn, string> = {
	'cityPeople.publicTitle': 'Ihre Antworten werden öffentlich',
	'cityPeople.publicText':
		'Nach der Veröffentlichung des Berichts zu {cycle} erscheinen die Antworten Ihrer Stadt auf diesen Fragebogen, einschließlich der Nachweise und Kommentare, die Sie schreiben, im öffentlichen Profil Ihrer Stadt und im Datenanhang des Berichts (CSV und Tabelle), den alle herunterladen können. Schreiben Sie keine personenbezogenen Daten und nichts, was Ihre Stadt nicht veröffentlichen würde.',
	'cityPeople.privateTitle': 'Wer Ihre Antworten liest',
	'cityPeople.privateText':
		'Die Antworten Ihrer Stadt zu {cycle} bleiben beim Eurocities-Sekretariat: Der veröffentlichte Bericht zeigt nur Ergebnisse über alle Städte, nicht die Antworten Ihrer Stadt.',
	'cityPeople.submitPublic':
		'Zur Erinnerung: Sobald der Bericht veröffentlicht ist, sind diese Antworten und ihre Nachweise im Profil Ihrer Stadt und im Datenanhang öffentlich.',
	'cityPeople.mailPublic':
		'Bitte beachten Sie: Die Antworten Ihrer Stadt werden öffentlich. Nach der Veröffentlichung des Berichts erscheinen Ihre Antworten, einschließlich der Nachweise und Kommentare, im öffentlichen Profil Ihrer Stadt und im Datenanhang des Berichts, den alle herunterladen können.',
	'cityPeople.mailPrivate':
		'Die Antworten Ihrer Stadt bleiben beim Eurocities-Sekretariat: Der veröffentlichte Bericht zeigt nur Ergebnisse über alle Städte.',
	'cityPeople.mailPending':
		'Ihr Konto ist noch nicht eingerichtet: Öffnen Sie zuerst die E-Mail „Ihre Einladung zu Integrating Cities Monitor“ und wählen Sie Ihr Passwort. Danach kommen Sie direkt zu Ihrem Fragebogen.',

	'cityPeople.welcome': 'Ihr Konto ist eingerichtet und Sie sind angemeldet.',
	'cityPeople.welcomeSection':
		'Ihr Konto ist eingerichtet und Sie sind angemeldet. Dies ist der Abschnitt, der Ihnen übergeben wurde.',
	'cityPeople.noColleagues':
		'Um einen Abschnitt zu übergeben, laden Sie die Person zuerst auf der Seite für Kolleginnen und Kollegen als Mitwirkende ein.',
	'cityPeople.pageTitle': 'Kolleginnen und Kollegen',
	'cityPeople.navLink': 'Kolleginnen und Kollegen, die am Fragebogen arbeiten',
	'cityPeople.lead':
		'Laden Sie eine Kollegin oder einen Kollegen aus {city} ein (zum Beispiel aus Personal oder Beschaffung), die Abschnitte auszufüllen, die Sie ihnen übergeben. Die Person erhält eine E-Mail mit einem Link, um ein Passwort zu wählen.',
	'cityPeople.peopleTitle': 'Personen aus {city}',
	'cityPeople.colName': 'Name',
	'cityPeople.colEmail': 'E-Mail',
	'cityPeople.colRole': 'Rolle',
	'cityPeople.invitedNotYet': 'eingeladen, noch nicht angenommen',
	'cityPeople.inviteTitle': 'Eine Kollegin oder einen Kollegen als Mitwirkende einladen',
	'cityPeople.inviteRoleNote':
		'Mitwirkende füllen nur die ihnen übergebenen Abschnitte aus und können nicht einreichen. Für eine weitere Koordination wenden Sie sich an das Eurocities-Sekretariat.',
	'cityPeople.name': 'Name',
	'cityPeople.email': 'E-Mail-Adresse',
	'cityPeople.handOver': 'Einen Abschnitt übergeben (freiwillig)',
	'cityPeople.errorPrefix': 'Fehler:',
	'cityPeople.handOverNone': 'Vorerst keinen Abschnitt',
	'cityPeople.handOverHint': 'Abschnitte können Sie auch später in der Aufgabenliste übergeben.',
	'cityPeople.inviteButton': 'Einladung senden',
	'cityPeople.invited': 'Einladung an {email} gesendet.',
	'cityPeople.nameMissing': 'Geben Sie den Namen der Person ein',
	'cityPeople.alreadyUser':
		'Diese Adresse hat bereits ein Konto. Fragen Sie das Sekretariat, ob sie Ihrer Stadt zugeordnet werden soll.',
	'cityPeople.alreadyInvited': 'Diese Adresse wurde bereits eingeladen und hat noch nicht angenommen.',
	'cityPeople.forbidden': 'Nur die Koordination Ihrer Stadt kann Kolleginnen und Kollegen einladen.',
	'cityPeople.sectionUnavailable':
		'Dieser Abschnitt kann jetzt nicht übergeben werden. Wählen Sie einen anderen oder keinen.',
	'cityPeople.onlyCoordinator': 'Nur die Koordination Ihrer Stadt kann Kolleginnen und Kollegen einladen.',

	'cityPeople.mail.inviteSubject': '{inviter} lädt Sie zum Integrating-Cities-Fragebogen von {city} ein',
	'cityPeople.mail.inviteBody':
		'Guten Tag {name},\n\n{inviter} koordiniert den Integrating-Cities-Fragebogen von {city} und lädt Sie als Mitwirkende(n) zu Integrating Cities Monitor ein.\nHier wählen Sie Ihr Passwort (der Link gilt 14 Tage):\n\n{url}\n',
	'cityPeople.mail.inviteSection':
		'Ihnen wurde der Abschnitt „{section}“ übergeben. Sie kommen direkt dorthin.',
	'cityPeople.mail.handOverSubject': 'Ihnen wurde ein Abschnitt des Integrating-Cities-Fragebogens übergeben',
	'cityPeople.mail.handOverBody':
		'Guten Tag {name},\n\n{inviter} hat Ihnen den Abschnitt „{section}“ des Integrating-Cities-Fragebogens von {city} für {cycle} übergeben.\n\nHier öffnen Sie den Abschnitt:\n\n{url}\n',

	'cityPeople.withHolder': 'Abschnitt „{section}“, bei {name}',
	'cityPeople.withCoordinator': 'Abschnitt „{section}“, bei Ihrer Koordination',
	'cityPeople.notYours':
		'Diese Pflichtantworten stehen in Abschnitten, die jemand anderes bearbeitet; sie können nur dort geändert werden:',

	'cityPeople.invitePending':
		'Städte, deren Koordination die Kontoeinladung noch nicht angenommen hat: Die E-Mail des Zyklus ging an die eingeladene Adresse, und beim Annehmen kommt die Person direkt zum Fragebogen ({count}):'
};

export const cityPeopleEs: Record<keyof typeof cityPeopleEn, string> = {
	'cityPeople.publicTitle': 'Sus respuestas serán públicas',
	'cityPeople.publicText':
		'Una vez publicado el informe de {cycle}, las respuestas de su ciudad a este cuestionario, incluidas las pruebas y los comentarios que escriba, aparecerán en el perfil público de su ciudad y en el anexo de datos del informe (CSV y hoja de cálculo), que cualquiera puede descargar. No escriba datos personales ni nada que su ciudad no publicaría.',
	'cityPeople.privateTitle': 'Quién lee sus respuestas',
	'cityPeople.privateText':
		'Las respuestas de su ciudad a {cycle} quedan en manos de la secretaría de Eurocities: el informe publicado solo muestra resultados del conjunto de ciudades, no las respuestas de su ciudad.',
	'cityPeople.submitPublic':
		'Recuerde: una vez publicado el informe, estas respuestas y sus pruebas serán públicas en el perfil de su ciudad y en el anexo de datos.',
	'cityPeople.mailPublic':
		'Tenga en cuenta que las respuestas de su ciudad serán públicas. Una vez publicado el informe, sus respuestas, incluidas las pruebas y los comentarios que escriba, aparecerán en el perfil público de su ciudad y en el anexo de datos del informe, que cualquiera puede descargar.',
	'cityPeople.mailPrivate':
		'Las respuestas de su ciudad quedan en manos de la secretaría de Eurocities: el informe publicado solo muestra resultados del conjunto de ciudades.',
	'cityPeople.mailPending':
		'Su cuenta aún no está configurada: abra primero el correo «Su invitación a Integrating Cities Monitor» y elija su contraseña. Después irá directamente a su cuestionario.',

	'cityPeople.welcome': 'Su cuenta está lista y ha iniciado sesión.',
	'cityPeople.welcomeSection':
		'Su cuenta está lista y ha iniciado sesión. Esta es la sección que se le ha encargado.',
	'cityPeople.noColleagues':
		'Para encargar una sección a un colega, invítelo primero como colaborador en la página de colegas.',
	'cityPeople.pageTitle': 'Colegas',
	'cityPeople.navLink': 'Colegas que trabajan en el cuestionario',
	'cityPeople.lead':
		'Invite a un colega de {city} (por ejemplo, de recursos humanos o de contratación pública) a rellenar las secciones que le encargue. Recibirá un correo con un enlace para elegir una contraseña.',
	'cityPeople.peopleTitle': 'Personas de {city}',
	'cityPeople.colName': 'Nombre',
	'cityPeople.colEmail': 'Correo electrónico',
	'cityPeople.colRole': 'Rol',
	'cityPeople.invitedNotYet': 'invitado, aún no ha aceptado',
	'cityPeople.inviteTitle': 'Invitar a un colega como colaborador',
	'cityPeople.inviteRoleNote':
		'Un colaborador solo rellena las secciones que se le encargan y no puede enviar la respuesta. Para añadir una persona coordinadora, pídalo a la secretaría de Eurocities.',
	'cityPeople.name': 'Nombre',
	'cityPeople.email': 'Dirección de correo electrónico',
	'cityPeople.handOver': 'Encargarle una sección (opcional)',
	'cityPeople.errorPrefix': 'Error:',
	'cityPeople.handOverNone': 'Ninguna sección por ahora',
	'cityPeople.handOverHint': 'También puede encargar secciones más tarde en la lista de tareas.',
	'cityPeople.inviteButton': 'Enviar la invitación',
	'cityPeople.invited': 'Invitación enviada a {email}.',
	'cityPeople.nameMissing': 'Escriba el nombre de su colega',
	'cityPeople.alreadyUser':
		'Esta dirección ya tiene una cuenta. Pregunte a la secretaría si debería pertenecer a su ciudad.',
	'cityPeople.alreadyInvited': 'Esta dirección ya ha sido invitada y aún no ha aceptado.',
	'cityPeople.forbidden': 'Solo la persona coordinadora de su ciudad puede invitar a colegas.',
	'cityPeople.sectionUnavailable': 'Esa sección no puede encargarse ahora. Elija otra o ninguna.',
	'cityPeople.onlyCoordinator': 'Solo la persona coordinadora de su ciudad puede invitar a colegas.',

	'cityPeople.mail.inviteSubject': '{inviter} le invita al cuestionario Integrating Cities de {city}',
	'cityPeople.mail.inviteBody':
		'Hola, {name}:\n\n{inviter}, que coordina el cuestionario Integrating Cities de {city}, le invita a Integrating Cities Monitor como colaborador/a.\nElija su contraseña aquí (el enlace sirve durante 14 días):\n\n{url}\n',
	'cityPeople.mail.inviteSection': 'Le ha encargado la sección «{section}». Irá directamente a ella.',
	'cityPeople.mail.handOverSubject': 'Se le ha encargado una sección del cuestionario Integrating Cities',
	'cityPeople.mail.handOverBody':
		'Hola, {name}:\n\n{inviter} le ha encargado la sección «{section}» del cuestionario Integrating Cities de {city} para {cycle}.\n\nAbra la sección aquí:\n\n{url}\n',

	'cityPeople.withHolder': 'sección «{section}», a cargo de {name}',
	'cityPeople.withCoordinator': 'sección «{section}», a cargo de su coordinador/a',
	'cityPeople.notYours':
		'Estas respuestas obligatorias están en secciones encargadas a otra persona; solo pueden cambiarse allí:',

	'cityPeople.invitePending':
		'Ciudades cuya persona coordinadora aún no ha aceptado la invitación a la cuenta: el correo del ciclo se envió a la dirección invitada, y llegarán directamente al cuestionario cuando acepten ({count}):'
};

export const cityPeopleIt: Record<keyof typeof cityPeopleEn, string> = {
	'cityPeople.publicTitle': 'Le tue risposte saranno pubbliche',
	'cityPeople.publicText':
		'Dopo la pubblicazione del rapporto di {cycle}, le risposte della tua città a questo questionario, comprese le evidenze e i commenti che scrivi, compaiono nel profilo pubblico della tua città e nell’allegato dei dati del rapporto (CSV e foglio di calcolo) che chiunque può scaricare. Non scrivere dati personali né nulla che la tua città non pubblicherebbe.',
	'cityPeople.privateTitle': 'Chi legge le tue risposte',
	'cityPeople.privateText':
		'Le risposte della tua città a {cycle} restano alla segreteria di Eurocities: il rapporto pubblicato mostra solo i risultati complessivi di tutte le città, non le risposte della tua città.',
	'cityPeople.submitPublic':
		'Ricorda: una volta pubblicato il rapporto, queste risposte e le loro evidenze sono pubbliche nel profilo della tua città e nell’allegato dei dati.',
	'cityPeople.mailPublic':
		'Nota bene: le risposte della tua città saranno pubbliche. Dopo la pubblicazione del rapporto, le tue risposte, comprese le evidenze e i commenti che scrivi, compaiono nel profilo pubblico della tua città e nell’allegato dei dati del rapporto che chiunque può scaricare.',
	'cityPeople.mailPrivate':
		'Le risposte della tua città restano alla segreteria di Eurocities: il rapporto pubblicato mostra solo i risultati complessivi di tutte le città.',
	'cityPeople.mailPending':
		'Il tuo account non è ancora attivo: apri prima l’e-mail “Il tuo invito a Integrating Cities Monitor” e scegli la tua password. Andrai poi direttamente al tuo questionario.',

	'cityPeople.welcome': 'Il tuo account è pronto e hai effettuato l’accesso.',
	'cityPeople.welcomeSection':
		'Il tuo account è pronto e hai effettuato l’accesso. Questa è la sezione affidata a te.',
	'cityPeople.noColleagues':
		'Per affidare una sezione a un collega, invitalo prima come collaboratore nella pagina dei colleghi.',
	'cityPeople.pageTitle': 'Colleghi',
	'cityPeople.navLink': 'Colleghi che lavorano al questionario',
	'cityPeople.lead':
		'Invita un collega di {city} (per esempio delle risorse umane o degli acquisti) a compilare le sezioni che gli affidi. Riceverà un’e-mail con un link per scegliere una password.',
	'cityPeople.peopleTitle': 'Persone di {city}',
	'cityPeople.colName': 'Nome',
	'cityPeople.colEmail': 'E-mail',
	'cityPeople.colRole': 'Ruolo',
	'cityPeople.invitedNotYet': 'invitato, non ha ancora accettato',
	'cityPeople.inviteTitle': 'Invita un collega come collaboratore',
	'cityPeople.inviteRoleNote':
		'Un collaboratore compila solo le sezioni che gli sono affidate e non può inviare la risposta. Per aggiungere un coordinatore, rivolgiti alla segreteria di Eurocities.',
	'cityPeople.name': 'Nome',
	'cityPeople.email': 'Indirizzo e-mail',
	'cityPeople.handOver': 'Affidagli una sezione (facoltativo)',
	'cityPeople.errorPrefix': 'Errore:',
	'cityPeople.handOverNone': 'Nessuna sezione per ora',
	'cityPeople.handOverHint': 'Puoi anche affidare le sezioni più tardi dall’elenco delle sezioni.',
	'cityPeople.inviteButton': 'Invia l’invito',
	'cityPeople.invited': 'Invito inviato a {email}.',
	'cityPeople.nameMissing': 'Inserisci il nome del tuo collega',
	'cityPeople.alreadyUser':
		'Questo indirizzo ha già un account. Chiedi alla segreteria se deve far parte della tua città.',
	'cityPeople.alreadyInvited': 'Questo indirizzo è già stato invitato e non ha ancora accettato.',
	'cityPeople.forbidden': 'Solo il coordinatore della tua città può invitare colleghi.',
	'cityPeople.sectionUnavailable': 'Quella sezione non si può affidare ora. Scegline un’altra o nessuna.',
	'cityPeople.onlyCoordinator': 'Solo il coordinatore della tua città può invitare colleghi.',

	'cityPeople.mail.inviteSubject': '{inviter} ti invita al questionario Integrating Cities di {city}',
	'cityPeople.mail.inviteBody':
		'Buongiorno {name},\n\n{inviter}, che coordina il questionario Integrating Cities di {city}, ti invita a Integrating Cities Monitor come collaboratore.\nScegli qui la tua password (il link vale 14 giorni):\n\n{url}\n',
	'cityPeople.mail.inviteSection': 'Ti è stata affidata la sezione “{section}”. Ci andrai direttamente.',
	'cityPeople.mail.handOverSubject': 'Ti è stata affidata una sezione del questionario Integrating Cities',
	'cityPeople.mail.handOverBody':
		'Buongiorno {name},\n\n{inviter} ti ha affidato la sezione “{section}” del questionario Integrating Cities di {city} per {cycle}.\n\nApri la sezione qui:\n\n{url}\n',

	'cityPeople.withHolder': 'sezione “{section}”, affidata a {name}',
	'cityPeople.withCoordinator': 'sezione “{section}”, affidata al tuo coordinatore',
	'cityPeople.notYours':
		'Queste risposte obbligatorie sono in sezioni affidate ad altri; si possono modificare solo lì:',

	'cityPeople.invitePending':
		'Città il cui coordinatore non ha ancora accettato l’invito all’account: l’e-mail del ciclo è andata all’indirizzo invitato, e chi accetta arriva direttamente al questionario ({count}):'
};
