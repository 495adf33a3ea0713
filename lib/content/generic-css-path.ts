// A CSS selector for an element found by the generic detector, for the adapter draft it proposes:
// anchored at the nearest stable id, otherwise a short chain of tags and stable classes. Ids and
// classes that grids generate per render or per state (Ext `ext-gen12`, EasyUI row ids, hover and
// selection classes) are left out, since they would not match the next time.
const UNSTABLE_ID = /^(ext-gen|ext-comp|_easyui|datagrid-row-r|jqg\d|layui-table-\d|\d)/;
const UNSTABLE_CLASS = /(hover|selected|active|over|focus|checked|highlight|layui-this|ui-state-|^x-grid3-row-(alt|first|last)$|^x-grid3-cell-(first|last)$|-\d+$)/;
const PLAIN = /^[A-Za-z_][\w-]*$/;

/** An id the page will give the same element next time (not generated per render). */
export function isStableId(id: string): boolean {
  return PLAIN.test(id) && !UNSTABLE_ID.test(id);
}

export function stableClasses(element: Element): string[] {
  return Array.from(element.classList).filter((name) => PLAIN.test(name) && !UNSTABLE_CLASS.test(name));
}

export function cssPath(element: Element, maxDepth = 5): string {
  const parts: string[] = [];
  for (let current: Element | null = element; current && current.localName !== 'html'; current = current.parentElement) {
    if (current.id && isStableId(current.id)) {
      parts.unshift(`#${current.id}`);
      break;
    }
    let step = current.localName + stableClasses(current).slice(0, 2).map((name) => `.${name}`).join('');
    const parent: Element | null = current.parentElement;
    if (parent) {
      const siblings = Array.from(parent.children);
      if (siblings.filter((sibling) => sibling.matches(step)).length > 1) step += `:nth-child(${siblings.indexOf(current) + 1})`;
    }
    parts.unshift(step);
    if (parts.length >= maxDepth) break;
  }
  return parts.join(' > ');
}
