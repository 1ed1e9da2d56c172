/** The exports of assembly/sdlm.ts; pointers are byte offsets of f64 (links: i32) arrays. */
export interface SdlmKernels {
  readonly convForward: (...args: number[]) => void;
  readonly convGradient: (...args: number[]) => void;
  readonly convCurvature: (...args: number[]) => void;
  readonly subsampleForward: (...args: number[]) => void;
  readonly subsampleGradient: (...args: number[]) => void;
  readonly subsampleCurvature: (...args: number[]) => void;
  readonly fullForward: (...args: number[]) => void;
  readonly fullGradient: (...args: number[]) => void;
  readonly fullCurvature: (...args: number[]) => void;
  readonly update: (theta: number, grad: number, steps: number, count: number) => void;
  /** Hands over the paper's A and S, written once in src/lib/lenet/activation.ts. */
  readonly setScaledTanh: (amplitude: number, slope: number) => void;
}

/** Every export of assembly/sdlm.ts; a test holds the compiled module to this list, and the type to the interface. */
export const SDLM_KERNEL_NAMES = [
  'setScaledTanh',
  'convForward',
  'convGradient',
  'convCurvature',
  'subsampleForward',
  'subsampleGradient',
  'subsampleCurvature',
  'fullForward',
  'fullGradient',
  'fullCurvature',
  'update',
] as const satisfies readonly (keyof SdlmKernels)[];

type Unlisted = Exclude<keyof SdlmKernels, (typeof SDLM_KERNEL_NAMES)[number]>;
/** Fails to compile while an export of the interface is missing from the list. */
export const SDLM_LIST_IS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true;
