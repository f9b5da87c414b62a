#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace WalletDesk {

// Which audit entries a supervisor looks for: by agent, account (its id or
// its number), action
// (exactly, or a prefix before a dot: "complaint" finds "complaint.resolve")
// and China-time days.
struct AuditFilter
{
    std::optional<qint64> agentId;
    std::optional<qint64> accountId;
    // An account number as a supervisor types it: full, or masked as the
    // log shows it ("8800…0001"); the server finds the accounts it fits.
    QString accountNumber;
    QString action;
    std::optional<QDate> from;
    std::optional<QDate> to;

    QString toQuery() const;
};

} // namespace WalletDesk
