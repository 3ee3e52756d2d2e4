// The interface in Spanish: a visitor switches to Español and reads the public pages; Madrid's new coordinator
// switches on the invitation page, then fills and submits the open demo cycle's questionnaire without
// JavaScript, meeting every label, error and confirmation in Spanish. Madrid (a signatory, so invited to the
// demo cycle 2024–2026) is used by no other journey; only Madrid's response is touched here.
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL } from './support/env';
import { expect, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';
import { expectNoEnglishInterfaceText } from './support/untranslated';

const CYCLE = '/respond/2024-2026';
const COORDINATOR = {
	name: 'Lucía Fernández',
	email: 'lucia.fernandez@madrid.example',
	password: 'Retiro en primavera 2026'
};

/** Every Spanish page passes axe and shows no English interface or questionnaire text. */
async function checkSpanishPage(page: Page) {
	await expectNoA11yViolations(page);
	await expectNoEnglishInterfaceText(page, 'es');
}

/** Chooses Español with the language switcher of the page that is open (a plain form: no script needed). */
async function switchToSpanish(page: Page) {
	await page.getByLabel('Language').selectOption({ label: 'Español' });
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('button', { name: 'Cambiar de idioma' })).toBeVisible();
}

async function rate(page: Page, commitment: number, label: 'Totalmente' | 'En parte' | 'En absoluto') {
	await page.locator(`fieldset#q-c${commitment}-rating`).getByLabel(label, { exact: true }).check();
}

async function save(page: Page) {
	await page.getByRole('button', { name: 'Guardar', exact: true }).click();
	await expect(page.getByText('Sus respuestas están guardadas.')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'Hay un problema' })).toHaveCount(0);
}

test('a visitor switches to Español and reads the public pages in Spanish', async ({ page }) => {
	await page.goto('/');
	await switchToSpanish(page);
	// The same page at its Spanish address.
	await expect(page).toHaveURL(`${BASE_URL}/es`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ciudades comprometidas con la igualdad de oportunidades de todos sus habitantes'
	);
	await expect(page.getByRole('link', { name: 'Leer los once compromisos' })).toBeVisible();
	await checkSpanishPage(page);

	// The choice is remembered from page to page.
	await page
		.getByRole('navigation', { name: 'Navegación principal' })
		.getByRole('link', { name: 'La Carta' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'La Carta: cuatro funciones, once compromisos'
	);
	await expect(page.getByText('Compromiso 1', { exact: true })).toBeVisible();
	await expect(
		page.getByText('Garantizar la igualdad de acceso y la no discriminación en todas nuestras políticas')
	).toBeVisible();
	await checkSpanishPage(page);

	await page.goto('/cities');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ciudades firmantes y ciudades que han respondido'
	);
	await expect(page.getByRole('columnheader', { name: 'Firmó la Carta' })).toBeVisible();
	// Dates come from Intl in Spanish, month names in lower case: "enero de 2013", never "January 2013".
	const barcelona = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Barcelona' }) });
	await expect(barcelona.getByRole('cell', { name: 'España', exact: true })).toBeVisible();
	await expect(barcelona.getByRole('cell', { name: 'a más tardar en enero de 2013' })).toBeVisible();
	await checkSpanishPage(page);

	await page.goto('/cities/madrid');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Madrid');
	await expect(page.getByText('España', { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Participación en los ciclos de informe' })).toBeVisible();
	await checkSpanishPage(page);

	await page.goto('/practices');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buenas prácticas');
	await expect(page.getByRole('heading', { name: 'Acotar los resultados' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/\d+ prácticas encontradas/);
	await checkSpanishPage(page);

	await page.goto('/reports');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informes Integrating Cities');
	await checkSpanishPage(page);

	await page.goto('/sign-in');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
	await expect(page.getByLabel('Dirección de correo electrónico').first()).toBeVisible();
	await checkSpanishPage(page);
});

test('a browser asking for Spanish gets the interface in Spanish without choosing', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto('/charter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'La Carta: cuatro funciones, once compromisos'
	);
	await expect(page.locator('#language-select')).toHaveValue('es');
	await context.close();
});

test.describe.serial('Madrid answers the questionnaire in Spanish', () => {
	let lucia: { context: BrowserContext; page: Page };
	let invitationLink: string;

	test.afterAll(async () => lucia?.context.close());

	test('the secretariat invites Madrid’s coordinator', async ({ secretariatPage: page }) => {
		await page.goto('/admin/cities/madrid/coordinator');
		await page.getByLabel('Name of the coordinator').fill(COORDINATOR.name);
		await page.getByLabel('E-mail of the coordinator').fill(COORDINATOR.email);
		const sent = Date.now();
		await page.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByRole('status').filter({ hasText: COORDINATOR.email })).toBeVisible();
		invitationLink = linkIn(
			await waitForMail(COORDINATOR.email, 'Your invitation to Integrating Cities Monitor', { after: sent }),
			'/invitation/'
		);
	});

	test('the coordinator switches to Español and accepts the invitation', async ({ browser }) => {
		// Without JavaScript throughout: every step is a plain form, and axe checks the markup received.
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'en-GB',
			javaScriptEnabled: false
		});
		lucia = { context, page: await context.newPage() };
		const { page } = lucia;
		recordDocuments(page);
		await page.goto(invitationLink);
		await switchToSpanish(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aceptar su invitación');
		await checkSpanishPage(page);

		await page.getByLabel('Contraseña nueva', { exact: true }).fill(COORDINATOR.password);
		await page.getByLabel('Repita la contraseña nueva').fill('Otra cosa distinta 2026');
		await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
		const problem = page.getByRole('alert').filter({ hasText: 'Hay un problema' });
		await expect(problem).toContainText('Escriba la misma contraseña dos veces');
		await checkSpanishPage(page);

		await page.getByLabel('Contraseña nueva', { exact: true }).fill(COORDINATOR.password);
		await page.getByLabel('Repita la contraseña nueva').fill(COORDINATOR.password);
		await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
		await expect(page.getByRole('status')).toHaveText('Su cuenta está lista y ha iniciado sesión.');
		await expect(page.getByText(`Sesión iniciada como ${COORDINATOR.name}`)).toBeVisible();
		await checkSpanishPage(page);
	});

	test('the coordinator fills every section in Spanish; a missing piece of evidence is explained in Spanish', async () => {
		const { page } = lucia;
		await page.goto(CYCLE);
		await expect(page.getByRole('heading', { name: 'Secciones' })).toBeVisible();
		await expect(page.getByText(/^Su plazo: \d{1,2} de [a-z]+ de \d{4}$/)).toBeVisible();
		await checkSpanishPage(page);

		await page.getByRole('link', { name: 'Contexto de la ciudad y estrategia de integración' }).click();
		const strategy = page.locator('fieldset#q-strategy');
		await expect(strategy.locator('legend')).toContainText('¿Tiene su ciudad una estrategia de integración?');
		await expect(strategy).toContainText('Una estrategia, un plan o un programa adoptado por la ciudad');
		await strategy.getByLabel('No', { exact: true }).check();
		await page.locator('fieldset#q-migrant-definition').getByLabel('Nacido en el extranjero').check();
		await save(page);
		await checkSpanishPage(page);

		await page.goto(`${CYCLE}/policy-maker`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'La ciudad como responsable de políticas'
		);
		const first = page.locator('fieldset#q-c1-rating');
		await expect(first).toContainText(
			'Comunicar activamente nuestro compromiso con la igualdad de oportunidades de todas las personas que viven en la ciudad'
		);
		await expect(first).toContainText('Si selecciona totalmente o en parte, aporte las pruebas.');
		await expect(first.getByText('Obligatoria', { exact: true })).toBeVisible();
		// Rated fully without evidence: the error summary and the message at the field are in Spanish.
		await rate(page, 1, 'Totalmente');
		await rate(page, 2, 'En absoluto');
		await rate(page, 3, 'En absoluto');
		await page.getByRole('button', { name: 'Guardar', exact: true }).click();
		const problem = page.getByRole('alert').filter({ hasText: 'Hay un problema' });
		await expect(problem).toBeVisible();
		await expect(problem.getByRole('link', { name: 'Aporte las pruebas de su valoración' })).toBeVisible();
		await checkSpanishPage(page);

		await page
			.locator('[id="c1-rating.evidence"]')
			.fill('Una campaña municipal sobre igualdad de oportunidades');
		await save(page);
		await expect(page.locator('[id="c1-rating.evidence"]')).toHaveValue(
			'Una campaña municipal sobre igualdad de oportunidades'
		);

		for (const [section, numbers] of [
			['service-provider', [4, 5]],
			['employer', [6, 7, 8]],
			['buyer', [9, 10, 11]]
		] as const) {
			await page.goto(`${CYCLE}/${section}`);
			for (const number of numbers) await rate(page, number, 'En absoluto');
			await save(page);
		}
		await page.goto(`${CYCLE}/indicators`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicadores Integrating Cities');
		await expect(page.locator('main')).toContainText('Cifras de resultados de su ciudad.');
		await expect(page.locator('main')).toContainText('Tasa de empleo de las personas migrantes');
		await checkSpanishPage(page);
	});

	test('the coordinator checks the answers and submits, confirmed in Spanish', async () => {
		const { page } = lucia;
		await page.goto(`${CYCLE}/check`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revise sus respuestas');
		await expect(page.getByText('Todas las preguntas obligatorias están respondidas.')).toBeVisible();
		await checkSpanishPage(page);

		await page.getByRole('button', { name: 'Enviar la respuesta…' }).click();
		const confirmation = page.getByRole('region', { name: '¿Enviar la respuesta ahora?' });
		await expect(confirmation).toContainText('las respuestas pasan a ser de solo lectura');
		await expect(confirmation).toContainText('la secretaría de Eurocities las revisa');
		await checkSpanishPage(page);
		await confirmation.getByRole('button', { name: 'Sí, enviar la respuesta' }).click();
		await expect(page.getByText('Su respuesta se ha enviado. Gracias.')).toBeVisible();
		await checkSpanishPage(page);

		// The questionnaire is now read-only, and says since when, with a Spanish date.
		await page.goto(`${CYCLE}/policy-maker`);
		await expect(page.getByText(/Su respuesta se envió el \d{1,2} de [a-z]+ de \d{4}\./)).toBeVisible();
		await checkSpanishPage(page);
	});

	test('a query from the secretariat reaches the coordinator in Spanish, by e-mail and on the page', async ({
		secretariatPage
	}) => {
		await secretariatPage.goto('/admin/cycles/2024-2026/responses/madrid');
		const item = secretariatPage.locator('#item-c1-rating');
		await expect(item).toContainText('Una campaña municipal sobre igualdad de oportunidades');
		await item.getByLabel(/Write a query/).fill('Which department runs the campaign?');
		await item.getByRole('button', { name: /Save query/ }).click();
		await expect(secretariatPage.getByText('The query is saved as a draft.')).toBeVisible();
		const returned = Date.now();
		await secretariatPage.getByRole('button', { name: 'Return to the city (1 query)' }).click();
		await expect(
			secretariatPage.getByText('The response is returned to the city with your queries.')
		).toBeVisible();

		// She accepted her invitation in Spanish, so the e-mail is in Spanish, whoever sends it.
		const mail = await waitForMail(COORDINATOR.email, 'La secretaría tiene preguntas sobre su respuesta', {
			after: returned
		});
		expect(mail.text).toContain('La secretaría de Eurocities ha revisado la respuesta de su ciudad');
		expect(mail.links).toContain(`${BASE_URL}${CYCLE}`);

		const { page } = lucia;
		await page.goto(CYCLE);
		await expect(
			page.getByRole('heading', { name: 'La secretaría tiene una pregunta sobre 1 elemento' })
		).toBeVisible();
		await checkSpanishPage(page);
	});
});
