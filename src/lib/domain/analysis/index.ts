// Aggregation of a cycle's answers for the analysis pages, the report, its exports and the open-data API.
// Pure functions over plain arrays: the storage layer reads a cycle into CityResult[] (reads/cycle-results).
export * from './types';
export * from './percent';
export * from './rating-counts';
export * from './change';
export * from './response-rate';
export * from './filters';
export * from './indicators';
export * from './free-text';
export * from './from-answers';
export * from './letters';
export * from './published-ratings';
export * from './module-results';
