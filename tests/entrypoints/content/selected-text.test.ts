// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { hasSelectedText } from '../../../entrypoints/content/selected-text';

describe('hasSelectedText', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="words">Shares rose 2% on Monday.</p><p id="blank">   </p>';
    document.getSelection()!.removeAllRanges();
  });

  const select = (id: string) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id)!);
    document.getSelection()!.addRange(range);
  };

  it('is true for selected words, false for nothing, a caret or blank space', () => {
    expect(hasSelectedText()).toBe(false);
    select('blank');
    expect(hasSelectedText()).toBe(false);
    document.getSelection()!.removeAllRanges();
    select('words');
    expect(hasSelectedText()).toBe(true);
    document.getSelection()!.collapseToStart();
    expect(hasSelectedText()).toBe(false);
  });
});
