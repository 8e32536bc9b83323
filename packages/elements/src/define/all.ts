// Every Kohtaamo element, registered: the `kohtaamo.js` bundle a web editor adds with one tag.
export * from './kohtaamo-feedback-form.js';
export * from './kohtaamo-feedback-status.js';
