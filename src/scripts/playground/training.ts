import { answerOf } from '../../lib/model/answer.ts';
import { classifierOf, type Classifier } from '../../lib/model/classifier.ts';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { TrainingClient } from '../../lib/model/worker/training-client.ts';
import { parseSettings } from '../../lib/playground/settings.ts';
import { trainingNetworks } from './training-networks.ts';
import { runButtons } from './run-buttons.ts';
import { required } from '../dom.ts';
import { loadTestSet } from './lazy.ts';
import { resultsView } from './results-view.ts';
import { keptView } from './kept-view.ts';
import { trainView } from './train-view.ts';
import { followRecipe } from './recipe-fields.ts';

export interface LiveScores {
  readonly scores: readonly number[];
  readonly classifier: Classifier;
  readonly answer: number;
}

/** Bundled by scripts/prepare-worker.ts: see there why not by Vite. */
const createWorker = () => new Worker('/workers/training-worker.js', { type: 'module' });

/** The Train panel: the form, the buttons, the worker and what it reports. */
export function startTraining(root: Document, hooks: { onPick: (index: number) => void; onTested: () => void }) {
  const form = required<HTMLFormElement>(root, '#train-form');
  const field = (name: string) => required<HTMLInputElement | HTMLSelectElement>(root, `#train-${name}`);
  const alert = required(root, '#train-alert');
  const alertText = required(root, '#train-alert-text');
  const retry = required<HTMLButtonElement>(root, '#train-retry');
  let settings: TrainingSettings | undefined;
  /** A finished run's curves and results are thrown away only when Reset is pressed twice. */
  let finished = false;

  // Without a network in the address the form keeps its default, the playground's own, not the explorer's.
  const networks = trainingNetworks(root, new URLSearchParams(location.search));

  const view = trainView(root, () => settings);
  followRecipe(root);
  const results = resultsView(root, hooks.onPick);
  const kept = keptView(root);
  const showAlert = (text: string, canRetry: boolean) => {
    alertText.textContent = text;
    retry.hidden = !canRetry;
    alert.hidden = false;
  };
  if (networks.problems.length > 0) showAlert(networks.problems.join(' '), false);
  const buttons = runButtons(root, {
    pause: () => client.pause(),
    resume: () => client.resume(),
    finished: () => finished,
    reset: () => {
      finished = false;
      client.reset();
      view.clear();
      results.clear();
    },
  });
  const idle = buttons.idle;

  const onEvent = (event: FromWorker) => {
    view.show(event);
    if (event.type === 'tested') {
      if (event.full) {
        loadTestSet().then(
          (set) => results.show(event, set),
          () => undefined,
        );
      }
      hooks.onTested();
    } else if (event.type === 'weights') {
      if (settings) kept.keep(settings, event);
    } else if (event.type === 'done') {
      finished = true;
      idle();
    } else if (event.type === 'error') {
      client.reset();
      idle();
      showAlert(`Training stopped: ${event.message}`, true);
    }
  };
  const client = new TrainingClient(createWorker, onEvent);
  client.followVisibility(root);

  const start = (chosen: TrainingSettings) => {
    settings = chosen;
    finished = false;
    alert.hidden = true;
    view.clear();
    results.clear();
    client.start(chosen);
    buttons.running();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseSettings(
      {
        network: field('network').value,
        epochs: field('epochs').value,
        batchSize: field('batch-size').value,
        learningRate: field('learning-rate').value,
        recipe: field('recipe').value,
      },
      { wasmPath: '/wasm/', dataPath: '/data/' },
      networks.choices,
    );
    if (!parsed.ok) {
      showAlert(`Training did not start. ${parsed.messages.join(' ')}`, false);
      return;
    }
    start(parsed.settings);
  });
  retry.addEventListener('click', () => settings && start(settings));
  return {
    /** The model in training's scores, or undefined when there is none yet. */
    async predict(digit: Uint8Array): Promise<LiveScores | undefined> {
      if (!settings || !client.running) return undefined;
      const classifier = classifierOf(settings.network);
      const scores = await client.predict(digit);
      if (!scores) return undefined;
      return { scores, classifier, answer: answerOf(scores, classifier) };
    },
  };
}
