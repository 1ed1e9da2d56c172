import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lenet5 } from './lenet5.ts';
import { encodeNetwork } from './network-code.ts';
import { decodeNetwork } from './network-decode.ts';
import { BUILT_PRESETS } from './networks/registry.ts';
import type { Activation } from './activation.ts';
import type { Layer, NetworkSpec } from './spec.ts';
import { ALL_SWITCHES } from './switches.ts';
import { UNUSUAL_SPECS } from './test-support.ts';

const roundTrip = (network: NetworkSpec) => decodeNetwork(encodeNetwork(network), network.name);

const NAMED: [string, NetworkSpec][] = [
  ...BUILT_PRESETS.map(({ id, preset, network }) => [`${id} ${preset}`, network] as [string, NetworkSpec]),
  ...ALL_SWITCHES.map((switches) => [JSON.stringify(switches), lenet5(switches)] as [string, NetworkSpec]),
  ...UNUSUAL_SPECS.map(({ network }) => [network.name, network] as [string, NetworkSpec]),
];

describe('encodeNetwork(spec) and decodeNetwork(code)', () => {
  it.each(NAMED)('give back %s unchanged', (_, network) => {
    expect(roundTrip(network)).toEqual({ ok: true, value: network });
  });

  it("write the paper's LeNet-5 in under 200 characters, with Table I as 24 hex digits", () => {
    const code = encodeNetwork(lenet5(ALL_SWITCHES[0]!));
    expect(code.length).toBeLessThan(200);
    expect(code).toContain('C3.conv16.k5.t6x16-');
  });

  const activation = fc.constantFrom<Activation>('scaled-tanh', 'tanh', 'sigmoid', 'relu', 'identity');
  const side = fc.integer({ min: 1, max: 9 });
  const name = fc.string({ minLength: 1, maxLength: 8 });
  const layer: fc.Arbitrary<Layer> = fc.oneof(
    fc.record({
      kind: fc.constant('convolution' as const),
      name,
      maps: fc.integer({ min: 1, max: 40 }),
      kernel: fc.record({ height: side, width: side }),
      stride: side,
      padding: fc.integer({ min: 0, max: 4 }),
      connections: fc.oneof(
        fc.constant({ type: 'full' as const }),
        fc
          .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
          .chain(([rows, columns]) =>
            fc.array(fc.array(fc.boolean(), { minLength: columns, maxLength: columns }), {
              minLength: rows,
              maxLength: rows,
            }),
          )
          .map((matrix) => ({ type: 'table' as const, matrix })),
      ),
      activation,
    }),
    fc.record({
      kind: fc.constant('subsampling' as const),
      name,
      window: fc.record({ height: side, width: side }),
      stride: side,
      trainable: fc.boolean(),
      activation,
    }),
    fc.record({
      kind: fc.constant('full' as const),
      name,
      units: fc.integer({ min: 1, max: 500 }),
      scope: fc.constantFrom('position' as const, 'flattened' as const),
      activation,
    }),
  );

  it('give back any network of any names and fields', () => {
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 8 }), name, (layers, inputName) => {
        const network: NetworkSpec = {
          name: 'random',
          layers: [{ kind: 'input', name: inputName, channels: 1 }, ...layers],
        };
        expect(roundTrip(network)).toEqual({ ok: true, value: network });
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});

describe('decodeNetwork(code) refuses a bad code, naming the layer and what is allowed', () => {
  it.each([
    ['Input.in1_C1.conv6.aid', 'layer 2 ("C1"), the kernel ("k…") is missing'],
    ['Input.in1_C1.conv6.k5.zz.aid', '"zz" is not a field of a convolution layer'],
    ['Input.in1_C1.conv6.k5.ast.ast', 'the field "a" appears twice'],
    ['Input.in1_C1.conv6.k5.axx', '"xx" is not an activation'],
    ['Input.in1_C1.conv' + '9'.repeat(400) + '.k5.ast', 'has 400 digits; no field takes more than 6'],
    ['Input.in1_C1.pool6', '"pool6" is not a kind of layer'],
    ['C1.conv6.k5.ast', 'must start with an input layer'],
    ['Input.in1', 'has only an input layer'],
    ['Input.in1_C3.conv16.k5.t6x16-ff.ast', 'a 6x16 table takes 24 hex digits'],
    ['Input.in1_F.full8.pos.flat.ast', 'exactly one of "pos"'],
    ['Input.in1_O.out10.pos.aid', 'exactly one classifier'],
    ['Input.in1_' + 'C.conv1.k1.aid_'.repeat(30) + 'O.out10.softmax.pos.asm', 'at most 24 are allowed'],
    ['x'.repeat(5000), 'at most 4000 are read'],
    ['Input%ZZ.in1_C1.conv6.k5.ast', 'is not a layer name'],
  ])('%s', (code, message) => {
    const decoded = decodeNetwork(code, 'test');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.parameter).toBe('net');
      expect(decoded.error.message).toContain(message);
    }
  });
});
