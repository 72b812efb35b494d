export { findDatasetsDir, readJsonl, readJson } from './datasets.js';
export { runEval, type EvalResult, type EvalTask } from './run-eval.js';
export { runBench, type BenchSubject } from './run-bench.js';
export { checkReadmeExample } from './readme-example.js';
