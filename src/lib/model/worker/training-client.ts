import type { FromWorker, ToWorker, TrainingSettings } from './protocol.ts';

export type WorkerFactory = () => Worker;

/**
 * The page's handle on the training worker. Reset ends the worker, which frees
 * every tensor it held; a hidden tab pauses training and a visible one resumes it.
 */
export class TrainingClient {
  private worker: Worker | undefined;
  private pausedByVisibility = false;
  private readonly createWorker: WorkerFactory;
  private readonly onEvent: (event: FromWorker) => void;

  constructor(createWorker: WorkerFactory, onEvent: (event: FromWorker) => void) {
    this.createWorker = createWorker;
    this.onEvent = onEvent;
  }

  start(settings: TrainingSettings): void {
    this.reset();
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.onEvent(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.onEvent({ type: 'error', message: event.message || 'The training worker stopped unexpectedly.' });
    };
    this.worker = worker;
    this.send({ type: 'start', settings });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.send({ type: 'resume' });
  }

  reset(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Pauses while the document is hidden, unless the reader had paused already. */
  followVisibility(document: Document): void {
    document.addEventListener('visibilitychange', () => {
      if (document.hidden && this.running) {
        this.pausedByVisibility = true;
        this.pause();
      } else if (!document.hidden && this.pausedByVisibility) {
        this.pausedByVisibility = false;
        this.resume();
      }
    });
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }
}
