export { findQuotes, quotesStage } from './find-quotes.js';
