import { HostError } from '../../src/hosts/errors';
import { createFakeExcel } from '../fakes/excel';
import { hostOn } from './support';

function book() {
  return createFakeExcel({
    sheets: [
      { name: '表一', cells: [[1, 2], [3, 4]] },
      { name: '表二 支出', cells: [['a']] },
      { name: '隐藏', visibility: 'hidden' },
    ],
  });
}

describe('OfficeHost.select', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const fake = book();
    await hostOn(fake).select('表二 支出', 'C7');
    expect(fake.activeSheetName()).toBe('表二 支出');
    expect(fake.selection()).toEqual({ sheet: '表二 支出', address: 'C7' });
    expect(fake.syncs).toBe(1);
  });

  it('says which sheet is missing, in both languages', async () => {
    const fake = book();
    await expect(hostOn(fake).select('不存在', 'A1')).rejects.toThrow('找不到工作表“不存在” / Worksheet "不存在" not found');
    expect(fake.activeSheetName()).toBe('表一');
  });

  it('a missing sheet is a HostError with a code and the text in each language', async () => {
    const e = await hostOn(book()).select('不存在', 'A1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe('sheet-not-found');
    expect((e as HostError).text).toEqual({ 'zh-CN': '找不到工作表“不存在”', en: 'Worksheet "不存在" not found' });
    expect((e as HostError).messageIn('en')).toBe('Worksheet "不存在" not found');
  });
});

describe('OfficeHost settings', () => {
  it('stores values in the document: another host instance and a reopened file read them', async () => {
    const fake = book();
    const host = hostOn(fake);
    expect(await host.getSetting('profile')).toBeUndefined();
    await host.setSetting('profile', 'henan-2024-unit');
    await host.setSetting('options', { lang: 'zh-CN', tolerance: 0.01, rules: ['row-sum'] });
    expect(fake.setting('profile')).toBe('henan-2024-unit');
    const other = hostOn(fake.reopen());
    expect(await other.getSetting<string>('profile')).toBe('henan-2024-unit');
    expect(await other.getSetting('options')).toEqual({ lang: 'zh-CN', tolerance: 0.01, rules: ['row-sum'] });
  });

  it('removes a setting when set to undefined, and does nothing when it was not there', async () => {
    const fake = book();
    const host = hostOn(fake);
    await host.setSetting('k', 1);
    await host.setSetting('k', undefined);
    expect(fake.settingKeys()).not.toContain('k');
    expect(await host.getSetting('k')).toBeUndefined();
    await host.setSetting('never-set', undefined);
    expect(fake.settingKeys()).toEqual([]);
  });

  it('reads and writes a setting in one sync', async () => {
    const fake = book();
    const host = hostOn(fake);
    await host.setSetting('a', true);
    expect(fake.syncs).toBe(1);
    await host.getSetting('a');
    expect(fake.syncs).toBe(2);
  });
});
