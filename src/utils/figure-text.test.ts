import { describe, expect, it } from 'vitest';
import { figureText } from './figure-text.ts';

describe('figureText prints calculator figures for the pages', () => {
  it.each([
    [{ field: 'trainable' }, '60,000'],
    [{ field: 'connections' }, '340,908'],
    // 28x28x6x25 + 14x14x6 + 10x10x60x25 + 5x5x16 + 120x400 + 84x120 + 10x84: a weight's every use, once.
    [{ field: 'macs' }, '328,096'],
    [{ variant: 'modern', field: 'trainable' }, '61,706'],
    [{ layer: 'C3', field: 'trainable' }, '1,516'],
    [{ layer: 'C5', field: 'shape', input: '36' }, '120x2x2'],
    [{ layer: 'Output', field: 'fixed' }, '840'],
    [{ layer: 'C3', field: 'maps' }, '16'],
    [{ layer: 'S2', field: 'side', input: '36x40' }, '16x18'],
  ] as const)('figureText(%j) is %j', (query, text) => {
    expect(figureText(query)).toBe(text);
  });

  it.each([
    [{ field: 'shape' }, 'A shape needs a layer name.'],
    [{ field: 'maps' }, 'A maps needs a layer name.'],
    [{ layer: 'C7', field: 'weights' }, 'No layer named "C7"'],
    [{ input: '28', field: 'weights' }, 'C5 needs at least 5x5 input but gets 4x4'],
    [{ input: 'big', field: 'weights' }, '"big" is not an input size'],
  ] as const)('figureText(%j) fails the build with %j', (query, message) => {
    expect(() => figureText(query)).toThrow(message);
  });
});
