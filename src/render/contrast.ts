/**
 * Colour contrast (WCAG 2): code token colours are adjusted here so every token reads at 4.5:1
 * or better on its code block's background, in both themes, whatever the Shiki theme chose.
 */

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => {
	const h = hex.replace('#', '');
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
};
const format = (rgb: Rgb) =>
	`#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
	const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours (`#rrggbb`). */
export function contrast(a: string, b: string): number {
	const [l1, l2] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x);
	return (l1! + 0.05) / (l2! + 0.05);
}

/**
 * `color`, moved towards black or white (whichever the background is further from) just enough
 * to reach `min` contrast on `background`; unchanged when it already does.
 */
export function readable(color: string, background: string, min: number): string {
	if (contrast(color, background) >= min) return color;
	const from = parse(color);
	const towards: Rgb = luminance(parse(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
	for (let t = 0.05; t <= 1; t += 0.05) {
		const mixed = from.map((c, i) => c + (towards[i]! - c) * t) as Rgb;
		if (contrast(format(mixed), background) >= min) return format(mixed);
	}
	return format(towards);
}
