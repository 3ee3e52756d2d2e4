/**
 * Everything the public may see, in one place. Every public page (`/`, `/charter`, `/cities`, `/practices`,
 * `/reports`, `/data`) and the open data API read through these functions and nothing else (ESLint refuses
 * other server reads in those routes). Each stands on one base, `isPublishedCycle` (published-cycles.ts): a
 * cycle that is not published does not exist here. The disclosure rules (`$lib/domain/disclosure`: whether a
 * cycle's city answers are shown, small groups withheld, one filter at a time) are applied inside, so the
 * pages, the API, the annex and the report follow the same ones. No function takes a "published only" flag.
 */
export { headlineFigures, type HeadlineFigures } from '../reads/headline-figures';
export { publishedCycles, publishedCycle, openCity, type OpenCycle } from '../reads/open-data';
export { publishedReport } from '../reads/published-report';
export {
	listCities,
	listCitiesPage,
	listCityCountries,
	listCityPoints,
	parseCityListFilter,
	parseCityListPage,
	type CityListFilter,
	type CityListRow
} from '../reads/list-cities';
export {
	parsePracticeQuery,
	practiceQueryString,
	mergedPracticeTarget,
	type FacetCount,
	type FacetName,
	type PracticeDetail,
	type PracticeHit,
	type PracticeQuery,
	type PracticeResults,
	type TextPart
} from '../reads/search-practices';
export { searchPublishedPractices, publishedPractice } from './practices';
// publishedCycleResults (./cycle-results) is not exported: it holds every city's answers, which only the
// functions below may turn into what the public sees.
export { publishedReportDocument, publishedAnnex } from './cycle-results';
export { publicCityProfile } from './city-page';
export { openCycleResults, openCycleIndicators, type OpenResultsAnswer } from './open-results';
export { publishedIndicatorFigures } from './indicator-page';
