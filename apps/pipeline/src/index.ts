export { analyze, type AnalyzeOptions } from './analyze.js';
export { analyzeRecord, type BatchResult } from './batch.js';
export { main, type CliIO } from './cli/main.js';
