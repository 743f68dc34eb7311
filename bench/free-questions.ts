import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './support/bots';

export interface QuestionFigures {
  medianMs: number;
  p99Ms: number;
  questionsTimed: number;
}

/** Runs bench/knowledge.ts (the evaluation set through answerQuestion) and takes its timing figures. */
export function measureFreeQuestions(): QuestionFigures {
  const resultFile = path.join(PROJECT_ROOT, 'bench', 'results', 'knowledge.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/knowledge.ts'], { cwd: PROJECT_ROOT, stdio: 'pipe', timeout: 120_000 });
  const figures = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Partial<QuestionFigures>;
  if (typeof figures.medianMs !== 'number' || typeof figures.p99Ms !== 'number') throw new Error(`${resultFile} has no medianMs/p99Ms`);
  return { medianMs: figures.medianMs, p99Ms: figures.p99Ms, questionsTimed: figures.questionsTimed ?? NaN };
}
