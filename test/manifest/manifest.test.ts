/**
 * manifest.xml checked offline (office-addin-manifest validate needs the Internet: `npm run validate`).
 */
import { XMLParser } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../../scripts/manifest-url.js') as { rewriteManifest: (xml: string, url: string) => string };

const ROOT = path.resolve(__dirname, '../..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
const m = parse(XML).OfficeApp;

function all<T = Record<string, unknown>>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

describe('manifest.xml', () => {
  test('task pane add-in for Excel workbooks, zh-CN default, ReadWriteDocument, ExcelApi 1.7', () => {
    expect(m['@xsi:type']).toBe('TaskPaneApp');
    expect(m.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(m.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(m.DefaultLocale).toBe('zh-CN');
    expect(m.Hosts.Host['@Name']).toBe('Workbook');
    expect(m.Permissions).toBe('ReadWriteDocument');
    expect(m.Requirements.Sets.Set).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': '1.7' });
    expect(m.DisplayName.Override).toMatchObject({ '@Locale': 'en-US' });
    expect(m.Description.Override).toMatchObject({ '@Locale': 'en-US' });
  });

  test('a 预算校验 button on the Home tab shows the task pane', () => {
    const host = m.VersionOverrides.Hosts.Host;
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const control = tab.Group.Control;
    expect(control.Action['@xsi:type']).toBe('ShowTaskpane');
    const strings = all(m.VersionOverrides.Resources['bt:ShortStrings']['bt:String']) as Record<string, string>[];
    expect(strings.find((s) => s['@id'] === control.Label['@resid'])?.['@DefaultValue']).toBe('预算校验');
  });

  test('every resid points to a resource, every string has an en-US override', () => {
    const res = m.VersionOverrides.Resources;
    const ids = new Set<string>();
    for (const group of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
      const key = group === 'bt:Images' ? 'bt:Image' : group === 'bt:Urls' ? 'bt:Url' : 'bt:String';
      for (const r of all(res[group][key]) as Record<string, unknown>[]) {
        ids.add(String(r['@id']));
        if (key === 'bt:String') expect((r['bt:Override'] as Record<string, string>)['@Locale']).toBe('en-US');
      }
    }
    const used = [...XML.matchAll(/resid="([^"]+)"/g)].map((x) => x[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const u of used) expect(ids.has(u)).toBe(true);
  });

  test('every URL is https; every icon exists in assets/ with its pixel size', () => {
    const urls = [...XML.matchAll(/(DefaultValue|Value)="(https?:[^"]+)"/g)].map((x) => x[2]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);
    const icons = [...XML.matchAll(/\/assets\/(icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((i) => i[2]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('the production build rewrites every localhost URL to the hosting URL', () => {
    const out = rewriteManifest(XML, 'https://intranet.example.gov.cn/budget/');
    expect(out).not.toContain('localhost');
    const p = parse(out).OfficeApp;
    expect(p.DefaultSettings.SourceLocation['@DefaultValue']).toBe('https://intranet.example.gov.cn/budget/taskpane.html');
    expect(p.AppDomains.AppDomain).toBe('https://intranet.example.gov.cn');
    expect(() => rewriteManifest(XML, 'http://insecure.example/')).toThrow(/https/);
  });
});
