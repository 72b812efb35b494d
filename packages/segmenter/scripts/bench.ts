import { createDocument } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { segment } from '../src/index.js';

await runBench('segmenter', [{ name: 'segment', prepare: (text: string) => createDocument(text), run: segment }]);
