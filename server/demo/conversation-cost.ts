import { MODEL_PRICES, type ModelName } from './catalog.ts';
import type { Random } from './prng.ts';

// A token budget for one tutoring conversation. Every student message is one LLM call whose
// prompt carries the mentor's instructions and course material, plus all earlier exchanges,
// so long conversations cost more than proportionally, as they do for real.
const INSTRUCTION_TOKENS = 650;
const STUDENT_MESSAGE_TOKENS = 60;
const EXCHANGE_TOKENS = 330;
const REPLY_TOKENS = 280;

/** Tokens sent and received over a conversation of `turns` student messages. */
export function conversationTokens(random: Random, turns: number): { input: number; output: number } {
  const input = turns * (INSTRUCTION_TOKENS + STUDENT_MESSAGE_TOKENS) + (EXCHANGE_TOKENS * turns * (turns - 1)) / 2;
  const output = Math.round(turns * REPLY_TOKENS * (0.6 + 0.8 * random()));
  return { input, output };
}

/**
 * Cost in whole micro-dollars. A price per million tokens is exactly micro-dollars per token,
 * and rounding each conversation once keeps every later sum an exact integer.
 */
export function tokensCostMicros(model: ModelName, tokens: { input: number; output: number }): number {
  const price = MODEL_PRICES[model];
  return Math.round(tokens.input * price.inputPerMillion + tokens.output * price.outputPerMillion);
}
