// Every message reaching the background passes here: the sender is checked (only this extension's
// own content scripts and pages), the payload is zod-parsed, and only then handled.
import { contentMessageSchema, extensionPageMessageSchema, type ContentMessage, type ExtensionPageMessage } from '../messaging/protocol.ts';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type RoutedMessage =
  | { from: 'content'; message: ContentMessage; tabId: number; frameId: number }
  | { from: 'extension-page'; message: ExtensionPageMessage }
  | { from: 'rejected'; reason: string };

export function routeMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): RoutedMessage {
  if (sender.id !== extensionId) return { from: 'rejected', reason: 'sender is not this extension' };
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (fromExtensionPage) {
    const parsed = extensionPageMessageSchema.safeParse(raw);
    if (parsed.success) return { from: 'extension-page', message: parsed.data };
    return { from: 'rejected', reason: `invalid extension-page message: ${parsed.error.issues[0]?.message ?? ''}` };
  }
  if (sender.tab?.id === undefined) return { from: 'rejected', reason: 'content message without a tab' };
  const parsed = contentMessageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { from: 'rejected', reason: `invalid content message at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` };
  }
  return { from: 'content', message: parsed.data, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}
