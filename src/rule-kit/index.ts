/**
 * The rule kit: what a rule is made of (its meta, its context, its findings), `defineRule`, the
 * helpers rules share, and the sample documents their examples start from.
 *
 * @module
 */
export { defineRule } from './define-rule.js';
export { printed, replaceSpan } from './edits.js';
export { sampleDocument, sampleLayout, sampleSources } from './samples.js';
export type * from './types.js';
