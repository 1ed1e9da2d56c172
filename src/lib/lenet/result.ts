/** Why a network cannot be computed, or why a piece of user text was refused. */
export interface LenetError {
  readonly code: 'input' | 'too-small' | 'table' | 'shape' | 'parameter' | 'unsupported';
  /** The layer that cannot be computed, when the problem is a layer's. */
  readonly layer?: string;
  /** The setting or field at fault, when the problem is one the user typed. */
  readonly parameter?: string;
  /** The field of the layer's spec that a consumer (a model builder, a code writer) cannot honour. */
  readonly field?: string;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LenetError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: LenetError): Result<T> => ({ ok: false, error });
