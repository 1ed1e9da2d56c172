// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawGallery } from './draw-digits.ts';

describe('drawGallery', () => {
  const digits = [
    { index: 247, label: 4, predicted: 2, pixels: new Uint8Array(784) },
    { index: 582, label: 8, predicted: 2, pixels: new Uint8Array(784) },
  ];

  it('names each button in words that hold what it shows, and shows the arrow to the eye only', () => {
    const container = document.createElement('div');
    drawGallery(container, digits, () => undefined);
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([null, null]);
    expect(buttons.map((button) => button.querySelector('.visually-hidden')?.textContent)).toEqual([
      'Test digit 247: a 4 read as 2',
      'Test digit 582: an 8 read as 2',
    ]);
    expect(buttons.map((button) => button.querySelector('[aria-hidden="true"]')?.textContent)).toEqual([
      '4 → 2',
      '8 → 2',
    ]);
  });

  it('reports the digit pressed', () => {
    const container = document.createElement('div');
    const picked = vi.fn();
    drawGallery(container, digits, picked);
    container.querySelectorAll('button')[1]!.click();
    expect(picked).toHaveBeenCalledWith(digits[1]);
  });
});
