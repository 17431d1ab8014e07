import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_OF_HANDOUT, leftOutCss } from '../advisors/handouts';
import { contentSecurityPolicy, inlineScriptHashes, inlineStyleHashes } from './csp';
import { cspHash } from './csp-hash';
import { brandCss, REDIRECT_SCRIPT, solidHydrationScript, THEME_BOOT_SCRIPT } from './inline-code';

describe('cspHash', () => {
  it('gives the base64 SHA-256 of the exact text, as browsers compute it', () => {
    // Known values: the SHA-256 of the empty string, and of "alert(1)".
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('hashes UTF-8 bytes and counts every space', () => {
    expect(cspHash('“é”')).toBe(`sha256-${createHash('sha256').update(Buffer.from('“é”', 'utf8')).digest('base64')}`);
    expect(cspHash('a ')).not.toBe(cspHash('a'));
  });
});

describe('solidHydrationScript', () => {
  it("is the code inside Solid's hydration <script> tag, without the tag", () => {
    const code = solidHydrationScript();
    expect(code).toMatch(/^window\._\$HY/);
    expect(code).not.toMatch(/<\/?script/);
  });
});

describe('brandCss', () => {
  it('writes both colours and the site address, without a final slash, as a CSS string', () => {
    expect(
      brandCss({ brandColor: '#0b5d3b', secondaryColor: '#7a1f5c', siteUrl: 'https://careers.example.edu/' }),
    ).toBe(':root{--brand:#0b5d3b;--brand-2:#7a1f5c;--site:"https://careers.example.edu"}');
  });
  it('escapes quotes, backslashes and markup characters in the address', () => {
    expect(brandCss({ brandColor: '#000', secondaryColor: '#000', siteUrl: 'https://a"b\\c</style>' })).toContain(
      '--site:"https://a\\22 b\\5c c\\3c /style\\3e "',
    );
  });
});

describe('contentSecurityPolicy', () => {
  const brand = { brandColor: '#0b5d3b', secondaryColor: '#7a1f5c', siteUrl: 'https://careers.example.edu' };
  const policy = contentSecurityPolicy(brand);

  it('allows the hash of each inline script the site writes, the redirect pages’ included', () => {
    expect(inlineScriptHashes()).toEqual([
      cspHash(THEME_BOOT_SCRIPT),
      cspHash(solidHydrationScript()),
      cspHash(REDIRECT_SCRIPT),
    ]);
    expect(policy.scriptDirective?.hashes).toEqual(inlineScriptHashes());
  });

  it('allows the brand settings of this build and the print rules of every handout', () => {
    const handouts = Object.values(LEFT_OUT_OF_HANDOUT).map((w) => cspHash(leftOutCss(w ?? [])));
    expect(handouts.length).toBeGreaterThan(0);
    expect(policy.styleDirective?.hashes).toEqual([cspHash(brandCss(brand)), ...handouts]);
    const other = { ...brand, brandColor: '#123456' };
    expect(inlineStyleHashes(other)).toContain(cspHash(brandCss(other)));
    expect(inlineStyleHashes(other)).not.toContain(cspHash(brandCss(brand)));
  });

  it('keeps scripts to the site and WebAssembly, with no inline code or eval allowed by keyword', () => {
    expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const everything = JSON.stringify(policy);
    expect(everything).not.toContain("'unsafe-inline'");
    expect(everything).not.toContain("'unsafe-eval'");
  });

  it('sets the directives the issue asks for', () => {
    expect(policy.directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ]),
    );
    // The manifest, images and fonts fall back to default-src 'self'.
    expect(policy.directives?.some((d) => /^(manifest|img|font)-src /.test(d))).toBe(false);
  });
});
