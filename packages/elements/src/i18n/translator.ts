export type { Translator } from '@kohtaamo/core';
