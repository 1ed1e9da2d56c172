/**
 * A layer's name as tfjs and Keras accept it (letters, digits, `_`, `-`, `.`,
 * starting with a letter or digit), lowercased as the site's saved models have it: "C1"
 * gives "c1", "first conv" gives "first_conv".
 */
export const frameworkName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, '_')
    .replace(/^[^a-z0-9]/, 'x');

/** A layer's name as a PyTorch module name, which may not hold a dot: "C1" stays "C1". */
export const torchName = (name: string): string => name.replace(/\./g, '_') || '_';

/** A layer's name in exported Keras and TensorFlow.js code, case kept: "C1" stays "C1", "first conv" gives "first_conv". */
export const codeName = (name: string): string => name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[^A-Za-z0-9]/, 'x');
