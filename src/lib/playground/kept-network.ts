import type { NamedArray } from '../weights/npz.ts';

/** A network the reader trained, kept in this browser until they discard it. */
export interface KeptNetwork {
  readonly variant: 'paper' | 'modern';
  readonly c3Table?: readonly (readonly boolean[])[];
  readonly epochs: number;
  readonly testAccuracy: number;
  /** When it was kept, as an ISO date. */
  readonly savedAt: string;
  readonly weights: readonly NamedArray[];
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

export const readKeptNetwork = (factory: IDBFactory = indexedDB): Promise<KeptNetwork | undefined> =>
  inStore<KeptNetwork | undefined>(factory, 'readonly', (store) => store.get(KEY));

export const discardKeptNetwork = (factory: IDBFactory = indexedDB): Promise<unknown> =>
  inStore(factory, 'readwrite', (store) => store.delete(KEY));
