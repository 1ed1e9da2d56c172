import { planOf, tableCsv, tableJson, toKeras, toPyTorch, toTfjs, type Plan } from '../../lib/export/index.ts';
import type { Analysis } from '../../lib/lenet/index.ts';
import { download } from '../download.ts';

/** The diagram as a standalone SVG file, its colours copied in so it looks the same outside the page. */
function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll('rect, text');
  copy.querySelectorAll('rect, text').forEach((element, index) => {
    const style = getComputedStyle(originals[index]!);
    element.setAttribute('fill', style.fill);
    element.setAttribute('stroke', style.stroke);
    if (element.tagName === 'text') element.setAttribute('font-family', 'sans-serif');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

async function pngOf(svgText: string, svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = getComputedStyle(document.body).backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
  );
}

export async function exportAs(kind: string, analysis: Analysis, svg: SVGSVGElement): Promise<void> {
  const name = `lenet5-${analysis.input.height}x${analysis.input.width}`;
  if (kind === 'csv') download(`${name}.csv`, new Blob([tableCsv(analysis)], { type: 'text/csv' }));
  if (kind === 'json') download(`${name}.json`, new Blob([tableJson(analysis)], { type: 'application/json' }));
  if (kind === 'svg') download(`${name}.svg`, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  if (kind === 'png') download(`${name}.png`, await pngOf(standaloneSvg(svg), svg));
}

const LANGUAGES = [
  { id: 'keras', label: 'Keras (Python)', write: toKeras },
  { id: 'pytorch', label: 'PyTorch', write: toPyTorch },
  { id: 'tfjs', label: 'TensorFlow.js', write: toTfjs },
] as const;

const currentPlan = new WeakMap<HTMLElement, Plan>();

function fill(details: HTMLDetailsElement, plan: Plan): void {
  const language = LANGUAGES.find((entry) => entry.id === details.dataset['language']);
  if (language) details.querySelector('pre')!.textContent = language.write(plan);
}

/**
 * One collapsible block of code per framework. Writing the code costs more than
 * redrawing every figure, so a block is written only while it is open, and again
 * when it is opened.
 */
export function showCode(container: HTMLElement, analysis: Analysis): void {
  const planned = planOf(analysis.network, analysis.input);
  let problem = container.querySelector<HTMLElement>('.code-problem');
  if (!problem) {
    problem = Object.assign(document.createElement('p'), { className: 'alert code-problem' });
    container.prepend(problem);
  }
  problem.hidden = planned.ok;
  // An alert only while it has something to say, so that the page's own alert stays the one alert.
  if (planned.ok) problem.removeAttribute('role');
  else problem.setAttribute('role', 'alert');
  problem.textContent = planned.ok ? '' : `This network cannot be written as code: ${planned.error.message}`;
  for (const block of container.querySelectorAll<HTMLElement>('details')) block.hidden = !planned.ok;
  if (!planned.ok) {
    currentPlan.delete(container);
    return;
  }
  const plan = planned.value;
  currentPlan.set(container, plan);
  for (const { id, label } of LANGUAGES) {
    let details = container.querySelector<HTMLDetailsElement>(`details[data-language="${id}"]`);
    if (!details) {
      const block = Object.assign(document.createElement('details'), { className: 'code-block' });
      block.dataset['language'] = id;
      const copy = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'secondary copy-code',
        textContent: `Copy the ${label} code`,
      });
      copy.addEventListener('click', () => {
        const text = block.querySelector('pre')!.textContent;
        navigator.clipboard.writeText(text).then(
          () => (copy.textContent = 'Copied'),
          () => (copy.textContent = 'Copying was refused; select the code and copy it'),
        );
      });
      block.append(
        Object.assign(document.createElement('summary'), { textContent: label }),
        copy,
        Object.assign(document.createElement('pre'), { tabIndex: 0 }),
      );
      block.addEventListener('toggle', () => {
        const latest = currentPlan.get(container);
        if (block.open && latest) fill(block, latest);
      });
      container.append(block);
      details = block;
    }
    if (details.open) fill(details, plan);
  }
}
