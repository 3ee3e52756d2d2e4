import ConflictPanels from './ConflictPanels.svelte';

/**
 * The conflicts' panels for the server's rendering of the answer page, which a plain Save that found conflicts
 * shows, with or without JavaScript. In the browser's bundle this module is `null` (scripts/build/
 * server-render-modules.js): the page loads the panels once there is a conflict.
 */
const conflictPanels: typeof ConflictPanels | null = ConflictPanels;
export default conflictPanels;
