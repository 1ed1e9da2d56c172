import { batchOf } from '../../src/lib/mnist/index.ts';
import { loadModel, type SavedModel } from '../../src/lib/model/artifacts.ts';
import { classifierOfModel, perDigit, predictedClasses } from '../../src/lib/model/loss.ts';
import { tf } from '../../src/lib/model/tf.ts';
import { loadMnist } from './mnist-files.ts';

/** Accuracy of a saved model on the whole MNIST test set. */
export async function evaluateSaved(saved: SavedModel): Promise<{ testAccuracy: number; count: number }> {
  const model = await loadModel(saved);
  const classifier = classifierOfModel(model);
  const test = loadMnist('test');
  let correct = 0;
  for (let start = 0; start < test.count; start += 500) {
    const indices = Uint32Array.from({ length: Math.min(500, test.count - start) }, (_, i) => start + i);
    const batch = batchOf(test, indices);
    const classes = tf.tidy(() =>
      predictedClasses(
        perDigit(model.predict(tf.tensor4d(batch.inputs, [batch.count, 32, 32, 1])) as tf.Tensor),
        classifier,
      ),
    );
    const predicted = classes.dataSync();
    classes.dispose();
    for (let i = 0; i < batch.count; i++) if (predicted[i] === batch.labels[i]) correct++;
  }
  model.dispose();
  return { testAccuracy: correct / test.count, count: test.count };
}
