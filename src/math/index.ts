// Public exports of the math layer: the error class and the special functions the models use.
export { gammaP, gammaQ } from './incompleteGamma.js';
export { logGamma } from './logGamma.js';
export { erfc, normalCdf } from './normalCdf.js';
export { QueueInputError, type QueueInputErrorCode } from './QueueInputError.js';
