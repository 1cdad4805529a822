/**
 * The one error class of the hosts (file, Office): what a host could not do, `code` for programs
 * and `text` (zh-CN and en) for people, picked in the user's language where it is shown.
 */
import type { Lang, LocalizedText } from '../engine/i18n/lang';

export class HostError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly text: LocalizedText,
    /** The Error message; the English text unless a host keeps another (the Office host: "中文 / English"). */
    message: string = text.en,
  ) {
    super(message);
    this.name = 'HostError';
  }

  /** The message in one language. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
