import { t, type MessageKey } from '../i18n';
import type { Tint } from '../highlight/tints';
import type { ClipColour } from './clipping';

/** A clipping colour's or a highlight tint's name in the reader's language ("green", "绿色"). */
export function clipColourName(colour: ClipColour | Tint): string {
  return t(`colour${colour[0]!.toUpperCase()}${colour.slice(1)}` as MessageKey);
}
