/// <reference lib="webworker" />
// A second thread for the lane engine: the training worker starts it and shares its memory.
import { runLaneHelper, type LaneHelperStart } from './helper.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<LaneHelperStart>) => void runLaneHelper(event.data);
