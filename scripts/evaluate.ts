/**
 * Test error of a saved model on MNIST's 10,000 test digits:
 *   npm run evaluate -- --model public/models/paper
 * The last line of output is JSON: {"testError": 0.0093, "testAccuracy": 0.9907}.
 */
import { parseArgs } from 'node:util';
import { evaluateSaved } from './support/evaluate-saved.ts';
import { useBackend } from './support/backend.ts';
import { readSavedModel } from './support/model-files.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, backend: { type: 'string', default: 'wasm' } } });
if (!values.model) throw new Error('--model DIR is required: a folder with model.json and weights.bin.');
await useBackend(values.backend === 'cpu' ? 'cpu' : 'wasm');
const { testAccuracy, count } = await evaluateSaved(readSavedModel(values.model));
console.info(`${values.model}: ${count} test digits, test error ${((1 - testAccuracy) * 100).toFixed(2)}%`);
console.info(
  JSON.stringify({ testError: Number((1 - testAccuracy).toFixed(4)), testAccuracy: Number(testAccuracy.toFixed(4)) }),
);
