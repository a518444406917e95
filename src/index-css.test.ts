import { describe, expect, it } from 'vitest';
import css from './index.css?raw';

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The `--name: #hex` declarations of the first block the selector opens. */
function variables(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`index.css has no ${selector} block`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `bg-x/10` over a surface: the browser composites the translucent colour in sRGB. */
function over(color: Rgb, alpha: number, surface: Rgb): Rgb {
  return color.map((channel, index) => channel * alpha + surface[index]! * (1 - alpha)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour, surface, and the alpha of the surface's tint over the card (1 for a solid surface). */
const TEXT_PAIRS: [text: string, surface: string, alpha?: number][] = [
  ['--foreground', '--background'],
  ['--foreground', '--muted'],
  ['--card-foreground', '--card'],
  ['--popover-foreground', '--popover'],
  ['--muted-foreground', '--background'],
  ['--muted-foreground', '--card'],
  ['--muted-foreground', '--muted'],
  ['--secondary-foreground', '--secondary'],
  ['--accent-foreground', '--accent'],
  ['--accent-foreground', '--card'],
  ['--primary-foreground', '--primary'],
  ['--primary', '--card'],
  ['--warning-foreground', '--warning'],
  ['--destructive', '--card'],
  ['--destructive', '--destructive', 0.1],
  ['--success', '--card'],
  ['--chart-axis', '--card'],
  ['--chart-positive', '--card'],
  ['--chart-neutral', '--card'],
  ['--chart-negative', '--card'],
];

const THEMES = { light: variables(':root'), dark: variables('html.dark') };

describe('the theme', () => {
  it('gives the dark theme a value for every semantic colour of the light one', () => {
    expect([...THEMES.dark.keys()].sort()).toEqual([...THEMES.light.keys()].sort());
    expect(THEMES.light.size).toBeGreaterThan(20);
  });

  it('registers every semantic colour with Tailwind as a class colour', () => {
    for (const name of THEMES.light.keys()) expect(css).toContain(`--color-${name.slice(2)}: var(${name});`);
  });

  for (const [theme, values] of Object.entries(THEMES)) {
    it(`keeps every text colour AA (4.5:1) on its surface in the ${theme} theme`, () => {
      const failing = TEXT_PAIRS.flatMap(([text, surface, alpha = 1]) => {
        const foreground = values.get(text);
        const background = values.get(surface);
        const card = values.get('--card');
        if (!foreground || !background || !card) return [`${text} on ${surface}: missing`];
        const ratio = contrast(rgb(foreground), over(rgb(background), alpha, rgb(card)));
        return ratio >= 4.5 ? [] : [`${text} on ${surface}${alpha < 1 ? `/${alpha * 100}` : ''}: ${ratio.toFixed(2)}`];
      });
      expect(failing).toEqual([]);
    });

    it(`keeps the focus ring and the current chart line visible (3:1) in the ${theme} theme`, () => {
      for (const name of ['--ring', '--chart-1']) {
        expect(contrast(rgb(values.get(name)!), rgb(values.get('--card')!)), name).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('never redefines a Tailwind colour: every --color-* is a semantic variable', () => {
    const redefined = [...css.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].filter(
      ([, name, value]) => value !== `var(--${name!.slice('--color-'.length)})`,
    );
    expect(redefined.map(([declaration]) => declaration)).toEqual([]);
  });

  it('colours components through the theme, not through Tailwind’s palette or hex values', () => {
    const palette =
      /\b[a-z-]+-(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3}\b|\b(?:bg|text|border|ring|outline|fill|stroke)-white\b|-\[#[0-9a-f]{3,8}\]/gi;
    const files = { ...sources, './index.css': css };
    const found = Object.entries(files).flatMap(([file, text]) => [...text.matchAll(palette)].map((match) => `${file}: ${match[0]}`));
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
