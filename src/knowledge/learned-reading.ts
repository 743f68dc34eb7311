import { termsOf } from './analyzer';
import { EXAMPLE_QUESTIONS, type ExampleLabel } from './examples/example-questions';
import { TOPIC_IDS } from './topic-ids';
import { TOPIC_TERMS } from './topic-terms';

export interface LabelChance {
  label: ExampleLabel;
  /** How likely her question is about `label`, 0 to 1; the chances of all labels add up to 1. */
  chance: number;
}

/** A term's place in the weights, and its value in one question (idf-weighted, the question of unit length). */
interface Features {
  terms: Int32Array;
  values: Float64Array;
}

interface Model {
  labels: readonly ExampleLabel[];
  termIndex: ReadonlyMap<string, number>;
  idf: Float64Array;
  /** One row of a weight per label for each term. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Passes over the examples, the bias's step (the weights' is 1), and the pull of every weight towards zero: chosen on sets F, G and H. */
const PASSES = 12;
const BIAS_STEP = 0.1;
const SHRINK = 1e-4;
/** The examples are walked in a fixed order that is not the written one (a prime stride): training is deterministic. */
const STRIDE = 7919;
const PASS_OFFSET = 104729;

function featuresOf(text: string, termIndex: ReadonlyMap<string, number>, idf: Float64Array): Features {
  const terms = Int32Array.from(new Set(termsOf(text).map((term) => termIndex.get(term)).filter((at) => at !== undefined)));
  const length = Math.sqrt(terms.reduce((sum, at) => sum + idf[at]! ** 2, 0)) || 1;
  return { terms, values: Float64Array.from(terms, (at) => idf[at]! / length) };
}

/** Her question's chance of each label, written into `into`. */
function chancesInto(into: Float64Array, model: Model, { terms, values }: Features): Float64Array {
  const labelCount = into.length;
  into.set(model.bias);
  for (let i = 0; i < terms.length; i++) {
    const row = terms[i]! * labelCount;
    for (let label = 0; label < labelCount; label++) into[label]! += model.weights[row + label]! * values[i]!;
  }
  let highest = -Infinity;
  for (const sum of into) highest = Math.max(highest, sum);
  let total = 0;
  for (let label = 0; label < labelCount; label++) total += into[label] = Math.exp(into[label]! - highest);
  for (let label = 0; label < labelCount; label++) into[label]! /= total;
  return into;
}

/** A softmax regression over the terms of the example questions and of the topics' own phrasings. */
function train(): Model {
  const examples = [...EXAMPLE_QUESTIONS, ...TOPIC_IDS.flatMap((label) => TOPIC_TERMS[label].phrasings.map((text) => ({ label, text })))];
  const termSets = examples.map(({ text }) => new Set(termsOf(text)));
  const documentCount = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) documentCount.set(term, (documentCount.get(term) ?? 0) + 1);
  const termIndex = new Map([...documentCount.keys()].map((term, at) => [term, at] as const));
  const idf = Float64Array.from(documentCount.values(), (count) => Math.log(1 + examples.length / count));
  const labels = [...new Set(examples.map((example) => example.label))];
  const model: Model = { labels, termIndex, idf, weights: new Float64Array(termIndex.size * labels.length), bias: new Float64Array(labels.length) };
  const features = examples.map(({ text }) => featuresOf(text, termIndex, idf));
  const answers = examples.map(({ label }) => labels.indexOf(label));
  const chances = new Float64Array(labels.length);
  for (let pass = 0; pass < PASSES; pass++) {
    for (let step = 0; step < examples.length; step++) {
      const at = (step * STRIDE + pass * PASS_OFFSET) % examples.length;
      const { terms, values } = features[at]!;
      chancesInto(chances, model, features[at]!);
      for (let label = 0; label < labels.length; label++) {
        const error = chances[label]! - (label === answers[at] ? 1 : 0);
        model.bias[label]! -= BIAS_STEP * error;
        for (let i = 0; i < terms.length; i++) {
          const place = terms[i]! * labels.length + label;
          model.weights[place]! -= error * values[i]! + SHRINK * model.weights[place]!;
        }
      }
    }
  }
  return model;
}

let model: Model | undefined;

/** The terms of her question that no example holds: the learned reading is blind to them. */
export function unlearnedTerms(question: string): string[] {
  model ??= train();
  return termsOf(question).filter((term) => !model!.termIndex.has(term));
}

/**
 * What the example questions have taught about her question: every label with its chance, likeliest
 * first. Trained once per process, on the first question (a fifth of a second or so).
 */
export function learnedReading(question: string): LabelChance[] {
  model ??= train();
  const chances = chancesInto(new Float64Array(model.labels.length), model, featuresOf(question, model.termIndex, model.idf));
  return model.labels.map((label, at) => ({ label, chance: chances[at]! })).sort((a, b) => b.chance - a.chance);
}
