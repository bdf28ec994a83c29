// Styles for leakmark's shadow roots: one constructed stylesheet per document and stylesheet text,
// adopted by every root (a toolbar per incident would otherwise parse the same CSS again each time);
// a <style> element where constructed stylesheets cannot be adopted.

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
  const Sheet = (doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null)?.CSSStyleSheet;
  if (!Sheet || typeof Sheet.prototype.replaceSync !== 'function') return null;
  let perDoc = sheets.get(doc);
  if (!perDoc) sheets.set(doc, (perDoc = new Map()));
  let sheet = perDoc.get(css);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(css);
    perDoc.set(css, sheet);
  }
  return sheet;
}

export function applyShadowStyles(root: ShadowRoot, doc: Document, css: string): void {
  try {
    const sheet = sheetFor(doc, css);
    if (sheet && Array.isArray(root.adoptedStyleSheets)) {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return;
    }
  } catch {
    // not adoptable here (another realm's sheet, an old engine): fall back to an element
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
