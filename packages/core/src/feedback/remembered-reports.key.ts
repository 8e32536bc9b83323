/**
 * Where the reports sent from this device are remembered (localStorage). A module of its own, so
 * a widget that only asks whether there are any (the status widget's first view, docs/adr/0085)
 * does not load the store (nanostores, the tracking-code check) with it: rollup keeps a module whole.
 */
export const REMEMBERED_STORAGE_KEY = 'kohtaamo:feedback-sent';
