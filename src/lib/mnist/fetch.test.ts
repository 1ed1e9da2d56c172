import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fetchMnist } from './fetch.ts';

function idx(dims: number[], data: Uint8Array): Uint8Array {
  const header = new Uint8Array(4 + 4 * dims.length);
  header[2] = 8;
  header[3] = dims.length;
  dims.forEach((dim, index) => new DataView(header.buffer).setUint32(4 + 4 * index, dim));
  return new Uint8Array([...header, ...data]);
}

const files: Record<string, Uint8Array> = {
  '/data/test-images.idx.gzip': gzipSync(idx([2, 28, 28], new Uint8Array(2 * 784).fill(7))),
  '/data/test-labels.idx.gzip': gzipSync(idx([2], new Uint8Array([4, 2]))),
};
const serve = (table: Record<string, Uint8Array>) =>
  ((url: string) =>
    Promise.resolve(
      table[url] ? new Response(table[url] as unknown as BodyInit) : new Response('missing', { status: 404 }),
    )) as unknown as typeof fetch;

describe('fetchMnist', () => {
  it('downloads, unpacks and checks a split, reporting progress', async () => {
    const seen: number[] = [];
    const set = await fetchMnist('test', serve(files), (received) => seen.push(received));
    expect(set.count).toBe(2);
    expect([...set.labels]).toEqual([4, 2]);
    expect(seen.at(-1)).toBe(files['/data/test-images.idx.gzip']!.length);
  });

  it('says which file the server did not have', async () => {
    await expect(fetchMnist('train', serve(files))).rejects.toThrow(
      'Could not download MNIST train images: the server answered 404.',
    );
  });

  it('says which file could not be downloaded, and what to do when offline', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(fetchMnist('train', offline)).rejects.toThrow(
      /^Could not download MNIST train (images|labels) \(Failed to fetch\)\. If the network is off: .+ connect and try once more\.$/,
    );
  });

  it('says which file is damaged when it cannot be unpacked', async () => {
    const damaged = { ...files, '/data/test-labels.idx.gzip': files['/data/test-labels.idx.gzip']!.subarray(0, 12) };
    await expect(fetchMnist('test', serve(damaged))).rejects.toThrow('MNIST test labels is damaged');
  });

  it('rejects a file that unpacks but is truncated', async () => {
    const truncated = {
      ...files,
      '/data/test-labels.idx.gzip': gzipSync(idx([2], new Uint8Array([4])).subarray(0, 12)),
    };
    await expect(fetchMnist('test', serve(truncated))).rejects.toThrow('MNIST test labels is truncated');
  });
});
