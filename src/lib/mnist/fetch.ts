import { mnistSetFromIdx, type MnistSet } from './dataset.ts';

export type Split = 'train' | 'test';

/** Bytes received so far and, when the server says, in all. */
export type DownloadProgress = (received: number, total: number | undefined) => void;

async function gunzip(response: Response, label: string, onProgress?: DownloadProgress): Promise<Uint8Array> {
  if (!response.ok || !response.body)
    throw new Error(`Could not download ${label}: the server answered ${response.status}.`);
  const total = Number(response.headers.get('content-length')) || undefined;
  let received = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        onProgress?.(received, total);
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const unpacked = counted.pipeThrough(
      new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
    );
    return new Uint8Array(await new Response(unpacked).arrayBuffer());
  } catch (error) {
    throw new Error(`${label} is damaged: it could not be unpacked (${(error as Error).message}).`, { cause: error });
  }
}

/** Downloads one MNIST split from the site's /data/ assets and checks it. */
export async function fetchMnist(
  split: Split,
  fetcher: typeof fetch = fetch,
  onProgress?: DownloadProgress,
  base = '/data/',
): Promise<MnistSet> {
  const [images, labels] = await Promise.all(
    (['images', 'labels'] as const).map(async (kind) => {
      const label = `MNIST ${split} ${kind}`;
      return gunzip(await fetcher(`${base}${split}-${kind}.idx.gz`), label, kind === 'images' ? onProgress : undefined);
    }),
  );
  return mnistSetFromIdx(images!, labels!, `MNIST ${split}`);
}
