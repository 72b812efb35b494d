import { fileURLToPath } from 'node:url';
import { checkReadmeExample } from '@newslens/evaluation/node';
import { expect, it } from 'vitest';

it('runs the README example and prints what the README shows', () => {
  expect(checkReadmeExample(fileURLToPath(new URL('..', import.meta.url)))).toBeUndefined();
});
