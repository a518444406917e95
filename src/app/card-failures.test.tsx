// Each card's own answers that cannot be shown (a refusal naming the card's org and admin, a
// wrong shape, a figure that is not a number, one that cannot be true), side by side with the
// other two cards: the failing card says so in its own terms, the others keep their data, and
// Retry asks that card's API again.
// card.test.tsx goes through every kind of failure in the shell; this is what differs per card.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../shared/endpoints';
import { CostCard } from '../features/cost/cost-card';
import { SentimentCard } from '../features/sentiment/sentiment-card';
import { TopStudentsCard } from '../features/top-students/top-students-card';
import { server } from '../test/msw-server';
import { renderWithProviders } from '../test/render';

const scope = { org: 'demo', userId: 'admin' };
const today = '2026-11-30';
const week = { from: '2026-11-24', to: today };

type CardName = 'Sentiment over time' | 'LLM cost' | 'Top students';

interface CardCase {
  endpoint: Endpoint;
  good: JsonBodyType;
  /** Finds the good answer on the card, once it is shown. */
  findGood: (card: HTMLElement) => Promise<HTMLElement>;
  wrongShape: { body: JsonBodyType; problem: string };
  /** The answer with one figure in it, and that figure's path in the answer. */
  withFigure: (figure: JsonBodyType) => JsonBodyType;
  field: string;
  negative: string;
  huge: string;
}

const CARDS: Record<CardName, CardCase> = {
  'Sentiment over time': {
    endpoint: 'sentiment-count',
    good: [{ date: `${today}T00:00:00Z`, sentiment_count: 9 }],
    findGood: async (card) => {
      const total = await within(card).findByText(/entries in range/);
      expect(total).toHaveTextContent('9 entries in range');
      return total;
    },
    wrongShape: { body: { results: [] }, problem: 'expected array' },
    withFigure: (figure) => [{ date: `${today}T00:00:00Z`, sentiment_count: figure }],
    field: '[0].sentiment_count',
    negative: '-3 is not a possible count',
    huge: '1,000,000,000,000,000 is more than 10,000,000, which is not a plausible count',
  },
  'LLM cost': {
    endpoint: 'tenant-cost',
    good: { total_cost: 12.5 },
    findGood: async (card) => (await within(card).findAllByText('$12.50'))[0]!,
    wrongShape: { body: { total: 5.75 }, problem: 'total_cost: expected number' },
    withFigure: (figure) => ({ total_cost: figure }),
    field: 'total_cost',
    negative: '-$3.00 is not a possible cost',
    huge: '$1,000,000,000,000,000.00 is more than $10,000,000.00, which is not a plausible cost for one org',
  },
  'Top students': {
    endpoint: 'top-students-by-chat-messages',
    good: [{ username: 'maria.garcia', chat_message_count: 4 }],
    findGood: (card) => within(card).findByRole('cell', { name: 'maria.garcia' }),
    wrongShape: { body: [{ name: 'maria.garcia', messages: 4 }], problem: '[0].username: expected string' },
    withFigure: (figure) => [{ username: 'maria.garcia', chat_message_count: figure }],
    field: '[0].chat_message_count',
    negative: '-3 is not a possible count',
    huge: '1,000,000,000,000,000 is more than 10,000,000, which is not a plausible count',
  },
};

const NAMES = Object.keys(CARDS) as CardName[];

const shape = (problem: string) =>
  `The analytics API answered in an unexpected shape (${problem}). The numbers cannot be shown; try again, and report it if it persists.`;
const implausible = (problem: string) =>
  `The analytics API sent a value that cannot be right (${problem}), so it is not shown. Try again, and report it to ibl.ai if it persists.`;

interface BadAnswer {
  name: string;
  status?: number;
  body: (card: CardCase) => JsonBodyType;
  says: (card: CardCase) => string;
}

const BAD_ANSWERS: BadAnswer[] = [
  {
    name: 'a 403',
    status: 403,
    body: () => ({ detail: 'No analytics rights.' }),
    says: () => 'The API key lacks analytics rights for org “demo” as admin “admin” (No analytics rights.). Check IBL_API_KEY and IBL_USER_ID.',
  },
  { name: 'a body of the wrong shape', body: (card) => card.wrongShape.body, says: (card) => shape(card.wrongShape.problem) },
  { name: 'a NaN-like string', body: (card) => card.withFigure('NaN'), says: (card) => shape(`${card.field}: expected number`) },
  { name: 'a negative figure', body: (card) => card.withFigure(-3), says: (card) => implausible(`${card.field}: ${card.negative}`) },
  { name: 'an absurdly large figure (1e15)', body: (card) => card.withFigure(1e15), says: (card) => implausible(`${card.field}: ${card.huge}`) },
];

/** The failing card's endpoint answers `bad` first and its good answer after; the others answer well. */
function serve(failing: CardName, bad: JsonBodyType, status = 200) {
  const calls: Record<CardName, number> = { 'Sentiment over time': 0, 'LLM cost': 0, 'Top students': 0 };
  // The split beside the sentiment line answers well throughout; its own failures are in sentiment-card-split.test.tsx.
  server.use(
    http.get('*/api/ai-analytics/orgs/:org/users/:user/user-sentiment/', () =>
      HttpResponse.json({ sentiment_distribution: { positive: 50, neutral: 30, negative: 20 }, total_sentiments: 9 }),
    ),
  );
  for (const name of NAMES) {
    const { endpoint, good } = CARDS[name];
    server.use(
      http.get(`*/api/ai-analytics/orgs/:org/users/:user/${endpoint}/`, () => {
        calls[name] += 1;
        return name === failing && calls[name] === 1 ? HttpResponse.json(bad, { status }) : HttpResponse.json(good);
      }),
    );
  }
  return calls;
}

function renderCards() {
  renderWithProviders(
    <>
      <SentimentCard scope={scope} period="7d" range={week} today={today} />
      <CostCard scope={scope} current={{ period: '7d', range: week }} today={today} onPeriodChange={() => undefined} />
      <TopStudentsCard scope={scope} range={week} mentor={null} onMentorChange={() => undefined} />
    </>,
  );
}

describe.each(NAMES)('%s, beside the other cards', (name) => {
  const failing = CARDS[name];

  it.each(BAD_ANSWERS)('$name: says so in its own terms, the others keep their data, Retry asks again', async (answer) => {
    const calls = serve(name, answer.body(failing), answer.status);
    renderCards();
    const card = screen.getByRole('region', { name });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent(answer.says(failing));
    expect(alert).not.toHaveTextContent('Tried');
    for (const other of NAMES.filter((candidate) => candidate !== name)) {
      const region = screen.getByRole('region', { name: other });
      expect(await CARDS[other].findGood(region)).toBeVisible();
      expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    }
    expect(calls[name]).toBe(1);

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await failing.findGood(card)).toBeVisible();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(calls[name]).toBe(2);
  });
});

