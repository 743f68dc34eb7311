import { foldWord } from '../language/fold-text';
import { termsOf, wordsOf } from './analyzer';
import { herWordsRead } from './her-words-read';
import { EXAMPLE_QUESTIONS, type ExampleLabel } from './examples/example-questions';
import { TOPIC_IDS } from './topic-ids';
import { TOPIC_TERMS } from './topic-terms';

export interface LabelChance {
  label: ExampleLabel;
  /** How likely her question is about `label`, 0 to 1; the chances of all labels add up to 1. */
  chance: number;
}

/** A feature's place in the weights, and its value in one question (idf-weighted, the question of unit length). */
interface Features {
  terms: Int32Array;
  values: Float64Array;
}

interface Model {
  labels: readonly ExampleLabel[];
  /** Each feature of the examples (a term, or a few letters of a word) and its place in the weights. */
  featureIndex: ReadonlyMap<string, number>;
  idf: Float64Array;
  /** One row of a weight per label for each feature. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Passes over the examples, the bias's step (the weights' is 1), and the pull of every weight towards zero: chosen on sets F, G and H and on parts of the examples held out. */
const PASSES = 12;
const BIAS_STEP = 0.1;
const SHRINK = 1e-4;
/** The examples are walked in a fixed order that is not the written one (a prime stride): training is deterministic. */
const STRIDE = 7919;
const PASS_OFFSET = 104729;

/**
 * Her terms, and the runs of three to five letters of each word: a typo, a nynorsk or dialect spelling,
 * or a compound the term lists never split still shares most of its letters with the examples'
 * («sprekk», «sprukne»; «brystknopp»). The letters weigh half as much as a term.
 */
const LETTER_RUNS = [3, 4, 5] as const;
const LETTER_RUN_WEIGHT = 0.5;
function featureValues(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const term of termsOf(text)) values.set(`t ${term}`, 1);
  for (const word of wordsOf(text)) {
    const marked = `<${foldWord(word)}>`;
    for (const length of LETTER_RUNS) for (let at = 0; at + length <= marked.length; at++) values.set(`l ${marked.slice(at, at + length)}`, LETTER_RUN_WEIGHT);
  }
  return values;
}

function featuresOf(found: ReadonlyMap<string, number>, featureIndex: ReadonlyMap<string, number>, idf: Float64Array): Features {
  const terms: number[] = [];
  const values: number[] = [];
  for (const [feature, value] of found) {
    const at = featureIndex.get(feature);
    if (at === undefined) continue;
    terms.push(at);
    values.push(value * idf[at]!);
  }
  let squares = 0;
  for (const value of values) squares += value ** 2;
  const length = Math.sqrt(squares) || 1;
  const unit = new Float64Array(values.length);
  for (let at = 0; at < values.length; at++) unit[at] = values[at]! / length;
  return { terms: Int32Array.from(terms), values: unit };
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
  const found = examples.map(({ text }) => featureValues(herWordsRead(text)));
  const documentCount = new Map<string, number>();
  for (const values of found) for (const feature of values.keys()) documentCount.set(feature, (documentCount.get(feature) ?? 0) + 1);
  const featureIndex = new Map([...documentCount.keys()].map((feature, at) => [feature, at] as const));
  const idf = Float64Array.from(documentCount.values(), (count) => Math.log(1 + examples.length / count));
  const labels = [...new Set(examples.map((example) => example.label))];
  const model: Model = { labels, featureIndex, idf, weights: new Float64Array(featureIndex.size * labels.length), bias: new Float64Array(labels.length) };
  const features = found.map((values) => featuresOf(values, featureIndex, idf));
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

/**
 * What the example questions have taught about her question: every label with its chance, likeliest
 * first. Trained once per process, on the first question (under a second).
 */
export function learnedReading(question: string): LabelChance[] {
  return learnedReadingOfWords(herWordsRead(question));
}

/** The same, of her words as herWordsRead gives them (the rules read them once for both). */
export function learnedReadingOfWords(wordsRead: string): LabelChance[] {
  model ??= train();
  const chances = chancesInto(new Float64Array(model.labels.length), model, featuresOf(featureValues(wordsRead), model.featureIndex, model.idf));
  const read: LabelChance[] = [];
  for (let at = 0; at < model.labels.length; at++) read.push({ label: model.labels[at]!, chance: chances[at]! });
  return read.sort(likeliestFirst);
}

const likeliestFirst = (a: LabelChance, b: LabelChance): number => b.chance - a.chance;
