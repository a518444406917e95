import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useObservedWidth } from './use-observed-width';

/** A ResizeObserver the test reports through, as the browser would after its layout. */
function fakeResizeObserver() {
  let report: ((width: number) => void) | null = null;
  class FakeResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      report = (width) => callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    observe() {}
    disconnect() {
      report = null;
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return (width: number) => act(() => report?.(width));
}

function Measured({ estimate, onRender }: { estimate: number; onRender: () => void }) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useObservedWidth(frame, estimate);
  onRender();
  return <div ref={frame}>{`width ${width}`}</div>;
}

describe('useObservedWidth', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws at the estimate, and a report that confirms it renders nothing again', () => {
    const report = fakeResizeObserver();
    const onRender = vi.fn();
    render(<Measured estimate={687} onRender={onRender} />);
    expect(screen.getByText('width 687')).toBeInTheDocument();
    const renders = onRender.mock.calls.length;

    report(687.33);
    expect(onRender).toHaveBeenCalledTimes(renders);
  });

  it('takes a measured width that differs from the estimate at once', () => {
    const report = fakeResizeObserver();
    const onRender = vi.fn();
    render(<Measured estimate={689} onRender={onRender} />);

    report(540.4);
    expect(screen.getByText('width 540')).toBeInTheDocument();
  });

  it('ignores a report of no width (an element not laid out yet)', () => {
    const report = fakeResizeObserver();
    render(<Measured estimate={300} onRender={() => undefined} />);

    report(0);
    expect(screen.getByText('width 300')).toBeInTheDocument();
  });
});
