#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with lupdate, then fills the
# Chinese file from scripts/zh_CN.tsv (source text <TAB> translation) and
# fails if any Chinese entry is left unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dirs=(app models console)
[ -d ui ] && dirs+=(ui)
for lang in zh_CN en; do
    /usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none "${dirs[@]}" -ts "translations/walletdesk_$lang.ts"
done
python3 - "$root" <<'PY'
import sys, re, html
root = sys.argv[1]
table = {}
for line in open(f"{root}/scripts/zh_CN.tsv", encoding="utf-8"):
    line = line.rstrip("\n")
    if line and "\t" in line:
        src, dst = line.split("\t", 1)
        # Texts with line breaks or tabs are written with \n and \t.
        unescape = lambda t: t.replace("\\n", "\n").replace("\\t", "\t")
        table[unescape(src)] = unescape(dst)
def fill(path, translate):
    text = open(path, encoding="utf-8").read()
    missing = []
    def repl(m):
        src, body = m.group(1), m.group(2)
        dst = translate(src)
        if dst is None:
            missing.append(html.unescape(src))
            return m.group(0)
        forms = body.count("<numerusform>")
        inner = "".join(f"<numerusform>{dst}</numerusform>" for _ in range(forms)) if forms else dst
        return f"<source>{src}</source>\n        <translation>{inner}</translation>"
    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">((?:\s*<numerusform>[^<]*</numerusform>)*\s*|[^<]*)</translation>',
                  repl, text)
    open(path, "w", encoding="utf-8").write(text)
    return missing
missing = fill(f"{root}/translations/walletdesk_zh_CN.ts", lambda s: table.get(s))
# English is the source language: each text is its own translation.
fill(f"{root}/translations/walletdesk_en.ts", lambda s: s)
if missing:
    print("update-translations: no Chinese for:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
echo "update-translations: translations/ current, Chinese complete"
