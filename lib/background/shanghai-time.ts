// The engine reads instants with an offset; the workstation clock may be in any time zone, so the
// current time is always written as Asia/Shanghai (UTC+8 all year: China has had no DST since 1991).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function toShanghaiIso(date: Date): string {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}
