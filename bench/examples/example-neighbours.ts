/**
 * A second way to find a question's topic, kept in the bench only: the example questions closest to
 * hers (bench/examples), with no term list and no rule. It tells the next round how far examples
 * written blind reach on the held-out sets beside the product's matching (bench/README.md, round nine).
 */
import { termsOf } from '../../src/knowledge/analyzer';
import { EXAMPLE_QUESTIONS, type ExampleLabel } from './example-questions';

export interface NeighbourVote {
  label: ExampleLabel;
  /** The mean cosine of her question with the label's closest examples, 0 to 1. */
  score: number;
}

interface Example {
  label: ExampleLabel;
  norm: number;
}

interface Neighbourhood {
  examples: Example[];
  /** term → the examples holding it */
  postings: Map<string, number[]>;
  weightOf: Map<string, number>;
  labels: ExampleLabel[];
}

/** A label's score is the mean of its closest examples: one lucky example does not carry it (7 chosen on sets F, G and H). */
const CLOSEST = 7;

let built: Neighbourhood | undefined;

function build(): Neighbourhood {
  const termSets = EXAMPLE_QUESTIONS.map(({ text }) => new Set(termsOf(text)));
  const documentCount = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) documentCount.set(term, (documentCount.get(term) ?? 0) + 1);
  const weightOf = new Map<string, number>();
  for (const [term, count] of documentCount) {
    weightOf.set(term, Math.log(1 + termSets.length / count));
  }
  const postings = new Map<string, number[]>();
  const examples = termSets.map((terms, at): Example => {
    let squares = 0;
    for (const term of terms) {
      squares += weightOf.get(term)! ** 2;
      const list = postings.get(term);
      if (list) list.push(at);
      else postings.set(term, [at]);
    }
    return { label: EXAMPLE_QUESTIONS[at]!.label, norm: Math.sqrt(squares) || 1 };
  });
  return { examples, postings, weightOf, labels: [...new Set(examples.map((example) => example.label))] };
}

/**
 * The labels of the example questions closest to hers, best first (cosine over the words the
 * examples share, each word weighed by how few examples hold it).
 */
export function neighbourVotes(question: string): NeighbourVote[] {
  built ??= build();
  const { examples, postings, weightOf, labels } = built;
  const dots = new Map<number, number>();
  let squares = 0;
  for (const term of new Set(termsOf(question))) {
    const weight = weightOf.get(term);
    if (weight === undefined) continue;
    squares += weight * weight;
    for (const at of postings.get(term)!) dots.set(at, (dots.get(at) ?? 0) + weight * weight);
  }
  if (!dots.size) return [];
  const norm = Math.sqrt(squares);
  const byLabel = new Map<ExampleLabel, number[]>();
  for (const [at, dot] of dots) {
    const example = examples[at]!;
    const list = byLabel.get(example.label);
    const cosine = dot / (norm * example.norm);
    if (list) list.push(cosine);
    else byLabel.set(example.label, [cosine]);
  }
  return labels
    .filter((label) => byLabel.has(label))
    .map((label) => {
      const closest = byLabel.get(label)!.sort((a, b) => b - a).slice(0, CLOSEST);
      return { label, score: closest.reduce((sum, cosine) => sum + cosine, 0) / CLOSEST };
    })
    .sort((a, b) => b.score - a.score);
}
