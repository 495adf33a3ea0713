// URL globs in adapters: `*` matches any run of characters, everything else literally. Kept tiny
// because it runs in every HIS frame.
export function urlGlobToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function findAdapterForUrl<T extends { urlPatterns: readonly string[] }>(adapters: readonly T[], url: string): T | undefined {
  return adapters.find((adapter) => adapter.urlPatterns.some((pattern) => urlGlobToRegExp(pattern).test(url)));
}
