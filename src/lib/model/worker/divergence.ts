/**
 * Why a run must stop, when a batch's loss is no longer a finite number (a step
 * too large for the network has sent the weights off); undefined while it trains.
 */
export function divergence(loss: number, epoch: number, batch: number, learningRate: number): string | undefined {
  if (Number.isFinite(loss)) return undefined;
  return `the loss became ${String(loss)} at batch ${(batch + 1).toLocaleString('en-US')} of epoch ${epoch + 1}, so the run diverged and was stopped. Try a learning rate below ${learningRate}; the network kept from the last full epoch is unchanged.`;
}
