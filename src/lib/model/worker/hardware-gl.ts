/**
 * True when WebGL runs on a real GPU. A software renderer (SwiftShader, llvmpipe)
 * trains slower than wasm, and measuring it costs seconds of shader compilation.
 */
export function hasHardwareWebgl(): boolean {
  if (typeof OffscreenCanvas === 'undefined') return false;
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
}
