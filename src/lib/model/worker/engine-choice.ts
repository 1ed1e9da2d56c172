import { LaneTrainer } from '../../lanes/lane-trainer.ts';
import type { LaneModule } from '../../lanes/kernels.ts';
import { compileLanes } from '../../lanes/load.ts';
import { lanePlan, type LaneRefusal } from '../../lanes/plan.ts';
import { chooseBackend, type Measured } from '../backend-choice.ts';
import { tf } from '../tf.ts';
import type { Trainer } from '../trainer.ts';
import type { TrainingSettings } from './protocol.ts';

export interface EngineChoice {
  /** 'lanes' for the lane engine (tfjs then holds the model on wasm), or the tfjs backend that trains. */
  readonly backend: string;
  readonly measurements: Measured[];
  /** The compiled lane kernels, when the lane engine trains: for shared memory where the page is isolated. */
  readonly lanes: LaneModule | undefined;
  /** What keeps the network off the lane engine, where the run would otherwise have tried it. */
  readonly refusal?: LaneRefusal;
}

/**
 * Where a run trains. The lane engine, where it can run the network: on a
 * cross-origin isolated page with the build whose memory its threads share,
 * elsewhere with the unshared build, on one thread, which still outruns tfjs's
 * one. Without a GPU it has no rival worth the time of measuring, and with one,
 * WebGL is measured against it. Otherwise tfjs's backends are measured as before
 * and the fastest kept, and a network the lane engine cannot run says why.
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
  const lanes = auto && plan.ok ? await compileLanes(settings.wasmPath, isolated ? 'shared' : 'unshared') : undefined;
  const lanesReady = lanes !== undefined && (await tf.setBackend('wasm'));
  if (lanesReady && !gpu) return { backend: 'lanes', measurements: [], lanes };
  const candidates = auto ? (gpu ? ['webgl', 'wasm'] : ['wasm']) : [settings.backend];
  const candidate = lanesReady ? await LaneTrainer.create(settings, lanes) : undefined;
  const laneRate = candidate ? probe(candidate) : 0;
  const choice = await chooseBackend(candidates, () => probe(tfjsTrainer()));
  if (auto && !plan.ok) return { ...choice, lanes: undefined, refusal: plan.refusal };
  if (laneRate === 0) return { ...choice, lanes: undefined };
  const best = Math.max(...choice.measurements.map((each) => each.samplesPerSecond));
  const measurements = [{ backend: 'lanes', samplesPerSecond: laneRate }, ...choice.measurements];
  if (laneRate <= best) return { backend: choice.backend, measurements, lanes: undefined };
  await tf.setBackend('wasm');
  return { backend: 'lanes', measurements, lanes };
}
