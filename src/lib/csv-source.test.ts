import { describe, expect, it } from 'vitest';
import { csvMetadata } from './csv';
import { csvSource } from './csv-source';

const view = { scope: { org: 'demo', userId: 'admin' }, range: { from: '2026-11-24', to: '2026-11-30' } };

describe('csvSource', () => {
  it('takes the org and range from the view and the link from the page', () => {
    window.history.replaceState(null, '', '/?period=7d');
    const source = csvSource(view, { name: 'llm-cost', title: 'LLM cost', previous: { from: '2026-11-17', to: '2026-11-23' } });
    expect(source).toEqual({
      name: 'llm-cost',
      title: 'LLM cost',
      org: 'demo',
      range: view.range,
      previous: { from: '2026-11-17', to: '2026-11-23' },
      link: `${window.location.origin}/?period=7d`,
    });
  });

  it('tells a card filtered by mentor from one that covers every mentor', () => {
    const link = 'http://127.0.0.1:4173/';
    const lines = (mentor?: string | null) =>
      csvMetadata(csvSource(view, { name: 'x', title: 'X', ...(mentor === undefined ? {} : { mentor }) }, link)).filter((line) =>
        line.startsWith('# mentor'),
      );
    expect(lines()).toEqual(['# mentor: all (this card is not filtered by mentor)']);
    expect(lines(null)).toEqual(['# mentor: all']);
    expect(lines('mentor-python-lab')).toEqual(['# mentor: mentor-python-lab']);
  });
});
