import { mnistSetFromIdx, type MnistSet } from './dataset.ts';

export type Split = 'train' | 'test';

/**
 * The site's name for a gzipped MNIST file. Not `.gz`: servers such as Vite's and
 * Astro's preview label `.gz` files Content-Encoding: gzip, so the browser would
 * unpack them first and the stream here would see plain bytes, or fail.
 */
export const assetName = (split: Split, kind: 'images' | 'labels'): string => `${split}-${kind}.idx.gzip`;

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

async function download(fetcher: typeof fetch, url: string, label: string): Promise<Response> {
  try {
    return await fetcher(url);
  } catch (error) {
    // The browser's own words ("Failed to fetch") do not say that being offline is the usual cause, or the way out.
    throw new Error(
      `Could not download ${label} (${(error as Error).message}). If the network is off: the site keeps the digits for offline use once they have downloaded, so connect and try once more.`,
      { cause: error },
    );
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
      return gunzip(
        await download(fetcher, `${base}${assetName(split, kind)}`, label),
        label,
        kind === 'images' ? onProgress : undefined,
      );
    }),
  );
  return mnistSetFromIdx(images!, labels!, `MNIST ${split}`);
}
