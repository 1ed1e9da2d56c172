// The lane engine's second thread for Node: helper-worker.ts's twin on worker_threads.
import { parentPort } from 'node:worker_threads';
import { runLaneHelper } from '../../src/lib/lanes/helper.ts';

parentPort.once('message', (start) => void runLaneHelper(start));
