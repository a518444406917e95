import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

let imports = 0;

// The loader keeps its state per page (module), so every test gets a fresh copy, and a stand-in
// for the Recharts chunk that counts how often it is imported.
async function freshHook() {
  vi.resetModules();
  imports = 0;
  vi.doMock('./sentiment-chart', () => {
    imports += 1;
    return { default: () => null };
  });
  const { useSentimentChart } = await import('./use-sentiment-chart');
  function Probe() {
    return <p data-testid="status">{useSentimentChart().status}</p>;
  }
  return Probe;
}

describe('useSentimentChart', () => {
  it('does not import Recharts until someone interacts with the page', async () => {
    const Probe = await freshHook();
    render(<Probe />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(imports).toBe(0);
    expect(screen.getByTestId('status')).toHaveTextContent('idle');
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'focusin'])('imports it once, on the first %s anywhere', async (type) => {
    const Probe = await freshHook();
    render(<Probe />);
    act(() => {
      window.dispatchEvent(new Event(type));
      window.dispatchEvent(new Event('pointermove'));
    });
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('ready'));
    expect(imports).toBe(1);
  });
});
