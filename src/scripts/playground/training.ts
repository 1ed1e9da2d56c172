import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { TrainingClient } from '../../lib/model/worker/training-client.ts';
import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { runButtons } from './run-buttons.ts';
import { liveReader } from './live-reading.ts';
import { resultsView } from './results-view.ts';
import { keptView } from './kept-view.ts';
import { trainAlert } from './train-alert.ts';
import { trainForm } from './train-form.ts';
import { trainView } from './train-view.ts';
import { withBase } from '../../utils/base-path.ts';

export interface TrainingHooks {
  readonly onPick: (index: number) => void;
  /** Train was pressed: the pad's pretrained model loads now, if nothing has asked for it yet. */
  readonly onStart: () => void;
  /** The network that reads the pad beside the pretrained one changed: ask it again. */
  readonly onTested: () => void;
}

/** Bundled by scripts/prepare-worker.ts: see there why not by Vite. */
const createWorker = () => new Worker(withBase('/workers/training-worker.js'), { type: 'module' });

/** The run the panel shows, if any: its settings, whether it finished, and whether it has shown anything. */
interface ShownRun {
  settings: TrainingSettings | undefined;
  /** A finished run's curves and results are thrown away only when Reset is pressed twice. */
  finished: boolean;
  /** Whether the run has shown anything Reset would throw away; before that, while its digits download, nothing. */
  shown: boolean;
}

/** What the panel's parts do with one report from the worker. */
function followWorker(
  event: FromWorker,
  run: ShownRun,
  parts: {
    view: ReturnType<typeof trainView>;
    results: ReturnType<typeof resultsView>;
    kept: ReturnType<typeof keptView>;
    buttons: ReturnType<typeof runButtons>;
    alert: ReturnType<typeof trainAlert>;
    client: TrainingClient;
    hooks: TrainingHooks;
  },
): void {
  const { view, results, kept, buttons, alert, client, hooks } = parts;
  // Downloading and choosing the backend show nothing worth keeping; the first report of training does.
  if (event.type !== 'download' && event.type !== 'backend' && event.type !== 'stopped') run.shown = true;
  view.show(event);
  if (event.type === 'tested') {
    if (event.full) results.showWhenLoaded(event);
    hooks.onTested();
  } else if (event.type === 'weights') {
    if (run.settings) kept.keep(run.settings, event, view.history(run.settings));
  } else if (event.type === 'done') {
    run.finished = true;
    if (run.settings) kept.update(view.history(run.settings));
    buttons.idle();
  } else if (event.type === 'error') {
    client.reset();
    buttons.idle();
    alert.show(`Training stopped: ${event.message}`, true);
  }
}

interface RunPanels {
  readonly view: ReturnType<typeof trainView>;
  readonly results: ReturnType<typeof resultsView>;
  readonly alert: ReturnType<typeof trainAlert>;
  readonly client: TrainingClient;
  readonly hooks: TrainingHooks;
}

/** The shown run goes, after `say` has said why: the worker stops, its panels clear, the form's problems stay. */
function dropRun(run: ShownRun, { results, alert, client, hooks }: RunPanels, say: () => void) {
  Object.assign(run, { settings: undefined, finished: false });
  client.reset();
  // A stopped run's alert and its Retry go with the run; the form's problems stay until they are fixed.
  if (!alert.showsFormProblems) alert.hide();
  say();
  run.shown = false;
  results.clear();
  hooks.onTested();
}

/** The Train panel: the form, the buttons, the worker and what it reports, and the run kept in the browser. */
export function startTraining(root: Document, hooks: TrainingHooks) {
  const alert = trainAlert(root);
  const run: ShownRun = { settings: undefined, finished: false, shown: false };

  const form = trainForm(root, alert, (chosen) => start(chosen));
  const view = trainView(root, () => run.settings, form.planned);
  const results = resultsView(root, hooks.onPick);

  /** Shows a run kept with its network, unless the reader has started another meanwhile. */
  const restore = (history: RunHistory) => {
    if (run.settings) return;
    Object.assign(run, { settings: history.settings, finished: true, shown: true });
    view.restore(history);
    buttons.restored();
    if (history.fullTest) results.showWhenLoaded(history.fullTest, () => run.settings === history.settings);
  };
  const kept = keptView(root, (network: KeptNetwork | undefined, found: boolean) => {
    if (found && network?.run) restore(network.run);
    hooks.onTested();
  });

  const buttons = runButtons(root, {
    pause: () => {
      client.pause();
      view.pausing();
    },
    resume: () => {
      client.resume();
      view.resuming();
    },
    atStake: () =>
      !run.shown ? undefined : client.running && !run.finished ? 'running' : run.settings ? 'finished' : undefined,
    reset: () => {
      // The kept network stays; the run shown with it goes, unless it came from another run.
      if (run.settings && kept.network?.run?.settings === run.settings) kept.update(undefined);
      dropRun(run, { view, results, alert, client, hooks }, () => view.reset(run.shown));
    },
  });

  const client = new TrainingClient(createWorker, (event) =>
    followWorker(event, run, { view, results, kept, buttons, alert, client, hooks }),
  );
  client.followVisibility(root);

  /**
   * The form is free once a run has finished, as the next run's settings. A finished run whose network is kept
   * (Adam's, the paper recipe's) stays shown as that network's run until Train or Reset; a printed run keeps no
   * network, so once the form names another network or recipe its panels would describe nothing on the page, and
   * they go, as they would with Reset.
   */
  form.changed(() => {
    if (run.finished && run.settings?.printed) {
      dropRun(run, { view, results, alert, client, hooks }, () => view.replaced());
      buttons.cleared();
    } else if (!run.settings) view.formChanged();
  });

  const start = (chosen: TrainingSettings) => {
    Object.assign(run, { settings: chosen, finished: false, shown: false });
    alert.hide();
    view.clear();
    view.starting();
    results.clear();
    client.start(chosen);
    buttons.running();
    hooks.onStart();
  };

  alert.retry.addEventListener('click', () => run.settings && start(run.settings));
  return {
    /** The network in training's reading of a digit or, with none running, the kept network's. */
    live: liveReader(
      client,
      () => run.settings,
      () => kept.network,
    ),
  };
}
