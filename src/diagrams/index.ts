import type { DiagramData } from '../schemas/diagram.ts';
import { drawFlow } from './flow.ts';
import { drawSequence } from './sequence.ts';

/** The SVG for a diagram of either kind; element ids inside it start with `dg-<id>`. */
export function drawDiagram(id: string, data: DiagramData): string {
	return data.kind === 'sequence' ? drawSequence(`dg-${id}`, data) : drawFlow(`dg-${id}`, data);
}
