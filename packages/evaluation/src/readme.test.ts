import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkReadmeExample } from './node/readme-example.js';

it('runs the README example and prints what the README shows', () => {
  expect(checkReadmeExample(fileURLToPath(new URL('..', import.meta.url)))).toBeUndefined();
});
