/**
 * Whether `doc` holds a non-empty text selection: what shows the clip toolbar, and what
 * wakes the rest of the content script on a page the loader settled.
 */
export function hasSelectedText(doc: Document = document): boolean {
  const selection = doc.getSelection();
  return (
    !!selection &&
    !selection.isCollapsed &&
    selection.rangeCount > 0 &&
    !!selection.toString().trim()
  );
}
