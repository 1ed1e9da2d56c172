import { describe, expect, it } from 'vitest';
import { backendInWords, type BackendEvent } from './backend-in-words.ts';

const REFUSAL =
  "S2's stride of 1 keeps this network on tfjs, slower; with stride 2 (its window's side) it trains on the lane engine.";

const onWasm = (more: Partial<BackendEvent> = {}): BackendEvent => ({
  type: 'backend',
  backend: 'wasm',
  detail: '2 thread(s)',
  measurements: [{ backend: 'wasm', samplesPerSecond: 912.4 }],
  ...more,
});

describe('backendInWords', () => {
  it('says where the run trains, and nothing of the lane engine when the run was not held off it', () => {
    expect(backendInWords(onWasm(), undefined)).toBe(
      'Training on your CPU with WebAssembly, 2 threads: about 912 digits/s',
    );
  });

  it('says which field keeps the network on tfjs, after the line', () => {
    expect(backendInWords(onWasm({ laneRefusal: REFUSAL }), undefined)).toBe(
      `Training on your CPU with WebAssembly, 2 threads: about 912 digits/s. ${REFUSAL}`,
    );
  });

  it('says it after the advice on isolation, which ends its own sentence', () => {
    const words = backendInWords(
      onWasm({ detail: '1 thread(s)', threadsIfIsolated: 2, laneRefusal: REFUSAL }),
      'reload',
    );
    expect(words).toMatch(/it trains on 2 threads, faster\. S2's stride of 1 keeps this network on tfjs/);
    expect(words).not.toContain('..');
  });
});
