export function predict(row: number[], w: number[], b: number): number {
  let z = b;
  row.forEach((v, j) => {
    z += (w[j] ?? 0) * v;
  });
  return 1 / (1 + Math.exp(-z));
}

export function scores(
  pred: boolean[],
  gold: number[],
): { accuracy: number; precision: number; recall: number; f1: number } {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  pred.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    accuracy: (tp + tn) / Math.max(1, pred.length),
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
  };
}

/** The cut-off on predicted probability that maximises accuracy on the given rows. */
export function bestThreshold(probs: number[], gold: number[]): number {
  let best = 0.5;
  let bestAcc = -1;
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    const acc = scores(
      probs.map((p) => p >= t),
      gold,
    ).accuracy;
    if (acc > bestAcc) {
      bestAcc = acc;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}
