// Where the panel goes in the order frame: top-right by default, and never over the HIS's own
// submit control. If the submit control sits in the right-hand column, the panel first gets shorter
// so that it ends above it; if that leaves too little room, it moves to the left-hand side.
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelPlacement {
  side: 'right' | 'left';
  top: number;
  width: number;
  height: number;
}

export const PANEL_WIDTH = 400;
const MARGIN = 8;
const MAX_HEIGHT = 560;
const MIN_HEIGHT = 220;

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function placePanel(viewport: { width: number; height: number }, avoid: Box | undefined): PanelPlacement {
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const fullHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, viewport.height - 2 * MARGIN));
  const boxAt = (side: 'right' | 'left', height: number): Box => {
    const left = side === 'right' ? viewport.width - MARGIN - width : MARGIN;
    return { left, top: MARGIN, right: left + width, bottom: MARGIN + height };
  };
  if (!avoid || !intersects(boxAt('right', fullHeight), avoid)) return { side: 'right', top: MARGIN, width, height: fullHeight };
  const shorter = avoid.top - 2 * MARGIN;
  if (shorter >= MIN_HEIGHT) return { side: 'right', top: MARGIN, width, height: Math.min(fullHeight, shorter) };
  if (!intersects(boxAt('left', fullHeight), avoid)) return { side: 'left', top: MARGIN, width, height: fullHeight };
  // The control spans the frame's width: end above it on the right, however short that is.
  return { side: 'right', top: MARGIN, width, height: Math.max(120, shorter) };
}
