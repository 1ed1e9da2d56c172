import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import {
  discardKeptNetwork,
  keepNetwork,
  readKeptNetwork,
  type KeptNetwork,
} from '../../lib/playground/kept-network.ts';
import { download } from '../download.ts';
import { required } from '../dom.ts';
import { percent } from '../readable-numbers.ts';
import { epochsInWords } from '../../lib/playground/epochs-in-words.ts';

type WeightsEvent = Extract<FromWorker, { type: 'weights' }>;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');

/** "LeNet-5, trained for 2 epochs here, 98.50% test accuracy …; kept in this browser since …" */
function keptInWords(network: KeptNetwork): string {
  const when = new Date(network.savedAt).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  const passes = network.epochs === 1 ? '1 pass' : `${network.epochs} passes`;
  const trained = network.recipe === 'paper' ? passes : epochsInWords(network.epochs);
  return `${network.label}, trained for ${trained} here, ${percent(network.testAccuracy, 2)} test accuracy on the 10,000 test digits; kept in this browser since ${when}.`;
}

/** The buttons that download the kept network's weights and its PyTorch code, written only when asked for. */
function downloadButtons(root: Document, status: HTMLElement, kept: () => KeptNetwork | undefined): void {
  const files = async (write: (files: { code: string; weights: Uint8Array<ArrayBuffer> }) => void) => {
    if (!kept()) return;
    try {
      const { keptFiles } = await import('./kept-files.ts');
      write(keptFiles(kept()!));
    } catch (error) {
      status.textContent = `The files could not be written: ${reason(error)}.`;
    }
  };
  required(root, '#kept-weights').addEventListener(
    'click',
    () =>
      void files(({ weights }) => {
        download('lenet5-weights.npz', new Blob([weights], { type: 'application/octet-stream' }));
        status.textContent = 'Downloaded lenet5-weights.npz; the PyTorch code loads it with the line at its end.';
      }),
  );
  required(root, '#kept-code').addEventListener(
    'click',
    () =>
      void files(({ code }) => {
        download('lenet5.py', new Blob([code], { type: 'text/x-python' }));
        status.textContent = 'Downloaded lenet5.py, the network as PyTorch code.';
      }),
  );
}

/**
 * "Your trained network": the last network trained here, kept in IndexedDB after
 * each epoch with the run so far, so that a reload loses neither, with its PyTorch
 * code and weights to download, until the reader discards it. `changed` hears of
 * every change, and of the network found kept when the page opens.
 */
export function keptView(root: Document, changed: (network: KeptNetwork | undefined, found: boolean) => void) {
  const section = required(root, '#kept');
  const text = required(root, '#kept-text');
  const status = required(root, '#kept-status');
  let kept: KeptNetwork | undefined;
  /** Writes one after another, so that the last one asked for is the one kept. */
  let writing: Promise<unknown> = Promise.resolve();

  const store = (network: KeptNetwork) => {
    writing = writing
      .then(() => keepNetwork(network))
      .catch((error: unknown) => {
        status.textContent = `This browser would not keep the network (${reason(error)}); download it before you leave the page.`;
      });
  };

  const show = (network: KeptNetwork | undefined, found = false) => {
    kept = network;
    changed(network, found);
    section.hidden = !network;
    if (!network) return;
    text.textContent = keptInWords(network);
  };

  downloadButtons(root, status, () => kept);
  required(root, '#kept-discard').addEventListener('click', () => {
    // After the writes already asked for, or one of them would bring the network back.
    const discarded = writing.then(() => discardKeptNetwork());
    writing = discarded.catch(() => undefined);
    discarded.then(
      () => {
        show(undefined);
        required(root, '#train-state').textContent = 'The trained network was discarded from this browser.';
      },
      (error: unknown) => (status.textContent = `The network could not be discarded: ${reason(error)}.`),
    );
  });

  readKeptNetwork().then(
    (network) => network && !kept && show(network, true),
    () => undefined,
  );

  return {
    get network() {
      return kept;
    },
    /** Keeps the worker's latest weights for the run with these settings, and the run so far. */
    keep(settings: TrainingSettings, event: WeightsEvent, run: RunHistory): void {
      const network: KeptNetwork = {
        label: settings.label,
        network: settings.network,
        placement: settings.placement,
        epochs: event.epochs,
        ...(settings.recipe ? { recipe: 'paper' as const } : {}),
        testAccuracy: event.testAccuracy,
        savedAt: new Date().toISOString(),
        weights: event.weights,
        run,
      };
      show(network);
      status.textContent = '';
      store(network);
    },
    /** The kept network's run as it now stands (at its end), or without its run once the reader reset it. */
    update(run: RunHistory | undefined): void {
      if (!kept) return;
      const network: { -readonly [K in keyof KeptNetwork]: KeptNetwork[K] } = { ...kept };
      if (run) network.run = run;
      else delete network.run;
      kept = network;
      store(network);
    },
  };
}
