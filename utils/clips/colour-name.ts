import { t, type MessageKey } from '../i18n';
import type { ClipColour } from './clipping';

/** A clipping colour's name in the reader's language ("green", "绿色"). */
export function clipColourName(colour: ClipColour): string {
  return t(`colour${colour[0]!.toUpperCase()}${colour.slice(1)}` as MessageKey);
}
