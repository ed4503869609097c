import type { Segmented } from '../model/types.ts';
import type { SpeakerBook } from './speaker-book.ts';

export function attributeEnglish(_doc: Segmented, _book: SpeakerBook): void {}
