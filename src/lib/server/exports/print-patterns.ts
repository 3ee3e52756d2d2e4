/**
 * Chromium prints an SVG `<pattern>` fill as a bitmap: the chart patterns (the stripes and dots that let a
 * reader tell the segments apart without colour) made a ten-page report weigh megabytes. Before printing, this
 * script, run in the page, replaces every pattern-filled shape by the pattern's own geometry drawn out and
 * clipped to the shape, so the PDF keeps them as vectors. Stripes that run the whole width of their tile become
 * one long band each; everything else (the dots) is drawn tile by tile, all in one path per colour.
 *
 * A plain string, not a function: it runs in Chromium, untouched by the bundler.
 */
export const vectorisePatternsScript = `(() => {
	const NS = 'http://www.w3.org/2000/svg';
	const num = '(-?[\\\\d.]+(?:e-?\\\\d+)?)';
	const rectPath = new RegExp('^M' + num + ' ' + num + 'l' + num + ' 0l0 ' + num + 'l-?[\\\\d.]+(?:e-?\\\\d+)? 0Z$');
	const circlePath = new RegExp('^M' + num + ' ' + num + 'A' + num + ' ' + num + ' 0 1 1 ');
	let clips = 0;
	let replaced = 0;
	for (const svg of document.querySelectorAll('svg')) {
		for (const shape of svg.querySelectorAll('[fill^="url(#"]')) {
			const id = shape.getAttribute('fill').slice(5, -1);
			const pattern = svg.querySelector('pattern#' + CSS.escape(id));
			if (!pattern || pattern.getAttribute('patternUnits') !== 'userSpaceOnUse') continue;
			const w = Number(pattern.getAttribute('width'));
			const h = Number(pattern.getAttribute('height'));
			if (!(w > 0 && h > 0)) continue;
			const parts = [];
			let understood = true;
			for (const path of pattern.querySelectorAll('path')) {
				const d = (path.getAttribute('d') || '').trim();
				const style = (path.getAttribute('fill') || '#000') + '|' + (path.getAttribute('fill-opacity') || '1');
				let m = rectPath.exec(d);
				if (m) { parts.push({ kind: 'rect', style, x: +m[1], y: +m[2], width: +m[3], height: +m[4] }); continue; }
				m = circlePath.exec(d);
				if (m) { const r = +m[3]; if (r > 0) parts.push({ kind: 'circle', style, cx: +m[1] - r, cy: +m[2], r }); continue; }
				understood = false;
			}
			if (!understood || parts.length === 0) continue;
			const list = pattern.patternTransform && pattern.patternTransform.baseVal;
			const consolidated = list && list.numberOfItems ? list.consolidate() : null;
			const matrix = consolidated ? DOMMatrix.fromMatrix(consolidated.matrix) : new DOMMatrix();
			const inverse = matrix.inverse();
			const box = shape.getBBox();
			const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]]
				.map(([x, y]) => inverse.transformPoint(new DOMPoint(x, y)));
			const x0 = Math.min(...corners.map((p) => p.x)), x1 = Math.max(...corners.map((p) => p.x));
			const y0 = Math.min(...corners.map((p) => p.y)), y1 = Math.max(...corners.map((p) => p.y));
			const paths = new Map();
			const add = (style, d) => paths.set(style, (paths.get(style) || '') + d);
			const f = (n) => Math.round(n * 100) / 100;
			// Rects of one band that together cover their tile's width are drawn as one band across the shape.
			const bands = new Map();
			for (const part of parts) if (part.kind === 'rect') {
				const key = part.style + '|' + part.y + '|' + part.height;
				bands.set(key, (bands.get(key) || 0) + Math.min(part.width, w));
			}
			for (const part of parts) {
				if (part.kind === 'rect' && bands.get(part.style + '|' + part.y + '|' + part.height) >= w) {
					const first = Math.floor((y0 - part.y - part.height) / h), last = Math.ceil((y1 - part.y) / h);
					for (let j = first; j <= last; j++)
						add(part.style, 'M' + f(x0) + ' ' + f(part.y + j * h) + 'H' + f(x1) + 'v' + f(part.height) + 'H' + f(x0) + 'Z');
					bands.set(part.style + '|' + part.y + '|' + part.height, -1);
					continue;
				}
				if (part.kind === 'rect' && bands.get(part.style + '|' + part.y + '|' + part.height) === -1) continue;
				const reachX = part.kind === 'rect' ? part.width : part.r;
				const reachY = part.kind === 'rect' ? part.height : part.r;
				const px = part.kind === 'rect' ? part.x : part.cx, py = part.kind === 'rect' ? part.y : part.cy;
				for (let i = Math.floor((x0 - px - reachX) / w); i <= Math.ceil((x1 - px + reachX) / w); i++)
					for (let j = Math.floor((y0 - py - reachY) / h); j <= Math.ceil((y1 - py + reachY) / h); j++) {
						const x = px + i * w, y = py + j * h;
						add(part.style, part.kind === 'rect'
							? 'M' + f(x) + ' ' + f(y) + 'h' + f(part.width) + 'v' + f(part.height) + 'h' + f(-part.width) + 'Z'
							: 'M' + f(x - part.r) + ' ' + f(y) + 'a' + part.r + ' ' + part.r + ' 0 1 0 ' + f(2 * part.r) + ' 0a' + part.r + ' ' + part.r + ' 0 1 0 ' + f(-2 * part.r) + ' 0Z');
					}
			}
			const clip = document.createElementNS(NS, 'clipPath');
			clip.id = 'print-pattern-clip-' + clips++;
			const outline = shape.cloneNode(false);
			outline.removeAttribute('fill');
			outline.removeAttribute('class');
			clip.appendChild(outline);
			const group = document.createElementNS(NS, 'g');
			group.setAttribute('clip-path', 'url(#' + clip.id + ')');
			if (shape.getAttribute('transform')) group.setAttribute('transform', shape.getAttribute('transform'));
			outline.removeAttribute('transform');
			const tiles = document.createElementNS(NS, 'g');
			tiles.setAttribute('transform', matrix.toString());
			for (const [style, d] of paths) {
				const [fill, opacity] = style.split('|');
				const path = document.createElementNS(NS, 'path');
				path.setAttribute('d', d);
				path.setAttribute('fill', fill);
				if (opacity !== '1') path.setAttribute('fill-opacity', opacity);
				tiles.appendChild(path);
			}
			group.appendChild(tiles);
			svg.appendChild(clip);
			shape.replaceWith(group);
			replaced++;
		}
	}
	return replaced;
})()`;

/**
 * Writes each table-of-contents entry's page number after its link (called with the numbers, in order; null
 * leaves an entry without one). Returns whether anything changed, so the caller knows to print again.
 */
export const numberContentsScript = `(pages) => {
	let changed = false;
	document.querySelectorAll('.report-contents li').forEach((item, index) => {
		const page = pages[index];
		let number = item.querySelector('.report-contents-page');
		if (page === null || page === undefined) return;
		if (!number) {
			number = document.createElement('span');
			number.className = 'report-contents-page';
			item.appendChild(number);
		}
		if (number.textContent !== String(page)) {
			number.textContent = String(page);
			changed = true;
		}
	});
	return changed;
}`;
