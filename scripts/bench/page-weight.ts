import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Weight {
	html: number;
	css: number;
	js: number;
	/** The JavaScript alone, gzip-compressed (modules and inline scripts). */
	jsGzip: number;
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
	let jsGzip = 0;
	let gzipTotal = gzip(html);
	for (const asset of new Map(assets.map((a) => [a.file, a])).values()) {
		const body = fs.readFileSync(asset.file);
		const zipped = gzip(body);
		if (asset.kind === 'css') css += body.length;
		else {
			js += body.length;
			jsGzip += zipped;
		}
		gzipTotal += zipped;
	}
	// Inline scripts count as JavaScript the page ships.
	const inline = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	js += inline.reduce((sum, body) => sum + Buffer.byteLength(body), 0);
	if (inline.length) jsGzip += gzip(Buffer.from(inline.join('\n')));
	return { html: html.length, css, js, jsGzip, gzipTotal };
}
