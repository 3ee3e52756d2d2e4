import { describe, expect, it } from 'vitest';
import { reportFilename, reportLinks, reportPath } from './report-links';

describe('report links', () => {
	it('point at the report files, the data annex and the API results of the cycle', () => {
		expect(reportLinks('2018-2020').map(({ key, href, download }) => [key, href, download])).toEqual([
			['pdf', '/reports/2018-2020/report.pdf', true],
			['docx', '/reports/2018-2020/report.docx', true],
			['annexCsv', '/data/2018-2020/annex.csv', true],
			['annexXlsx', '/data/2018-2020/annex.xlsx', true],
			['api', '/api/v1/cycles/2018-2020/results', false]
		]);
		expect(reportPath('2018-2020')).toBe('/reports/2018-2020');
	});

	it('name the downloaded file after the cycle, keeping it safe in a header', () => {
		expect(reportFilename('2018-2020', 'pdf')).toBe('integrating-cities-report-2018-2020.pdf');
		expect(reportFilename('Survey "2011"', 'docx')).toBe('integrating-cities-report-survey-2011-.docx');
	});
});
