#pragma once

#include "DomainEnums.h"

#include <QString>

#include <optional>

namespace WalletDesk {

// What a supervisor narrows the complaint queue to. Saved filters are kept
// as their query string (no personal data in it: codes and ids only).
struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    QString category;
    QString channel;
    std::optional<qint64> assignee;
    bool overdueOnly = false;

    QString toQuery() const;
    // Unknown or malformed parts are dropped, never guessed.
    static ComplaintFilter fromQuery(const QString &query);
    bool operator==(const ComplaintFilter &) const = default;
};

} // namespace WalletDesk
