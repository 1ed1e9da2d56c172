/** The parts of a figure the script fills, made once inside its stage. */
export interface Stage {
  readonly image: HTMLElement;
  readonly input: HTMLElement;
  readonly output: HTMLElement;
  /** The panel that holds the arithmetic, which on a phone stays in view below the maps as the reader scrolls. */
  readonly frame: HTMLElement;
  /** Where the unit's arithmetic is drawn, inside the panel whose height `fitWork` keeps. */
  readonly work: HTMLElement;
  readonly fitWork: (reset?: boolean) => void;
}

export function makeStage(stage: HTMLElement): Stage {
  const part = (className: string, label: string) => {
    const element = document.createElement('section');
    element.className = `compute-panel ${className}`;
    element.setAttribute('aria-label', label);
    return element;
  };
  const image = part('compute-image', 'The image');
  const input = part('compute-input', 'What the layer reads');
  const output = part('compute-output', "The layer's output; point at a unit, or tab to a map and use the arrow keys");
  const frame = document.createElement('div');
  frame.className = 'compute-work';
  frame.setAttribute('role', 'region');
  frame.setAttribute('aria-label', "The unit's arithmetic");
  const work = document.createElement('div');
  work.className = 'compute-work-body';
  frame.append(work);
  // Where the frame is capped (a phone) and scrolls, a keyboard must reach it to scroll it.
  const markScrollable = () => {
    if (frame.scrollHeight > frame.clientHeight + 1) frame.tabIndex = 0;
    else frame.removeAttribute('tabindex');
  };
  let height = 0;
  /** Grows the frame to its contents (or fits them afresh after a new digit, network or layer). */
  const fitWork = (reset = false) => {
    const needed = work.offsetHeight + 2;
    if (!reset && needed <= height) return;
    frame.style.height = `${(height = needed)}px`;
    markScrollable();
  };
  const panels = document.createElement('div');
  panels.className = 'compute-panels';
  panels.append(image, input);
  // The output and its arithmetic share a box: on a phone the arithmetic sticks to the bottom of the screen
  // while the output's maps scroll by above it, and goes no higher than the output's top.
  const reading = document.createElement('div');
  reading.className = 'compute-reading';
  reading.append(output, frame);
  // A narrower window wraps the arithmetic onto more lines: fit the frame to it again. Only a change of width
  // refits; the contents' height changing as the reader points is what fitWork already grows for.
  let width = 0;
  new ResizeObserver(([entry]) => {
    markScrollable();
    const next = entry?.contentRect.width ?? 0;
    if (next === width) return;
    width = next;
    fitWork(true);
  }).observe(frame);
  stage.replaceChildren(panels, reading);
  return { image, input, output, frame, work, fitWork };
}
