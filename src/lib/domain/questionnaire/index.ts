export * from './definition';
export * from './values';
export * from './fields';
export * from './validate';
export * from './form-values';
export { charterQuestionnaire, currentQuestionnaire } from './charter-questionnaire';
