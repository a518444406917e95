// The floor app: the dashboard's stack at its smallest. React, TanStack Query fetching the same
// four calls as the dashboard's default view, the cost, the list, the split and one Recharts line. Plain
// JavaScript without JSX so the repository's type check leaves it alone.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const DAY_MS = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const from = new Date(Date.parse(today) - 6 * DAY_MS).toISOString().slice(0, 10);
const base = '/api/ai-analytics/orgs/demo/users/admin';

async function getJson(path) {
  const response = await fetch(`${base}/${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

function Dashboard() {
  const sentiment = useQuery({ queryKey: ['sentiment'], queryFn: () => getJson('sentiment-count/?period=7d') });
  const split = useQuery({
    queryKey: ['split'],
    queryFn: () => getJson(`user-sentiment/?start_date=${from}&end_date=${today}`),
  });
  const cost = useQuery({
    queryKey: ['cost'],
    queryFn: () => getJson(`tenant-cost/?start_date=${from}&end_date=${today}`),
  });
  const students = useQuery({
    queryKey: ['students'],
    queryFn: () => getJson(`top-students-by-chat-messages/?start_date=${from}&end_date=${today}`),
  });
  const series = (sentiment.data ?? []).map((point) => ({ day: point.date.slice(0, 10), count: point.sentiment_count }));
  return h(
    'main',
    null,
    h('section', null, h('h2', null, 'Sentiment'),
      sentiment.data
        ? h('div', { style: { width: '100%', height: 256 } },
            h(ResponsiveContainer, { width: '100%', height: '100%', initialDimension: { width: 600, height: 256 } },
              h(LineChart, { data: series },
                h(CartesianGrid, { vertical: false }),
                h(XAxis, { dataKey: 'day' }),
                h(YAxis, { allowDecimals: false }),
                h(Tooltip, null),
                h(Line, { dataKey: 'count', type: 'monotone', isAnimationActive: false }))))
        : h('p', null, 'Loading…'),
      split.data
        ? h('p', null, Object.entries(split.data.sentiment_distribution).map(([label, share]) => `${label} ${share}%`).join(' · '))
        : h('p', null, 'Loading…')),
    h('section', null, h('h2', null, 'Cost'),
      cost.data ? h('dl', null, h('dt', null, 'Total'), h('dd', null, `$${cost.data.total_cost.toFixed(2)}`)) : h('p', null, 'Loading…')),
    h('section', null, h('h2', null, 'Top students'),
      students.data
        ? h('table', null, h('tbody', null, students.data.map((row) =>
            h('tr', { key: row.username }, h('td', null, row.username), h('td', null, row.chat_message_count)))))
        : h('p', null, 'Loading…')),
  );
}

createRoot(document.getElementById('root')).render(
  h(QueryClientProvider, { client: new QueryClient() }, h(Dashboard)),
);
