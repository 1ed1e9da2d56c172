import { loadModel, type SavedModel } from '../../src/lib/model/artifacts.ts';
import { accuracyOf, predictSet } from '../../src/lib/model/predict.ts';
import { loadMnist } from './mnist-files.ts';

/** Accuracy of a saved model on the whole MNIST test set. */
export async function evaluateSaved(saved: SavedModel): Promise<{ testAccuracy: number; count: number }> {
  const model = await loadModel(saved);
  const test = loadMnist('test');
  const testAccuracy = accuracyOf(predictSet(model, test), test);
  model.dispose();
  return { testAccuracy, count: test.count };
}
