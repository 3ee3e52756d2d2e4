/**
 * What a person types before the page's JavaScript has taken over is theirs: hydration sets every field the
 * page renders with a value back to that value (Svelte writes `value`, `checked` and `selected` while it
 * hydrates), which erased typing and then submitted the form empty. So the fields a person changed before
 * hydration are noted (`watchTyping`, from the client hooks' `init`, which runs before hydration), and put
 * back just after it (`restoreTyping`, from the root layout once mounted), with an `input` event so the
 * page's own state and autosave take them in as typing.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Typed = { value: string; checked: boolean; selected: string[] };

const typed = new Map<Field, Typed>();
let watching = false;

function isField(target: EventTarget | null): target is Field {
	return (
		(target instanceof HTMLInputElement &&
			!['hidden', 'file', 'submit', 'button', 'reset', 'image'].includes(target.type)) ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	);
}

function snapshot(field: Field): Typed {
	return {
		value: field.value,
		checked: field instanceof HTMLInputElement ? field.checked : false,
		selected:
			field instanceof HTMLSelectElement ? Array.from(field.selectedOptions, (option) => option.value) : []
	};
}

/** Changed from what the HTML says, before any script could have changed it: typed (or filled by the browser). */
function changedFromMarkup(field: Field): boolean {
	if (field instanceof HTMLSelectElement)
		return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
	if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
		return field.checked !== field.defaultChecked;
	return field.value !== field.defaultValue;
}

function note(event: Event) {
	const target = event.target;
	if (!isField(target)) return;
	typed.set(target, snapshot(target));
	// A radio ticked unticks the others of its group: they are noted too, as they now are.
	if (target instanceof HTMLInputElement && target.type === 'radio' && target.form && target.name) {
		const group = target.form.elements.namedItem(target.name);
		if (group instanceof RadioNodeList)
			for (const other of Array.from(group)) if (isField(other)) typed.set(other, snapshot(other));
	}
}

export function watchTyping() {
	if (watching || typeof document === 'undefined') return;
	watching = true;
	for (const field of Array.from(document.querySelectorAll('input, textarea, select')))
		if (isField(field) && changedFromMarkup(field)) typed.set(field, snapshot(field));
	document.addEventListener('input', note, true);
	document.addEventListener('change', note, true);
}

export function restoreTyping() {
	if (!watching) return;
	document.removeEventListener('input', note, true);
	document.removeEventListener('change', note, true);
	for (const [field, was] of typed) {
		if (!field.isConnected) continue;
		const now = snapshot(field);
		let changed = false;
		if (field instanceof HTMLSelectElement) {
			if (now.selected.join('\n') !== was.selected.join('\n')) {
				for (const option of Array.from(field.options)) option.selected = was.selected.includes(option.value);
				changed = true;
			}
		} else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
			if (now.checked !== was.checked) {
				field.checked = was.checked;
				changed = true;
			}
		} else if (now.value !== was.value) {
			field.value = was.value;
			changed = true;
		}
		if (changed) {
			field.dispatchEvent(new Event('input', { bubbles: true }));
			field.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}
	typed.clear();
}
