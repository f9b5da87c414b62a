#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace WalletDesk {

// Which audit entries a supervisor looks for: by agent, account, action
// (exactly, or a prefix before a dot: "complaint" finds "complaint.resolve")
// and China-time days.
struct AuditFilter
{
    std::optional<qint64> agentId;
    std::optional<qint64> accountId;
    QString action;
    std::optional<QDate> from;
    std::optional<QDate> to;

    QString toQuery() const;
};

} // namespace WalletDesk
