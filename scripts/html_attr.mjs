// Reading one attribute of one HTML tag as Trunk writes them (quoted or not), for the build and
// benchmark scripts that look at dist/index.html without an HTML parser.

/** The value of attribute `name` in one tag, or null. */
export function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}
