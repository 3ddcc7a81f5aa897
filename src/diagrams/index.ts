import type { DiagramData } from '../schemas/diagram.ts';
import { drawFlow, drawFlowList, layoutFlow, NARROW_WIDTH } from './flow.ts';
import { drawSequence, drawSequenceList, layoutSequence } from './sequence.ts';

/** Width classes for the wide variant: it is shown only in a column at least this wide. */
const FIT_STEP = 100;

/**
 * Both pictures of a diagram, as SVG: the wide one (left to right, at its natural size) and the
 * narrow one (top-down, {@link NARROW_WIDTH} px wide). The page's CSS shows the wide one only in
 * a column wide enough for it (class `dg-fit-<width>`, a container query per width class) and the
 * narrow one otherwise, so the picture is never scaled down below its 12 px text. Element ids
 * start with `dg-<id>` (wide) and `dg-<id>-n` (narrow).
 */
export function drawDiagram(id: string, data: DiagramData): string {
	const wide =
		data.kind === 'sequence' ? drawSequence(`dg-${id}`, data) : drawFlow(`dg-${id}`, data);
	const width = data.kind === 'sequence' ? layoutSequence(data).width : layoutFlow(data).width;
	const fit = Math.ceil(Math.ceil(width) / FIT_STEP) * FIT_STEP;
	const narrow =
		data.kind === 'sequence'
			? drawSequenceList(`dg-${id}-n`, data, NARROW_WIDTH)
			: drawFlowList(`dg-${id}-n`, data);
	return wide.replace('class="diagram-svg"', `class="diagram-svg dg-wide dg-fit-${fit}"`) + narrow;
}
