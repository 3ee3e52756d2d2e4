/**
 * Interface text for reminders sent on a schedule: the schedule form on the remind page, what is scheduled next
 * and what was sent, and their audit entries. en.ts, fr.ts and de.ts spread it.
 */
export const reminderScheduleEn = {
	'reminderSchedule.title': 'Reminders sent by themselves',
	'reminderSchedule.lead':
		'Choose when reminders go to the cities that have not submitted. The dates count from each city’s own deadline, so an extension moves them. Each reminder goes once, in each coordinator’s language, with the e-mail shown on this page, also when nobody is signed in. Cities that have submitted get none. Dates are days in Brussels time (Europe/Brussels).',
	'reminderSchedule.legend': 'When reminders go',
	'reminderSchedule.before': 'Days before the deadline',
	'reminderSchedule.beforeHint':
		'Whole numbers separated by commas, for example 14, 3. Leave empty for none.',
	'reminderSchedule.onDay': 'On the day of the deadline',
	'reminderSchedule.after': 'Days after the deadline',
	'reminderSchedule.afterHint': 'For example 1 for the day after. Leave empty for none.',
	'reminderSchedule.save': 'Save the schedule',
	'reminderSchedule.saved': 'Schedule saved: {count} reminder dates for each city.',
	'reminderSchedule.savedNone': 'Schedule saved: no reminder goes by itself.',
	'reminderSchedule.current': 'Now set: {points}.',
	'reminderSchedule.none': 'No reminder is scheduled: reminders go only when you send them.',
	'reminderSchedule.pointBefore': '{days} days before the deadline',
	'reminderSchedule.pointBeforeOne': '1 day before the deadline',
	'reminderSchedule.pointDay': 'on the day of the deadline',
	'reminderSchedule.pointAfter': '{days} days after the deadline',
	'reminderSchedule.pointAfterOne': 'the day after the deadline',
	'reminderSchedule.notEditable': 'The schedule can change only while the cycle is a draft or open.',
	'reminderSchedule.finished': 'The schedule can change only while the cycle is a draft or open.',
	'reminderSchedule.invalidDays':
		'Enter whole numbers of days from 0 to 90, separated by commas, for example 14, 3.',
	'reminderSchedule.tooMany': 'Choose at most 6 reminder dates.',
	'reminderSchedule.upcomingTitle': 'Next scheduled reminders',
	'reminderSchedule.upcomingNote': 'The next reminder of each city that has not submitted.',
	'reminderSchedule.upcomingCaption': 'Next scheduled reminder of each city',
	'reminderSchedule.noneUpcoming':
		'No scheduled reminder is still to come for the cities that have not submitted.',
	'reminderSchedule.sentTitle': 'Reminders already sent by themselves',
	'reminderSchedule.sentCaption': 'Reminders sent by the schedule, oldest first',
	'reminderSchedule.noneSent': 'None has been sent yet.',
	'reminderSchedule.colCity': 'City',
	'reminderSchedule.colDate': 'Date',
	'reminderSchedule.colPoint': 'When',
	'reminderSchedule.colDeadline': 'City’s deadline',
	'reminderSchedule.colSentAt': 'Sent (Brussels time)',
	'reminderSchedule.colMails': 'E-mails',
	'audit.action.cycle.auto_reminded': 'Scheduled reminder sent to a city',
	'audit.action.cycle.reminder_schedule_changed': 'Reminder schedule changed'
};

export const reminderScheduleFr: Record<keyof typeof reminderScheduleEn, string> = {
	'reminderSchedule.title': 'Relances envoyées d’elles-mêmes',
	'reminderSchedule.lead':
		'Choisissez quand les relances partent vers les villes qui n’ont pas soumis. Les dates se comptent à partir de l’échéance propre à chaque ville : une prolongation les déplace. Chaque relance part une seule fois, dans la langue de chaque coordinateur, avec l’e-mail montré sur cette page, même quand personne n’est connecté. Les villes qui ont soumis n’en reçoivent aucune. Les dates sont des jours à l’heure de Bruxelles (Europe/Brussels).',
	'reminderSchedule.legend': 'Quand les relances partent',
	'reminderSchedule.before': 'Jours avant l’échéance',
	'reminderSchedule.beforeHint':
		'Nombres entiers séparés par des virgules, par exemple 14, 3. Laissez vide pour aucune.',
	'reminderSchedule.onDay': 'Le jour de l’échéance',
	'reminderSchedule.after': 'Jours après l’échéance',
	'reminderSchedule.afterHint': 'Par exemple 1 pour le lendemain. Laissez vide pour aucune.',
	'reminderSchedule.save': 'Enregistrer le calendrier',
	'reminderSchedule.saved': 'Calendrier enregistré : {count} dates de relance pour chaque ville.',
	'reminderSchedule.savedNone': 'Calendrier enregistré : aucune relance ne part d’elle-même.',
	'reminderSchedule.current': 'Actuellement : {points}.',
	'reminderSchedule.none':
		'Aucune relance n’est programmée : les relances partent seulement quand vous les envoyez.',
	'reminderSchedule.pointBefore': '{days} jours avant l’échéance',
	'reminderSchedule.pointBeforeOne': '1 jour avant l’échéance',
	'reminderSchedule.pointDay': 'le jour de l’échéance',
	'reminderSchedule.pointAfter': '{days} jours après l’échéance',
	'reminderSchedule.pointAfterOne': 'le lendemain de l’échéance',
	'reminderSchedule.notEditable':
		'Le calendrier ne peut changer que lorsque le cycle est un brouillon ou ouvert.',
	'reminderSchedule.finished':
		'Le calendrier ne peut changer que lorsque le cycle est un brouillon ou ouvert.',
	'reminderSchedule.invalidDays':
		'Saisissez des nombres entiers de jours de 0 à 90, séparés par des virgules, par exemple 14, 3.',
	'reminderSchedule.tooMany': 'Choisissez au plus 6 dates de relance.',
	'reminderSchedule.upcomingTitle': 'Prochaines relances programmées',
	'reminderSchedule.upcomingNote': 'La prochaine relance de chaque ville qui n’a pas soumis.',
	'reminderSchedule.upcomingCaption': 'Prochaine relance programmée de chaque ville',
	'reminderSchedule.noneUpcoming':
		'Aucune relance programmée n’est encore à venir pour les villes qui n’ont pas soumis.',
	'reminderSchedule.sentTitle': 'Relances déjà envoyées d’elles-mêmes',
	'reminderSchedule.sentCaption':
		'Relances envoyées par le calendrier, de la plus ancienne à la plus récente',
	'reminderSchedule.noneSent': 'Aucune n’a encore été envoyée.',
	'reminderSchedule.colCity': 'Ville',
	'reminderSchedule.colDate': 'Date',
	'reminderSchedule.colPoint': 'Quand',
	'reminderSchedule.colDeadline': 'Échéance de la ville',
	'reminderSchedule.colSentAt': 'Envoyée (heure de Bruxelles)',
	'reminderSchedule.colMails': 'E-mails',
	'audit.action.cycle.auto_reminded': 'Relance programmée envoyée à une ville',
	'audit.action.cycle.reminder_schedule_changed': 'Calendrier des relances modifié'
};

export const reminderScheduleDe: Record<keyof typeof reminderScheduleEn, string> = {
	'reminderSchedule.title': 'Erinnerungen, die von selbst gehen',
	'reminderSchedule.lead':
		'Legen Sie fest, wann Erinnerungen an die Städte gehen, die noch nicht eingereicht haben. Die Tage zählen ab der Frist jeder Stadt; eine Verlängerung verschiebt sie. Jede Erinnerung geht einmal, in der Sprache jeder Koordinatorin und jedes Koordinators, mit der auf dieser Seite gezeigten E-Mail, auch wenn niemand angemeldet ist. Städte, die eingereicht haben, erhalten keine. Die Tage gelten nach Brüsseler Zeit (Europe/Brussels).',
	'reminderSchedule.legend': 'Wann Erinnerungen gehen',
	'reminderSchedule.before': 'Tage vor der Frist',
	'reminderSchedule.beforeHint':
		'Ganze Zahlen, durch Kommas getrennt, zum Beispiel 14, 3. Leer lassen für keine.',
	'reminderSchedule.onDay': 'Am Tag der Frist',
	'reminderSchedule.after': 'Tage nach der Frist',
	'reminderSchedule.afterHint': 'Zum Beispiel 1 für den Tag danach. Leer lassen für keine.',
	'reminderSchedule.save': 'Zeitplan speichern',
	'reminderSchedule.saved': 'Zeitplan gespeichert: {count} Erinnerungstermine für jede Stadt.',
	'reminderSchedule.savedNone': 'Zeitplan gespeichert: keine Erinnerung geht von selbst.',
	'reminderSchedule.current': 'Derzeit: {points}.',
	'reminderSchedule.none': 'Keine Erinnerung ist geplant: Erinnerungen gehen nur, wenn Sie sie senden.',
	'reminderSchedule.pointBefore': '{days} Tage vor der Frist',
	'reminderSchedule.pointBeforeOne': '1 Tag vor der Frist',
	'reminderSchedule.pointDay': 'am Tag der Frist',
	'reminderSchedule.pointAfter': '{days} Tage nach der Frist',
	'reminderSchedule.pointAfterOne': 'am Tag nach der Frist',
	'reminderSchedule.notEditable':
		'Der Zeitplan kann nur geändert werden, solange der Zyklus ein Entwurf oder offen ist.',
	'reminderSchedule.finished':
		'Der Zeitplan kann nur geändert werden, solange der Zyklus ein Entwurf oder offen ist.',
	'reminderSchedule.invalidDays':
		'Geben Sie ganze Zahlen von 0 bis 90 Tagen ein, durch Kommas getrennt, zum Beispiel 14, 3.',
	'reminderSchedule.tooMany': 'Wählen Sie höchstens 6 Erinnerungstermine.',
	'reminderSchedule.upcomingTitle': 'Nächste geplante Erinnerungen',
	'reminderSchedule.upcomingNote': 'Die nächste Erinnerung jeder Stadt, die noch nicht eingereicht hat.',
	'reminderSchedule.upcomingCaption': 'Nächste geplante Erinnerung jeder Stadt',
	'reminderSchedule.noneUpcoming':
		'Für die Städte, die noch nicht eingereicht haben, steht keine geplante Erinnerung mehr aus.',
	'reminderSchedule.sentTitle': 'Bereits von selbst gesendete Erinnerungen',
	'reminderSchedule.sentCaption': 'Nach Zeitplan gesendete Erinnerungen, älteste zuerst',
	'reminderSchedule.noneSent': 'Noch keine gesendet.',
	'reminderSchedule.colCity': 'Stadt',
	'reminderSchedule.colDate': 'Datum',
	'reminderSchedule.colPoint': 'Wann',
	'reminderSchedule.colDeadline': 'Frist der Stadt',
	'reminderSchedule.colSentAt': 'Gesendet (Brüsseler Zeit)',
	'reminderSchedule.colMails': 'E-Mails',
	'audit.action.cycle.auto_reminded': 'Geplante Erinnerung an eine Stadt gesendet',
	'audit.action.cycle.reminder_schedule_changed': 'Zeitplan der Erinnerungen geändert'
};

export const reminderScheduleEs: Record<keyof typeof reminderScheduleEn, string> = {
	'reminderSchedule.title': 'Recordatorios automáticos',
	'reminderSchedule.lead':
		'Elija cuándo se envían recordatorios a las ciudades que no han enviado su respuesta. Las fechas se cuentan desde el plazo de cada ciudad, así que una prórroga las desplaza. Cada recordatorio se envía una vez, en el idioma de cada persona coordinadora, con el correo que se muestra en esta página, también cuando nadie ha iniciado sesión. Las ciudades que ya han enviado su respuesta no reciben ninguno. Las fechas son días en hora de Bruselas (Europe/Brussels).',
	'reminderSchedule.legend': 'Cuándo se envían los recordatorios',
	'reminderSchedule.before': 'Días antes del plazo',
	'reminderSchedule.beforeHint':
		'Números enteros separados por comas, por ejemplo 14, 3. Déjelo vacío para ninguno.',
	'reminderSchedule.onDay': 'El día en que vence el plazo',
	'reminderSchedule.after': 'Días después del plazo',
	'reminderSchedule.afterHint': 'Por ejemplo 1 para el día siguiente. Déjelo vacío para ninguno.',
	'reminderSchedule.save': 'Guardar el calendario',
	'reminderSchedule.saved': 'Calendario guardado: {count} fechas de recordatorio para cada ciudad.',
	'reminderSchedule.savedNone': 'Calendario guardado: no se envía ningún recordatorio automático.',
	'reminderSchedule.current': 'Fijado ahora: {points}.',
	'reminderSchedule.none': 'No hay ningún recordatorio programado: solo se envían cuando usted los manda.',
	'reminderSchedule.pointBefore': '{days} días antes del plazo',
	'reminderSchedule.pointBeforeOne': '1 día antes del plazo',
	'reminderSchedule.pointDay': 'el día en que vence el plazo',
	'reminderSchedule.pointAfter': '{days} días después del plazo',
	'reminderSchedule.pointAfterOne': 'el día después del plazo',
	'reminderSchedule.notEditable':
		'El calendario solo puede cambiarse mientras el ciclo es un borrador o está abierto.',
	'reminderSchedule.finished':
		'El calendario solo puede cambiarse mientras el ciclo es un borrador o está abierto.',
	'reminderSchedule.invalidDays':
		'Escriba números enteros de días de 0 a 90, separados por comas, por ejemplo 14, 3.',
	'reminderSchedule.tooMany': 'Elija como máximo 6 fechas de recordatorio.',
	'reminderSchedule.upcomingTitle': 'Próximos recordatorios programados',
	'reminderSchedule.upcomingNote': 'El próximo recordatorio de cada ciudad que no ha enviado su respuesta.',
	'reminderSchedule.upcomingCaption': 'Próximo recordatorio programado de cada ciudad',
	'reminderSchedule.noneUpcoming':
		'No queda ningún recordatorio programado para las ciudades que no han enviado su respuesta.',
	'reminderSchedule.sentTitle': 'Recordatorios automáticos ya enviados',
	'reminderSchedule.sentCaption':
		'Recordatorios enviados según el calendario, del más antiguo al más reciente',
	'reminderSchedule.noneSent': 'Todavía no se ha enviado ninguno.',
	'reminderSchedule.colCity': 'Ciudad',
	'reminderSchedule.colDate': 'Fecha',
	'reminderSchedule.colPoint': 'Cuándo',
	'reminderSchedule.colDeadline': 'Plazo de la ciudad',
	'reminderSchedule.colSentAt': 'Enviado (hora de Bruselas)',
	'reminderSchedule.colMails': 'Correos',
	'audit.action.cycle.auto_reminded': 'Recordatorio programado enviado a una ciudad',
	'audit.action.cycle.reminder_schedule_changed': 'Calendario de recordatorios cambiado'
};

export const reminderScheduleIt: Record<keyof typeof reminderScheduleEn, string> = {
	'reminderSchedule.title': 'Promemoria inviati automaticamente',
	'reminderSchedule.lead':
		'Scegli quando inviare i promemoria alle città che non hanno ancora inviato la risposta. Le date si contano dalla scadenza di ciascuna città, quindi una proroga le sposta. Ogni promemoria parte una volta sola, nella lingua di ogni coordinatore, con l’e-mail mostrata in questa pagina, anche quando nessuno ha effettuato l’accesso. Le città che hanno inviato non ne ricevono. Le date sono giorni secondo l’ora di Bruxelles (Europe/Brussels).',
	'reminderSchedule.legend': 'Quando partono i promemoria',
	'reminderSchedule.before': 'Giorni prima della scadenza',
	'reminderSchedule.beforeHint':
		'Numeri interi separati da virgole, per esempio 14, 3. Lascia vuoto per nessuno.',
	'reminderSchedule.onDay': 'Il giorno della scadenza',
	'reminderSchedule.after': 'Giorni dopo la scadenza',
	'reminderSchedule.afterHint': 'Per esempio 1 per il giorno dopo. Lascia vuoto per nessuno.',
	'reminderSchedule.save': 'Salva il calendario',
	'reminderSchedule.saved': 'Calendario salvato: {count} date di promemoria per ogni città.',
	'reminderSchedule.savedNone': 'Calendario salvato: nessun promemoria parte automaticamente.',
	'reminderSchedule.current': 'Impostato ora: {points}.',
	'reminderSchedule.none': 'Nessun promemoria programmato: i promemoria partono solo quando li invii tu.',
	'reminderSchedule.pointBefore': '{days} giorni prima della scadenza',
	'reminderSchedule.pointBeforeOne': '1 giorno prima della scadenza',
	'reminderSchedule.pointDay': 'il giorno della scadenza',
	'reminderSchedule.pointAfter': '{days} giorni dopo la scadenza',
	'reminderSchedule.pointAfterOne': 'il giorno dopo la scadenza',
	'reminderSchedule.notEditable': 'Il calendario si può modificare solo finché il ciclo è in bozza o aperto.',
	'reminderSchedule.finished': 'Il calendario si può modificare solo finché il ciclo è in bozza o aperto.',
	'reminderSchedule.invalidDays':
		'Inserisci numeri interi di giorni da 0 a 90, separati da virgole, per esempio 14, 3.',
	'reminderSchedule.tooMany': 'Scegli al massimo 6 date di promemoria.',
	'reminderSchedule.upcomingTitle': 'Prossimi promemoria programmati',
	'reminderSchedule.upcomingNote': 'Il prossimo promemoria di ogni città che non ha inviato.',
	'reminderSchedule.upcomingCaption': 'Prossimo promemoria programmato di ogni città',
	'reminderSchedule.noneUpcoming':
		'Non resta nessun promemoria programmato per le città che non hanno inviato.',
	'reminderSchedule.sentTitle': 'Promemoria già inviati automaticamente',
	'reminderSchedule.sentCaption': 'Promemoria inviati dal calendario, dal meno recente',
	'reminderSchedule.noneSent': 'Non ne è ancora stato inviato nessuno.',
	'reminderSchedule.colCity': 'Città',
	'reminderSchedule.colDate': 'Data',
	'reminderSchedule.colPoint': 'Quando',
	'reminderSchedule.colDeadline': 'Scadenza della città',
	'reminderSchedule.colSentAt': 'Inviato (ora di Bruxelles)',
	'reminderSchedule.colMails': 'E-mail',
	'audit.action.cycle.auto_reminded': 'Promemoria programmato inviato a una città',
	'audit.action.cycle.reminder_schedule_changed': 'Calendario dei promemoria modificato'
};
