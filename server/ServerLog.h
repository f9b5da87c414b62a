#pragma once

#include <QLoggingCategory>

namespace WalletDesk::Server {

// The server's events: start, stop, certificate reloads.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

// The server logs to stderr, for journald (systemd's unit connects stderr to
// the journal), one line per event. Every message passes a safety net on
// its way out: a line break becomes a space, long digit runs (phone, account,
// card and ID numbers) and token-like strings are replaced, and a
// PostgreSQL error's DETAIL (it quotes the row's values) is dropped. Nothing
// should reach it in the first place; the net is for what a library says.
namespace ServerLog {

// Installs the message handler. When stderr is the journal (JOURNAL_STREAM
// names it), each line starts with its syslog priority (<3>, <4>, <6>, <7>).
void install();

// What the handler writes for a message, without the priority prefix.
QString scrub(const QString &message);

} // namespace ServerLog

} // namespace WalletDesk::Server
