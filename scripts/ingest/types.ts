/** One segment as a format parser produces it, before redaction. */
export interface RawSegment {
	anchor: string;
	label: string;
	speaker?: string;
	heading?: string;
	text: string;
}

/** Per-file settings from sources.yaml that parsers use. */
export interface ParseOptions {
	/** The role a speaker label in the file stands for (interviews); undefined for a label the rules do not know. */
	roleOf: (label: string) => string | undefined;
	/** Role for text before the first label. */
	unlabelled?: string;
	/** Caption track tag → heading for the segment where that track starts. */
	trackHeadings: Record<string, string>;
}

/** A raw-file format: how to recognise it and how to cut it into segments. */
export interface SourceFormat {
	name: 'captions' | 'slides' | 'interview' | 'notes';
	/** A cheap structural test; the first format that accepts a file parses it. */
	detect(text: string): boolean;
	parse(text: string, options: ParseOptions): RawSegment[];
}

/** Raised for input the ingest cannot handle; the CLI prints it on one line and changes nothing. */
export class IngestError extends Error {
	constructor(file: string, problem: string, hint: string) {
		super(`${file}: ${problem} (${hint}). Nothing was changed.`);
		this.name = 'IngestError';
	}
}
