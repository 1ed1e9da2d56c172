import { select, type Selection } from 'd3-selection';
import {
  KIND_CLASS,
  SHEET_OFFSET,
  type Architecture,
  type ArchitectureStack,
  type ReceptiveField,
} from './architecture.ts';

export interface ArchitectureHandlers {
  /** Called with a layer's name when it is hovered or focused, and with null when left. */
  readonly onHighlight?: (name: string | null) => void;
}

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

const sheetsOf = (stack: ArchitectureStack) => Array.from({ length: stack.sheets }, (_, i) => stack.sheets - 1 - i);

/**
 * Draws (or redraws) the architecture into `svg`. Each layer is a link to its page,
 * focusable with the keyboard; hover and focus report the layer to `onHighlight`.
 */
export function drawArchitecture(svg: SVGSVGElement, drawing: Architecture, handlers: ArchitectureHandlers = {}): void {
  const root = select(svg)
    .attr('viewBox', `0 0 ${drawing.width} ${drawing.height}`)
    // Never drawn smaller than its own units, so that its labels keep their size; the wrapper scrolls instead.
    .style('min-width', `${drawing.width}px`)
    .attr('role', 'group')
    .attr('data-orientation', drawing.orientation)
    .attr('aria-label', drawing.description);
  const layers = root
    .selectAll<SVGAElement, ArchitectureStack>('a.architecture-layer')
    .data(drawing.stacks, (stack) => stack.name)
    .join('a')
    .attr('class', 'architecture-layer')
    .attr('href', (stack) => stack.href ?? null)
    .attr('aria-label', (stack) => stack.label)
    .attr('data-layer', (stack) => stack.name);
  layers
    .selectAll<SVGRectElement, number>('rect')
    .data((stack) => sheetsOf(stack).map((sheet) => ({ stack, sheet })))
    .join('rect')
    .attr('class', ({ stack }) => KIND_CLASS[stack.kind])
    .attr('x', ({ stack, sheet }) => stack.x + sheet * SHEET_OFFSET)
    .attr('y', ({ stack, sheet }) => stack.y + sheet * SHEET_OFFSET)
    .attr('width', ({ stack }) => stack.width)
    .attr('height', ({ stack }) => stack.height);
  layers
    .selectAll<SVGTextElement, string>('text')
    .data((stack) => {
      const [name = '', shape = ''] = stack.label.split(': ');
      return [
        { text: name, ...stack.labels[0], className: 'arch-name' },
        { text: shape, ...stack.labels[1], className: 'arch-shape' },
      ];
    })
    .join('text')
    .attr('class', (label) => label.className)
    .attr('x', (label) => label.x)
    .attr('y', (label) => label.y)
    .text((label) => label.text);
  // In this order, which is the elements' order in the drawing.
  drawFields(root, drawing.fields);
  drawFailed(root, drawing.failed);
  const report = handlers.onHighlight;
  if (report) {
    layers.on('mouseenter focus', (_, stack) => report(stack.name)).on('mouseleave blur', () => report(null));
  }
}

/** The windows and rays that show each layer's receptive field on the input. */
function drawFields(root: Root, fields: Architecture['fields']): void {
  const group = root
    .selectAll<SVGGElement, Architecture['fields']>('g.receptive-fields')
    .data([fields])
    .join('g')
    .attr('class', 'receptive-fields')
    .attr('aria-hidden', 'true');
  group
    .selectAll<SVGRectElement, ReceptiveField>('rect')
    .data(
      (all) => all,
      (field) => field.layer,
    )
    .join('rect')
    .attr('class', 'field-window')
    .attr('x', (field) => field.window.x)
    .attr('y', (field) => field.window.y)
    .attr('width', (field) => field.window.width)
    .attr('height', (field) => field.window.height);
  group
    .selectAll<SVGLineElement, ReceptiveField>('line')
    .data(
      (all) => all,
      (field) => field.layer,
    )
    .join('line')
    .attr('class', 'field-ray')
    .attr('x1', (field) => field.ray.x1)
    .attr('y1', (field) => field.ray.y1)
    .attr('x2', (field) => field.ray.x2)
    .attr('y2', (field) => field.ray.y2);
}

/** The box that stands for the layer that cannot be computed, when there is one. */
function drawFailed(root: Root, failed: Architecture['failed']): void {
  const group = root
    .selectAll<SVGGElement, NonNullable<Architecture['failed']>>('g.architecture-failed')
    .data(failed ? [failed] : [])
    .join('g')
    .attr('class', 'architecture-failed');
  group
    .selectAll<SVGRectElement, NonNullable<Architecture['failed']>>('rect')
    .data((box) => [box])
    .join('rect')
    .attr('x', (box) => box.x)
    .attr('y', (box) => box.y)
    .attr('width', (box) => box.width)
    .attr('height', (box) => box.height);
  group
    .selectAll<SVGTextElement, { text: string; x: number; y: number; className: string }>('text')
    .data((box) => [
      { text: box.name, ...box.labels[0], className: 'arch-name' },
      { text: 'cannot be computed', ...box.labels[1], className: 'arch-shape' },
    ])
    .join('text')
    .attr('class', (label) => label.className)
    .attr('x', (label) => label.x)
    .attr('y', (label) => label.y)
    .text((label) => label.text);
}
