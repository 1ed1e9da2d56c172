import { MNIST_FIELD } from '../../paper/training.ts';
import type { NetworkSpec, Size2 } from '../spec.ts';

/** Where a network is described: the publication, and the part of it that gives the layers. */
export interface NetworkSource {
  readonly citation: string;
  readonly location: string;
}

/**
 * How an MNIST digit (28x28, its strokes inside a 20x20 box) is put in the
 * network's input: scaled so that the box becomes `digitBox` pixels, then centred.
 */
export interface DigitPlacement {
  readonly digitBox: number;
  readonly description: string;
}

/** A test error a publication reports for the network, in percent. */
export interface ReportedError {
  readonly percent: number;
  readonly source: NetworkSource;
}

/** One network of the family: everything a page, the explorer or the trainer needs to know about it. */
export interface NetworkEntry<Id extends string = string, Options extends object = Record<string, never>> {
  readonly id: Id;
  readonly label: string;
  readonly source: NetworkSource;
  readonly input: Size2;
  readonly placement: DigitPlacement;
  readonly reportedError?: ReportedError;
  /** Named settings of the options, the entry's default first. */
  readonly presets: Readonly<Record<string, Options>>;
  readonly build: (options: Options) => NetworkSpec;
}

/** The MNIST digit as it comes: a 20x20 box centred by its centre of mass, padded to the input. */
export const MNIST_AS_IS: DigitPlacement = {
  digitBox: MNIST_FIELD.box,
  description: `the MNIST image unchanged (its ${MNIST_FIELD.box}x${MNIST_FIELD.box} digit box), centred in the input`,
};
