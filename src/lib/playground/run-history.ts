import type { FromWorker, TrainingSettings } from '../model/worker/protocol.ts';

type Event<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

/**
 * What a reload needs to show a run again as it was: its settings, the worker's
 * last word on each figure, both curves as drawn, and the last test of all 10,000
 * digits (the confusion matrix and the misread digits come from it).
 */
export interface RunHistory {
  readonly settings: TrainingSettings;
  readonly backend?: Event<'backend'>;
  readonly progress?: Event<'progress'>;
  readonly loss: readonly { readonly x: number; readonly y: number }[];
  readonly tests: readonly { readonly x: number; readonly y: number }[];
  readonly fullTest?: Event<'tested'>;
  /** Absent when the page was left before the run ended. */
  readonly done?: Event<'done'>;
}
