import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { laneBinary } from '../../../../scripts/support/lane-binaries.ts';
import { LANE_BUILDS, LANE_MEMORIES, laneBinaryName } from '../../lanes/kernels.ts';
import { LaneTrainer } from '../../lanes/lane-trainer.ts';
import { LENET1 } from '../../lenet/networks/lenet1.ts';
import { PRESET_NETWORKS, type TrainingNetwork } from '../../playground/networks.ts';
import { DEFAULT_FIELDS, parseSettings } from '../../playground/settings.ts';
import { tf } from '../tf.ts';
import { Trainer } from '../trainer.ts';
import { chooseEngine } from './engine-choice.ts';
import { laneThreadsFor } from './threads.ts';
import type { TrainingSettings } from './protocol.ts';

const WASM_PATH = '/wasm/';

/** Serves the lane builds as the site's /wasm/ folder does, and records which ones were asked for. */
const asked: string[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = url.slice(WASM_PATH.length);
    asked.push(name);
    for (const build of LANE_BUILDS)
      for (const memory of LANE_MEMORIES)
        if (laneBinaryName(build, memory) === name) return new Response(await laneBinary(build, memory));
    return new Response('not found', { status: 404 });
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await tf.setBackend('cpu');
});

/** LeNet-1 with H1 at stride 2, which the lane engine does not run. */
const STRIDED: TrainingNetwork = {
  key: 'link',
  label: 'LeNet-1, H1 at stride 2',
  network: {
    ...LENET1,
    layers: LENET1.layers.map((layer) =>
      layer.name === 'H1' ? { ...layer, stride: 2 } : layer,
    ) as unknown as typeof LENET1.layers,
  },
  placement: PRESET_NETWORKS.find((choice) => choice.key === 'lenet1')!.placement,
};

function settingsFor(network: string): TrainingSettings {
  const parsed = parseSettings({ ...DEFAULT_FIELDS, network }, { wasmPath: WASM_PATH, dataPath: '/data/' }, [
    ...PRESET_NETWORKS,
    STRIDED,
  ]);
  if (!parsed.ok) throw new Error(parsed.messages.join(' '));
  return parsed.settings;
}

/** The choice on a machine without a GPU; tfjs, if it is measured at all, is given a made-up speed. */
const choose = (settings: TrainingSettings, isolated: boolean) =>
  chooseEngine(
    settings,
    isolated,
    false,
    () => 100,
    () => new Trainer(settings),
  );

describe('choosing where a run trains, without a GPU', () => {
  it('takes the lane engine on a page that is not cross-origin isolated, on one thread with unshared memory', async () => {
    asked.length = 0;
    const settings = settingsFor(DEFAULT_FIELDS.network);
    const choice = await choose(settings, false);
    expect(choice.backend).toBe('lanes');
    expect(choice.lanes?.memory).toBe('unshared');
    expect(asked).toEqual([expect.stringMatching(/-unshared\.wasm$/)]);
    expect(laneThreadsFor(false, 8)).toBe(1);
    // The module it chose trains there: one thread, on memory the page can make.
    const trainer = await LaneTrainer.create({ ...settings, batchSize: 8 }, choice.lanes!);
    expect(trainer?.engine.threads).toBe(1);
    trainer?.dispose();
  });

  it('takes the lane engine with shared memory on an isolated page, where a second core gives it two threads', async () => {
    asked.length = 0;
    const choice = await choose(settingsFor(DEFAULT_FIELDS.network), true);
    expect(choice.backend).toBe('lanes');
    expect(choice.lanes?.memory).toBe('shared');
    expect(asked).toEqual([expect.not.stringMatching(/unshared/)]);
    expect(laneThreadsFor(true, 8)).toBe(2);
    expect(laneThreadsFor(true, 1)).toBe(1);
  });

  it('measures tfjs for a network the lane engine cannot run, isolated or not, and says what keeps it off', async () => {
    for (const isolated of [false, true]) {
      asked.length = 0;
      const choice = await choose(settingsFor('link'), isolated);
      expect(choice).toEqual({
        backend: 'wasm',
        measurements: [{ backend: 'wasm', samplesPerSecond: 100 }],
        lanes: undefined,
        refusal: { layer: 'H1', setting: 'stride of 2', instead: 'stride 1' },
      });
      expect(asked).toEqual([]);
    }
  });

  it("takes the lane engine for every registry network, the tutorials' padded C1 among them", async () => {
    for (const { key } of PRESET_NETWORKS) expect((await choose(settingsFor(key), false)).backend, key).toBe('lanes');
  });

  it('says nothing of the lane engine where the reader chose the backend', async () => {
    const choice = await choose({ ...settingsFor('link'), backend: 'wasm' }, false);
    expect(choice.refusal).toBeUndefined();
  });
});
