// Configuration of `custom-elements-manifest analyze` (picked up automatically).
// `npm run manifest` writes custom-elements.json, which Storybook's autodocs and
// editors read. The plugin keeps the public API only: Lit's internal reactive
// state (`_status`, declared in `static properties` with `state: true`) and
// private or protected members are not attributes or properties of the element.
const LANG = "Language of the widget (`vi` or `en`); when absent, the nearest ancestor's `lang`, else the data's `locale`, else `vi`.";

function publicApiOnly() {
  return {
    name: 'citystat-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Deterministic order (the glob's order depends on the file system).
      customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set(
            (decl.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('_') || m.name.startsWith('#'))
              .map((m) => m.name),
          );
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
          // A default that is a constant's name (`DEFAULT_TIMEOUT`) tells a reader nothing: the description gives the value.
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])])
            if (
              typeof item.default === 'string' &&
              /^[A-Za-z_$][\w$]*$/.test(item.default) &&
              !/^(true|false|null|undefined)$/.test(item.default)
            )
              delete item.default;
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_') && !hidden.has(a.fieldName));
            for (const a of decl.attributes)
              if (a.name === 'lang') {
                a.description ??= LANG;
                a.type ??= { text: "'vi' | 'en'" };
              }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
