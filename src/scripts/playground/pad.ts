import type { Ink } from '../../lib/drawing/index.ts';
import { MNIST_SIDE } from '../../lib/mnist/placement.ts';

/** Stroke width in pad pixels: about the pen width of MNIST's writers at 28x28. */
const STROKE = 20;

/**
 * A canvas to draw on with a mouse, a finger or a pen (Pointer Events): one digit, or with a
 * `stroke` of its own, a line of them. Ink is the canvas's alpha, so the pad reads the same in
 * light and dark themes.
 */
export class DrawingPad {
  private readonly context: CanvasRenderingContext2D;
  private readonly strokeWidth: number;
  private last: { x: number; y: number } | undefined;
  readonly canvas: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement, onChange: (ending: boolean) => void, strokeWidth = STROKE) {
    this.canvas = canvas;
    this.strokeWidth = strokeWidth;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    this.context = context;
    canvas.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      this.last = this.point(event);
      this.stroke(this.last);
      onChange(false);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!this.last) return;
      const events = 'getCoalescedEvents' in event ? event.getCoalescedEvents() : [];
      for (const each of events.length > 0 ? events : [event]) this.stroke(this.point(each));
      onChange(false);
    });
    const end = () => {
      if (!this.last) return;
      this.last = undefined;
      onChange(true);
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  private point(event: PointerEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * this.canvas.width) / rect.width,
      y: ((event.clientY - rect.top) * this.canvas.height) / rect.height,
    };
  }

  private stroke(to: { x: number; y: number }): void {
    const from = this.last ?? to;
    const context = this.context;
    context.strokeStyle = '#000';
    context.lineWidth = this.strokeWidth;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    this.last = to;
  }

  clear(): void {
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Shows a 28x28 digit (0 paper, 255 ink) on the pad, as if drawn there. */
  show(pixels: Uint8Array): void {
    const { width, height } = this.canvas;
    const image = this.context.createImageData(MNIST_SIDE, MNIST_SIDE);
    for (let i = 0; i < 784; i++) image.data[i * 4 + 3] = pixels[i]!;
    this.clear();
    const scratch = new OffscreenCanvas(MNIST_SIDE, MNIST_SIDE);
    scratch.getContext('2d')!.putImageData(image, 0, 0);
    this.context.imageSmoothingEnabled = false;
    this.context.drawImage(scratch, 0, 0, width, height);
  }

  /** Shows a picture of ink (0 paper, 255 ink) as large as the pad allows with its shape kept, centred. */
  showInk(ink: Ink): void {
    const image = this.context.createImageData(ink.width, ink.height);
    for (let i = 0; i < ink.pixels.length; i++) image.data[i * 4 + 3] = ink.pixels[i]!;
    this.clear();
    const scratch = new OffscreenCanvas(ink.width, ink.height);
    scratch.getContext('2d')!.putImageData(image, 0, 0);
    const scale = Math.min(this.canvas.width / ink.width, this.canvas.height / ink.height);
    const [width, height] = [ink.width * scale, ink.height * scale];
    this.context.imageSmoothingEnabled = false;
    this.context.drawImage(scratch, (this.canvas.width - width) / 2, (this.canvas.height - height) / 2, width, height);
  }

  ink(): Ink {
    const { width, height } = this.canvas;
    const rgba = this.context.getImageData(0, 0, width, height).data;
    const pixels = new Uint8Array(width * height);
    for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4 + 3]!;
    return { width, height, pixels };
  }
}
