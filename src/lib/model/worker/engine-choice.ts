import { LaneTrainer } from '../../lanes/lane-trainer.ts';
import { compileLanes } from '../../lanes/load.ts';
import { lanePlan } from '../../lanes/plan.ts';
import { chooseBackend, type Measured } from '../backend-choice.ts';
import { tf } from '../tf.ts';
import type { Trainer } from '../trainer.ts';
import type { TrainingSettings } from './protocol.ts';

export interface EngineChoice {
  /** 'lanes' for the lane engine (tfjs then holds the model on wasm), or the tfjs backend that trains. */
  readonly backend: string;
  readonly measurements: Measured[];
  /** The compiled lane kernels, when the lane engine trains. */
  readonly lanes: WebAssembly.Module | undefined;
}

/**
 * Where a run trains. The lane engine, where the page is cross-origin isolated (its
 * threads share one wasm memory) and it can run the network; without a GPU it has
 * no rival worth the time of measuring, and with one, WebGL is measured against
 * it. Otherwise tfjs's backends are measured as before and the fastest kept.
 */
export async function chooseEngine(
  settings: TrainingSettings,
  isolated: boolean,
  gpu: boolean,
  probe: (candidate: Trainer) => number,
  tfjsTrainer: () => Trainer,
): Promise<EngineChoice> {
  const auto = settings.backend === 'auto';
  const plan = lanePlan(settings.network, settings.placement.input);
  const lanes = auto && isolated && plan.ok ? await compileLanes(settings.wasmPath) : undefined;
  const lanesReady = lanes !== undefined && (await tf.setBackend('wasm'));
  if (lanesReady && !gpu) return { backend: 'lanes', measurements: [], lanes };
  const candidates = auto ? (gpu ? ['webgl', 'wasm'] : ['wasm']) : [settings.backend];
  const candidate = lanesReady ? await LaneTrainer.create(settings, lanes) : undefined;
  const laneRate = candidate ? probe(candidate) : 0;
  const choice = await chooseBackend(candidates, () => probe(tfjsTrainer()));
  if (laneRate === 0) return { ...choice, lanes: undefined };
  const best = Math.max(...choice.measurements.map((each) => each.samplesPerSecond));
  const measurements = [{ backend: 'lanes', samplesPerSecond: laneRate }, ...choice.measurements];
  if (laneRate <= best) return { backend: choice.backend, measurements, lanes: undefined };
  await tf.setBackend('wasm');
  return { backend: 'lanes', measurements, lanes };
}
