// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TABLE_ONE } from '../lenet/table-one.ts';
import { drawConnectionMatrix } from './draw-connection-matrix.ts';

function matrix() {
  const table = document.createElement('table');
  document.body.replaceChildren(table);
  drawConnectionMatrix(table, TABLE_ONE, () => undefined);
  const button = (input: number, output: number) =>
    table.querySelector<HTMLButtonElement>(`button[aria-label="S2 map ${input} to C3 map ${output}"]`)!;
  const press = (key: string) =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  return { table, button, press };
}

describe('a grid of buttons with rovingFocus', () => {
  it('drawConnectionMatrix gives its 96 cells one Tab stop, the first cell', () => {
    const { table, button } = matrix();
    expect(table.querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
    expect(button(0, 0).tabIndex).toBe(0);
  });

  it('the arrow keys move focus and the Tab stop; Home and End go to the ends of the row', () => {
    const { table, button, press } = matrix();
    button(0, 0).focus();
    press('ArrowRight');
    press('ArrowDown');
    expect(document.activeElement).toBe(button(1, 1));
    press('End');
    expect(document.activeElement).toBe(button(1, 15));
    press('ArrowRight');
    expect(document.activeElement).toBe(button(1, 15));
    press('Home');
    expect(document.activeElement).toBe(button(1, 0));
    expect(Array.from(table.querySelectorAll('button[tabindex="0"]'))).toEqual([button(1, 0)]);
  });

  it('keeps the Tab stop where the reader left it when the table is drawn again', () => {
    const { table, button, press } = matrix();
    button(0, 0).focus();
    press('ArrowDown');
    drawConnectionMatrix(table, TABLE_ONE, () => undefined);
    expect(button(1, 0).tabIndex).toBe(0);
    expect(table.querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
  });
});
