#pragma once

namespace WalletDesk::Server {

class Database;

// Masks card numbers in the free text the store already holds, with the
// same rule the request reader now applies to everything it accepts
// (Masking::redactCardNumbers): notes, reasons, descriptions, timeline
// details, call notes, audit entries and the answers kept for idempotent
// replays. Run once, by the migration that introduced the rule, inside
// its transaction. A complaint that changed gets a new version, and
// changed complaints, notes and action requests are announced on the
// changes feed, so consoles replace their cached copies.
void redactStoredFreeText(const Database &db);

} // namespace WalletDesk::Server
