export { CROCKFORD_ALPHABET, crockfordCheckSymbol, crockfordCodes, type CrockfordCodes } from './crockford.js';
