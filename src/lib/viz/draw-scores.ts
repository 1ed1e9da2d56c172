import { select } from 'd3-selection';

/** RBF outputs are distances (smaller is closer); softmax outputs are probabilities, made from logits (larger wins). */
export type ScoreKind = 'distance' | 'probability' | 'logit';

export interface ScoreRow {
  readonly digit: number;
  readonly value: number;
  readonly text: string;
  /**
   * Bar length from 0 to 1: the probability, how close the prototype is next to the
   * closest one, or where the logit lies between the smallest and the largest.
   */
  readonly share: number;
  readonly best: boolean;
}

/** The ten scores as rows, the network's answer marked. */
export function scoreRows(scores: ArrayLike<number>, kind: ScoreKind): ScoreRow[] {
  const values = Array.from(scores);
  const smallest = Math.min(...values);
  const largest = Math.max(...values);
  const best = values.indexOf(kind === 'distance' ? smallest : largest);
  const shareOf = (value: number) => {
    if (kind === 'distance') return value > 0 ? Math.min(1, smallest / value) : 1;
    if (kind === 'logit') return largest > smallest ? (value - smallest) / (largest - smallest) : 1;
    return Math.max(0, Math.min(1, value));
  };
  const textOf = (value: number) =>
    kind === 'distance' ? value.toFixed(1) : kind === 'logit' ? value.toFixed(2) : `${(value * 100).toFixed(1)}%`;
  return values.map((value, digit) => ({
    digit,
    value,
    text: textOf(value),
    share: shareOf(value),
    best: digit === best,
  }));
}

/** Ten labelled bars in `list`, an ordered list; the answer is marked for sight and for screen readers. */
export function drawScores(list: HTMLElement, scores: ArrayLike<number>, kind: ScoreKind): void {
  select(list)
    .selectAll<HTMLLIElement, ScoreRow>('li')
    .data(scoreRows(scores, kind))
    .join((enter) =>
      enter
        .append('li')
        .call((row) => row.append('span').attr('class', 'score-digit'))
        .call((row) => row.append('span').attr('class', 'score-bar').append('span'))
        .call((row) => row.append('span').attr('class', 'score-value')),
    )
    .classed('best', (row) => row.best)
    .call((row) => row.select('.score-digit').text((score) => String(score.digit)))
    .call((row) => row.select('.score-bar span').style('width', (score) => `${(score.share * 100).toFixed(1)}%`))
    .call((row) => row.select('.score-value').text((score) => (score.best ? `${score.text} (answer)` : score.text)));
}
