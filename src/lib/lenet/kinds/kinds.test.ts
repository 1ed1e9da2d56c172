import { describe, expect, it } from 'vitest';
import { decodeNetwork } from '../network-decode.ts';
import { encodeNetwork } from '../network-code.ts';
import type { NetworkSpec } from '../spec.ts';
import { KINDS } from './index.ts';

const kinds = Object.values(KINDS);

describe('every kind module', () => {
  it.each(kinds.map((module) => [module.kind, module] as const))(
    '%s: a new layer round-trips through the address code, and its fields name its limits',
    (_, module) => {
      const layer = module.create('L1', 'relu');
      const network = { name: 'one', layers: [KINDS.input.create('In', 'identity'), layer] } as NetworkSpec;
      if (module.kind !== 'input')
        expect(decodeNetwork(encodeNetwork(network), 'one')).toEqual({ ok: true, value: network });
      const keys = module.fields(layer as never, 1).map((field) => field.key);
      for (const [field] of module.limits(layer as never)) expect(keys).toContain(field);
    },
  );

  it('have distinct address prefixes, none the start of another', () => {
    const prefixes = kinds.map((module) => module.codePrefix);
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});
