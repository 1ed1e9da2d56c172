import { lenet5 } from '../lenet/lenet5.ts';
import type { NetworkSpec } from '../lenet/spec.ts';
import { PRESETS, type Variant } from '../lenet/switches.ts';
import { LENET5_PLACEMENT, type Placement } from '../mnist/placement.ts';
import type { NamedArray } from '../weights/npz.ts';
import type { RunHistory } from './run-history.ts';

/** A network the reader trained, kept in this browser until they discard it. */
export interface KeptNetwork {
  readonly label: string;
  readonly network: NetworkSpec;
  readonly placement: Placement;
  /** Epochs, or passes of the paper's recipe when `recipe` says so. */
  readonly epochs: number;
  readonly recipe?: 'paper';
  readonly testAccuracy: number;
  /** When it was kept, as an ISO date. */
  readonly savedAt: string;
  readonly weights: readonly NamedArray[];
  /** The run that trained it, to be shown again after a reload; absent once the reader reset it. */
  readonly run?: RunHistory;
}

const DATABASE = 'lenet5-playground';
const STORE = 'networks';
const KEY = 'latest';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The browser refused to open its storage.'));
  });
}

async function inStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const database = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error('The browser refused to store the network.'));
    });
  } finally {
    database.close();
  }
}

export const keepNetwork = (network: KeptNetwork, factory: IDBFactory = indexedDB): Promise<unknown> =>
  inStore(factory, 'readwrite', (store) => store.put(network, KEY));

/** What browsers kept before the network registry: a LeNet-5 preset and perhaps a C3 table. */
interface KeptBeforeRegistry {
  readonly variant: Variant;
  readonly c3Table?: readonly (readonly boolean[])[];
}

/** A kept record in today's form, whichever form it was kept in. */
function upgrade(
  record: KeptNetwork | (Omit<KeptNetwork, 'label' | 'network' | 'placement'> & KeptBeforeRegistry),
): KeptNetwork {
  if (!('variant' in record)) return record;
  const { variant, c3Table, ...rest } = record;
  const network = lenet5({ ...PRESETS[variant], ...(c3Table ? { c3Table } : {}) });
  const label = `The ${variant} LeNet-5${c3Table ? ' with your C3 table' : ''}`;
  return { ...rest, label, network, placement: LENET5_PLACEMENT };
}

export const readKeptNetwork = async (factory: IDBFactory = indexedDB): Promise<KeptNetwork | undefined> => {
  const record = await inStore<Parameters<typeof upgrade>[0] | undefined>(factory, 'readonly', (store) =>
    store.get(KEY),
  );
  return record && upgrade(record);
};

export const discardKeptNetwork = (factory: IDBFactory = indexedDB): Promise<unknown> =>
  inStore(factory, 'readwrite', (store) => store.delete(KEY));
