import { select } from 'd3-selection';
import { figure, roundingNote, signedSum, squashingText } from '../../explain/describe.ts';
import type { ConvolutionWork, LinkWork } from '../../explain/work.ts';
import { block, drawLines, extentOf, type DetailContext, type Parent } from './detail-kit.ts';
import { drawNumberGrids, type NumberGrid } from './number-grid.ts';

/** Up to this many input maps, each one's kernel and window are drawn; beyond it, the share largest in size alone. */
export const DRAWN_LINKS = 6;

function linkGrids(work: ConvolutionWork, link: LinkWork, context: DetailContext, single: boolean): NumberGrid[] {
  const { height: rows, width: columns } = work.kernel;
  const kernelExtent = extentOf(link.kernel);
  const grids: NumberGrid[] = [
    {
      caption: `Kernel from ${context.below} map ${link.map}`,
      rows,
      columns,
      values: link.kernel,
      extent: kernelExtent,
    },
    {
      caption: `Window of ${context.below} map ${link.map}`,
      rows,
      columns,
      values: link.window,
      extent: context.belowExtent,
    },
  ];
  if (!single) return grids;
  const products = link.kernel.map((weight, i) => weight * link.window[i]!);
  return [
    ...grids,
    { caption: 'Products, weight × input', rows, columns, values: products, extent: extentOf(products) },
  ];
}

/** The kernels, windows and partial sums of one convolution unit, then its bias, sum and squashing. */
export function convolutionDetail(parent: Parent, work: ConvolutionWork, context: DetailContext): void {
  const single = work.links.length === 1;
  const largest = work.links.reduce((best, link) => (Math.abs(link.partial) > Math.abs(best.partial) ? link : best));
  const drawn = work.links.length <= DRAWN_LINKS ? work.links : [largest];
  block(parent, 'compute-links')
    .selectAll<HTMLDivElement, LinkWork>('div.compute-link')
    .data(drawn)
    .join((enter) => enter.append('div').attr('class', 'compute-link'))
    .each(function (link) {
      const own = select<HTMLElement, unknown>(this);
      drawNumberGrids(own, linkGrids(work, link, context, single));
      drawLines(own, 'compute-partial', [
        `Sum of the ${link.kernel.length} products over map ${link.map}: ${figure(link.partial)}`,
      ]);
    });
  const partials = signedSum(work.links.map((link) => ({ value: link.partial, label: `(map ${link.map})` })));
  const terms = [...work.links.map((link) => link.partial), work.bias];
  drawLines(parent, 'compute-total', [
    ...(work.links.length > DRAWN_LINKS
      ? [
          `Drawn above: map ${largest.map}, whose partial sum, ${figure(largest.partial)}, is the largest in size of the ${work.links.length}.`,
        ]
      : []),
    `a = ${single ? figure(largest.partial) : partials} + bias ${figure(work.bias)} = ${figure(work.sum)}${roundingNote([terms, work.sum])}`,
    squashingText(work),
  ]);
}
