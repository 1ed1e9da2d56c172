import { answerOf } from '../../lib/model/answer.ts';
import { classifierOf, type Classifier } from '../../lib/model/classifier.ts';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { TrainingClient } from '../../lib/model/worker/training-client.ts';
import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { parseSettings } from '../../lib/playground/settings.ts';
import { trainingNetworks } from './training-networks.ts';
import { runButtons } from './run-buttons.ts';
import { required } from '../dom.ts';
import { loadTestSet } from './lazy.ts';
import { resultsView } from './results-view.ts';
import { keptReader } from './kept-reader.ts';
import { keptView } from './kept-view.ts';
import { trainView } from './train-view.ts';
import { followDistort } from './distort-field.ts';
import { followRecipe } from './recipe-fields.ts';
import { settingFields } from './setting-fields.ts';
import { withBase } from '../../utils/base-path.ts';

export interface LiveScores {
  readonly scores: readonly number[];
  readonly classifier: Classifier;
  readonly answer: number;
}

/** What the second column beside the pad shows: whose answer, and the answer or why there is none. */
export interface LiveReading {
  readonly title: string;
  readonly scores?: LiveScores;
  readonly note: string;
}

const IN_TRAINING = 'Model in training';
const KEPT = 'Your trained network';
const readsToo = 'Draw a digit or pick a test digit: it reads it too.';

export interface TrainingHooks {
  readonly onPick: (index: number) => void;
  /** The network that reads the pad beside the pretrained one changed: ask it again. */
  readonly onTested: () => void;
}

/** Bundled by scripts/prepare-worker.ts: see there why not by Vite. */
const createWorker = () => new Worker(withBase('/workers/training-worker.js'), { type: 'module' });

/** The Train panel: the form, the buttons, the worker and what it reports, and the run kept in the browser. */
export function startTraining(root: Document, hooks: TrainingHooks) {
  const form = required<HTMLFormElement>(root, '#train-form');
  const field = (name: string) => required<HTMLInputElement | HTMLSelectElement>(root, `#train-${name}`);
  const alert = required(root, '#train-alert');
  const alertText = required(root, '#train-alert-text');
  const retry = required<HTMLButtonElement>(root, '#train-retry');
  let settings: TrainingSettings | undefined;
  /** A finished run's curves and results are thrown away only when Reset is pressed twice. */
  let finished = false;
  /** Whether the alert shows the form's problems, which then follow the fields as they are fixed. */
  let formProblems = false;

  // Without a network in the address the form keeps its default, the playground's own, not the explorer's.
  const networks = trainingNetworks(root, new URLSearchParams(location.search));

  const view = trainView(root, () => settings);
  followRecipe(root, networks.choices);
  followDistort(root);
  const results = resultsView(root, hooks.onPick);
  const readKept = keptReader();
  const showAlert = (text: string, canRetry: boolean) => {
    alertText.textContent = text;
    retry.hidden = !canRetry;
    alert.hidden = false;
    formProblems = false;
  };
  const parsed = () =>
    parseSettings(
      {
        network: field('network').value,
        epochs: field('epochs').value,
        batchSize: field('batch-size').value,
        learningRate: field('learning-rate').value,
        recipe: field('recipe').value,
        distort: required<HTMLInputElement>(root, '#train-distort').checked ? 'on' : 'off',
      },
      // The worker fetches from these as they are: it learns the site's base from the page.
      { wasmPath: withBase('/wasm/'), dataPath: withBase('/data/') },
      networks.choices,
    );
  const showProblems = (messages: readonly string[]) => {
    showAlert(`Training did not start. ${messages.join(' ')}`, false);
    formProblems = true;
  };
  /** The form's alert says what is still wrong, and goes once nothing is. */
  const followForm = () => {
    if (!formProblems) return;
    const now = parsed();
    if (now.ok) {
      alert.hidden = true;
      formProblems = false;
    } else showProblems(now.messages);
  };
  const fields = settingFields(root, followForm);
  for (const name of ['network', 'recipe']) field(name).addEventListener('change', followForm);
  if (networks.problems.length > 0) showAlert(networks.problems.join(' '), false);

  /** Shows a run kept with its network, unless the reader has started another meanwhile. */
  const restore = (run: RunHistory) => {
    if (settings) return;
    settings = run.settings;
    finished = true;
    view.restore(run);
    buttons.restored();
    const fullTest = run.fullTest;
    if (fullTest)
      loadTestSet().then(
        (set) => settings === run.settings && results.show(fullTest, set),
        () => undefined,
      );
  };
  const kept = keptView(root, (network: KeptNetwork | undefined, found: boolean) => {
    if (found && network?.run) restore(network.run);
    hooks.onTested();
  });

  const buttons = runButtons(root, {
    pause: () => client.pause(),
    resume: () => client.resume(),
    atStake: () => (client.running && !finished ? 'running' : settings ? 'finished' : undefined),
    reset: () => {
      // The kept network stays; the run shown with it goes, unless it came from another run.
      if (settings && kept.network?.run?.settings === settings) kept.update(undefined);
      settings = undefined;
      finished = false;
      client.reset();
      view.clear();
      results.clear();
      hooks.onTested();
    },
  });

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
      if (settings) kept.keep(settings, event, view.history(settings));
    } else if (event.type === 'done') {
      finished = true;
      if (settings) kept.update(view.history(settings));
      buttons.idle();
    } else if (event.type === 'error') {
      client.reset();
      buttons.idle();
      showAlert(`Training stopped: ${event.message}`, true);
    }
  };
  const client = new TrainingClient(createWorker, onEvent);
  client.followVisibility(root);

  const start = (chosen: TrainingSettings) => {
    settings = chosen;
    finished = false;
    alert.hidden = true;
    formProblems = false;
    view.clear();
    results.clear();
    client.start(chosen);
    buttons.running();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const firstWrong = fields.checkAll();
    const checked = parsed();
    if (!checked.ok) {
      showProblems(checked.messages);
      firstWrong?.focus();
      return;
    }
    start(checked.settings);
  });
  retry.addEventListener('click', () => settings && start(settings));
  const scored = (scores: readonly number[], network: TrainingSettings['network']): LiveScores => {
    const classifier = classifierOf(network);
    return { scores, classifier, answer: answerOf(scores, classifier) };
  };
  return {
    /** The network in training's reading of a digit or, with none running, the kept network's. */
    async live(digit: Uint8Array | undefined): Promise<LiveReading> {
      if (settings && client.running) {
        const scores = digit && (await client.predict(digit));
        if (scores) return { title: IN_TRAINING, scores: scored(scores, settings.network), note: '' };
        return { title: IN_TRAINING, note: digit ? 'It answers once its first batch is done.' : readsToo };
      }
      const network = kept.network;
      if (!network) return { title: IN_TRAINING, note: 'Train a model below to compare it here.' };
      if (!digit) return { title: KEPT, note: readsToo };
      return { title: KEPT, scores: scored(await readKept(network, digit), network.network), note: '' };
    },
  };
}
