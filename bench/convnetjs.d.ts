declare module 'convnetjs' {
  interface Vol {
    w: Float64Array;
  }
  interface Net {
    makeLayers(layers: object[]): void;
    forward(volume: Vol): Vol;
  }
  const convnetjs: {
    Net: new () => Net;
    Vol: new (sx: number, sy: number, depth: number, value?: number) => Vol;
    Trainer: new (net: Net, options: object) => { train(volume: Vol, label: number): object };
  };
  export default convnetjs;
}
