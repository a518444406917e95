// Put at the top of every page the bench serves (bench/serve.ts --probe), before the page's own
// scripts, with BENCH_TARGET defined in front: 'app', 'floor-app' or 'floor-page'.
// It records, in the page's own clock, as attributes of <html>, as a console message (for pages
// Playwright drives) and, for time to data, as a beacon to the server (for pages nobody attaches
// to, see bench/devtools-pipe.ts). Listening costs the page nothing; waiting with a selector would make
// Playwright inject and run its own script in the page while the page is still busy rendering:
//   data-bench-shown: ms from navigation start to the frame that paints all cards with data (charts: the line drawn,
//     by Recharts or by the plain SVG chart the dashboard draws while Recharts loads);
//   data-bench-live: (app only) ms from navigation start to the page answering clicks: hydrated;
//   data-bench-click: ms from a click, once armed by window.__benchArm(), to the chart showing other data.
/* global BENCH_TARGET */
(function () {
  function report(name, value, beacon) {
    document.documentElement.setAttribute(name, String(value));
    console.log('bench:' + name + ' ' + value);
    if (beacon && navigator.sendBeacon) navigator.sendBeacon('/__bench/report', JSON.stringify({ name: name, target: BENCH_TARGET, value: value }));
  }

  var MONEY = /^\$[\d,.]+$/;

  function chartLine() {
    return document.querySelector('main .recharts-line-curve, main .recharts-line-dot, main [data-chart-line]');
  }

  function hasMoney() {
    var cells = document.querySelectorAll('main dd');
    for (var index = 0; index < cells.length; index += 1) {
      if (MONEY.test((cells[index].textContent || '').trim())) return true;
    }
    return false;
  }

  function dataShown() {
    var sentiment = BENCH_TARGET === 'floor-page' ? document.getElementById('sentiment').textContent !== '' : chartLine() !== null;
    return (
      sentiment &&
      hasMoney() &&
      document.querySelector('main table tbody tr') !== null &&
      document.querySelector('[aria-busy="true"]') === null
    );
  }

  // A page the server drew answers clicks only once React has hydrated it: the HTML's last element
  // is claimed last, in the task that commits (as e2e/support/test.ts waits for it).
  function hydrated() {
    var last = document.getElementById('root');
    if (last === null) return true;
    while (last.lastElementChild !== null) last = last.lastElementChild;
    return Object.keys(last).some(function (key) {
      return key.indexOf('__reactFiber$') === 0;
    });
  }

  function untilLive() {
    if (hydrated()) report('data-bench-live', performance.now(), true);
    else requestAnimationFrame(untilLive);
  }

  // The figure is taken in the first animation frame after the data is in the DOM: the frame that
  // paints it. Data a page has in its HTML only counts once the browser can draw it.
  var observer = new MutationObserver(function () {
    if (dataShown()) {
      observer.disconnect();
      requestAnimationFrame(function () {
        report('data-bench-shown', performance.now(), true);
        if (BENCH_TARGET === 'app') requestAnimationFrame(untilLive);
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });

  // A click starts a measurement when the bench armed one: it ends when the chart's line has
  // changed and no card is loading any more.
  var armed = false;
  window.__benchArm = function () {
    armed = true;
    document.documentElement.removeAttribute('data-bench-click');
  };
  document.addEventListener(
    'click',
    function () {
      if (!armed) return;
      armed = false;
      var start = performance.now();
      var line = chartLine();
      var before = line === null ? null : line.getAttribute('d');
      var watch = new MutationObserver(function () {
        var now = chartLine();
        var after = now === null ? null : now.getAttribute('d');
        if (after !== before && document.querySelector('[aria-busy="true"]') === null) {
          var duration = performance.now() - start;
          watch.disconnect();
          report('data-bench-click', duration, false);
        }
      });
      watch.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    true,
  );
})();
