// A Node worker_threads twin of helper-worker.ts, for the tests.
import { parentPort } from 'node:worker_threads';
import { runLaneHelper } from './helper.ts';

parentPort.once('message', (start) => void runLaneHelper(start));
