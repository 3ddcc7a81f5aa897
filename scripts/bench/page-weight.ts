import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Weight {
	html: number;
	css: number;
	js: number;
	/** Everything the page loads, gzip-compressed as a static host would serve it. */
	gzipTotal: number;
}

const gzip = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

/** Bytes a page costs on first load: its HTML plus the CSS and JS it references (no search). */
export function pageWeight(dist: string, urlPath: string): Weight {
	const htmlFile = path.join(dist, urlPath, 'index.html');
	const html = fs.readFileSync(htmlFile);
	const text = html.toString('utf8');
	const assets = [...text.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(css|js))"/g)].map((m) => ({
		file: path.join(dist, m[1]!),
		kind: m[2]!,
	}));
	let css = 0;
	let js = 0;
	let gzipTotal = gzip(html);
	for (const asset of new Map(assets.map((a) => [a.file, a])).values()) {
		const body = fs.readFileSync(asset.file);
		if (asset.kind === 'css') css += body.length;
		else js += body.length;
		gzipTotal += gzip(body);
	}
	// Inline scripts count as JavaScript the page ships.
	js += [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + Buffer.byteLength(m[1]!),
		0,
	);
	return { html: html.length, css, js, gzipTotal };
}
