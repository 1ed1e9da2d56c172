import type { FromWorker, ToWorker, TrainingSettings } from './protocol.ts';

export type WorkerFactory = () => Worker;

/** How long a stopping worker may take to free its tensors and say so before it is ended anyway. */
const STOP_GRACE_MS = 2000;

/**
 * The page's handle on the training worker. Reset asks the worker to free its
 * tensors, reports what is left, then ends it; a hidden tab pauses training and
 * a visible one resumes it.
 */
export class TrainingClient {
  private worker: Worker | undefined;
  private pausedByVisibility = false;
  private pausedByReader = false;
  private nextId = 0;
  private readonly pending = new Map<number, (scores: readonly number[] | undefined) => void>();
  private readonly createWorker: WorkerFactory;
  private readonly onEvent: (event: FromWorker) => void;

  constructor(createWorker: WorkerFactory, onEvent: (event: FromWorker) => void) {
    this.createWorker = createWorker;
    this.onEvent = onEvent;
  }

  start(settings: TrainingSettings): void {
    this.reset();
    this.pausedByReader = false;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.onEvent({ type: 'error', message: event.message || 'The training worker stopped unexpectedly.' });
    };
    this.worker = worker;
    this.send({ type: 'start', settings });
  }

  pause(): void {
    this.pausedByReader = true;
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.pausedByReader = false;
    this.send({ type: 'resume' });
  }

  /** Stops training at once; the worker's report of freed tensors arrives as a 'stopped' event. */
  reset(): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
    if (!worker) return;
    const end = setTimeout(() => worker.terminate(), STOP_GRACE_MS);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== 'stopped') return;
      clearTimeout(end);
      worker.terminate();
      this.onEvent(event.data);
    };
    worker.postMessage({ type: 'stop' } satisfies ToWorker);
  }

  /** The model in training's ten scores for a 28x28 digit (bytes); undefined before the model exists. */
  predict(digit: Uint8Array): Promise<readonly number[] | undefined> {
    if (!this.worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'predict', id, digit });
    });
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Pauses while the document is hidden, unless the reader had paused already. */
  followVisibility(document: Document): void {
    document.addEventListener('visibilitychange', () => {
      if (document.hidden && this.running && !this.pausedByReader) {
        this.pausedByVisibility = true;
        this.send({ type: 'pause' });
      } else if (!document.hidden && this.pausedByVisibility) {
        this.pausedByVisibility = false;
        this.send({ type: 'resume' });
      }
    });
  }

  private receive(event: FromWorker): void {
    if (event.type === 'prediction') {
      this.pending.get(event.id)?.(event.scores);
      this.pending.delete(event.id);
      return;
    }
    this.onEvent(event);
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }
}
