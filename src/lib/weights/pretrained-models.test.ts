import { describe, expect, it } from 'vitest';
import { pretrainedOf, pretrainedReach } from './pretrained-models.ts';

describe('the shipped models', () => {
  it('belong to their registry network, its default preset first', () => {
    expect(pretrainedOf('lenet5')).toEqual(['paper', 'modern', 'paper-distorted']);
    expect(pretrainedOf('lenet1')).toEqual(['lenet1']);
  });

  it('refuse a network that ships no weights, rather than lending it another network', () => {
    expect(() => pretrainedOf('lenet5-tutorial')).toThrow(/No pretrained weights ship for lenet5-tutorial/);
  });

  it('say where their weights fit', () => {
    expect(pretrainedReach()).toEqual([
      "the paper's LeNet-5 at any input size",
      'the modern port at 32x32',
      'LeNet-1 at 28x28',
      "the paper's LeNet-5 trained with distortions at any input size",
    ]);
  });
});
