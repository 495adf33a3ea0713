// URL globs in adapters: `*` matches a run of characters within one path segment (no `/`), `**`
// matches anything, everything else literally. Kept tiny because it runs in every HIS frame.
export function urlGlobToRegExp(glob: string): RegExp {
  const pattern = glob
    .split('**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern}$`);
}

export function findAdapterForUrl<T extends { urlPatterns: readonly string[] }>(adapters: readonly T[], url: string): T | undefined {
  return adapters.find((adapter) => adapter.urlPatterns.some((pattern) => urlGlobToRegExp(pattern).test(url)));
}
