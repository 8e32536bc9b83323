export { hashSeed, mulberry32 } from './seeded.js';
