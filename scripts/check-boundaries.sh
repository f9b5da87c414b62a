#!/usr/bin/env bash
# The folders' rules, checked (ctest runs this as the test "boundaries"):
#  - ui/ talks to app/'s services only: no store or outbox headers, no SQL,
#    HTTP or JSON;
#  - app/ has no widgets (it does not link Qt Widgets; this says so plainly);
#  - console/main.cpp is the one file that includes both.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
report() { echo "boundaries: $1"; echo "$2" | sed 's/^/  /'; status=1; }

store_headers='LocalStore|StoreFile|Outbox|OutboxEntry|RecordCache|DraftStore'
if hits=$(git grep -nE "#include [\"<](${store_headers})\.h[\">]" -- ui); then
    report "ui/ includes the console's store (use a service of app/)" "$hits"
fi
if hits=$(git grep -nE '\b(QJson[A-Za-z]*|QSql[A-Za-z]*|QNetwork[A-Za-z]*|QHttp[A-Za-z]*)\b' -- ui); then
    report "ui/ touches JSON, SQL or HTTP (belongs in app/)" "$hits"
fi
if hits=$(git grep -nE '"/api/' -- ui); then
    report "ui/ names API paths (belongs in app/)" "$hits"
fi
if hits=$(git grep -nE '#include <Q(Widget|Application|Dialog|MessageBox|MainWindow|Label|PushButton|Abstract[A-Za-z]*View|TableView|Painter|StyledItemDelegate|Palette|Icon)\b' -- app); then
    report "app/ includes widgets or painting (belongs in ui/)" "$hits"
fi
exit $status
