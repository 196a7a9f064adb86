// Public exports of the math layer.
export { QueueInputError } from './QueueInputError.js';
